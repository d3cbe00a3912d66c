"""Weapons and damage: fire rate, magazines, reloads, triggers, walls, hits, kills, corpses."""

from __future__ import annotations

import math

import pytest

from game.sim.body_grid import BodyGrid
from game.sim.collision_map import Solid
from game.sim.components import Body, Dead, Intent, Weapon
from game.sim.damage import deal_damage
from game.sim.events import (
    ActorDamaged,
    ActorKilled,
    DryFired,
    Event,
    ProjectileStopped,
    ReloadStarted,
    ShotFired,
)
from game.sim.prefabs import spawn_actor
from game.sim.step import step
from game.sim.units import DT
from game.sim.weapons import WEAPONS, weapon_spec
from game.sim.world import World
from tests.worlds import open_world, run


def _shooter(world: World, weapon: str, x: float = 100.0, y: float = 160.0) -> tuple[int, Intent]:
    eid = spawn_actor(world, "crew", x, y, weapon=weapon)
    intent = world.get(eid, Intent)
    assert intent is not None
    intent.aim_x, intent.aim_y = x + 200.0, y  # face east
    return eid, intent


def _weapon(world: World, eid: int) -> Weapon:
    weapon = world.get(eid, Weapon)
    assert weapon is not None
    return weapon


def _shots(events: list[Event]) -> list[ShotFired]:
    return [e for e in events if isinstance(e, ShotFired)]


@pytest.mark.parametrize("kind", sorted(WEAPONS))
def test_held_trigger_fires_at_the_weapons_rate(kind: str) -> None:
    """Over 2 s with the trigger held (and ammo to spare), shots match fire_interval_s."""
    spec = weapon_spec(kind)
    world = open_world(4000.0, 320.0)
    eid, intent = _shooter(world, kind)
    _weapon(world, eid).ammo = 10_000  # the magazine is not what this test is about
    ticks = 120
    shots = 0
    for _ in range(ticks):
        # Semi-automatics need a fresh pull: release on alternate ticks, faster than any rate.
        intent.fire = spec.automatic or not intent.fire
        shots += len(_shots(run(world, 1)))
    # One shot at t=0, then one every fire_interval_s while t < 2 s.
    expected = math.ceil(ticks * DT / spec.fire_interval_s)
    assert abs(shots - expected) <= 1, f"{kind}: {shots} shots in 2 s, expected {expected}"


def test_semi_automatic_needs_the_trigger_released() -> None:
    world = open_world(4000.0, 320.0)
    eid, intent = _shooter(world, "pistol")
    intent.fire = True
    assert len(_shots(run(world, 120))) == 1  # held for 2 s: one round only
    intent.fire = False
    run(world, 1)
    intent.fire = True
    assert len(_shots(run(world, 120))) == 1  # a new pull, a new round
    assert _weapon(world, eid).ammo == weapon_spec("pistol").magazine - 2


def test_automatic_keeps_firing_while_held() -> None:
    world = open_world(4000.0, 320.0)
    eid, intent = _shooter(world, "rifle")
    intent.fire = True
    shots = len(_shots(run(world, 60)))
    assert shots > 1
    assert _weapon(world, eid).ammo == weapon_spec("rifle").magazine - shots


def test_magazine_empties_then_reload_refills_after_reload_s() -> None:
    spec = weapon_spec("pistol")
    world = open_world(4000.0, 320.0)
    eid, intent = _shooter(world, "pistol")
    weapon = _weapon(world, eid)
    shots = 0
    for _ in range(2000):
        intent.fire = not intent.fire
        shots += len(_shots(run(world, 1)))
        if weapon.ammo == 0:
            break
    assert shots == spec.magazine and weapon.ammo == 0
    intent.fire = False
    run(world, 30)  # let the cooldown lapse; an empty gun does not reload by itself
    assert weapon.ammo == 0
    intent.reload = True
    events = run(world, 1)
    intent.reload = False
    assert any(isinstance(e, ReloadStarted) and e.shooter == eid for e in events)
    early = round((spec.reload_s - 0.1) / DT)
    run(world, early)
    assert weapon.ammo == 0, "reloaded before reload_s had passed"
    run(world, round(0.2 / DT))
    assert weapon.ammo == spec.magazine


def test_pulling_an_empty_trigger_dry_fires_and_starts_a_reload() -> None:
    spec = weapon_spec("shotgun")
    world = open_world(4000.0, 320.0)
    eid, intent = _shooter(world, "shotgun")
    weapon = _weapon(world, eid)
    weapon.ammo = 0
    intent.fire = True
    events = run(world, 1)
    assert any(isinstance(e, DryFired) and e.shooter == eid for e in events)
    assert any(isinstance(e, ReloadStarted) for e in events)
    assert not _shots(events)
    intent.fire = False
    run(world, round((spec.reload_s + 0.1) / DT))
    assert weapon.ammo == spec.magazine


def test_shotgun_fires_its_pellets_per_shot() -> None:
    spec = weapon_spec("shotgun")
    world = open_world(4000.0, 320.0)
    eid, intent = _shooter(world, "shotgun")
    before = world.next_id
    intent.fire = True
    step(world)
    assert world.next_id - before == spec.pellets
    assert _weapon(world, eid).ammo == spec.magazine - 1


def test_a_wall_stops_projectiles_with_its_material() -> None:
    wall = Solid(300.0, 0.0, 32.0, 320.0, "brick")
    world = open_world(1000.0, 320.0, [wall])
    _, intent = _shooter(world, "pistol")
    intent.fire = True
    events = run(world, 30)
    stops = [e for e in events if isinstance(e, ProjectileStopped)]
    assert len(stops) == 1
    assert stops[0].material == "brick" and stops[0].victim == 0
    assert math.isclose(stops[0].x, wall.x, abs_tol=1e-6)
    assert not any(isinstance(e, ActorDamaged) for e in events)


def test_sight_only_cover_still_stops_bullets() -> None:
    # A steel fence: seen through, but it stops rounds (glass, which rounds pierce, is covered
    # in tests/test_ai_weapons.py).
    fence = Solid(300.0, 0.0, 32.0, 320.0, "metal", blocks_sight=False)
    world = open_world(1000.0, 320.0, [fence])
    _, intent = _shooter(world, "rifle")
    intent.fire = True
    stops = [e for e in run(world, 30) if isinstance(e, ProjectileStopped)]
    assert stops and all(e.material == "metal" for e in stops)


def test_dummy_dies_after_enough_hits_and_its_corpse_loses_its_body() -> None:
    world = open_world(1000.0, 320.0)
    shooter, intent = _shooter(world, "pistol")
    dummy = spawn_actor(world, "dummy", 250.0, 160.0)
    spec = weapon_spec("pistol")
    needed = math.ceil(100.0 / spec.damage)  # the dummy archetype has 100 hp, no armour
    events: list[Event] = []
    for _ in range(120):
        intent.fire = not intent.fire
        events += run(world, 1)
        if world.has(dummy, Dead):
            break
    hits = [e for e in events if isinstance(e, ActorDamaged) and e.victim == dummy]
    kills = [e for e in events if isinstance(e, ActorKilled)]
    assert len(hits) == needed
    assert all(e.attacker == shooter for e in hits)
    assert [(k.victim, k.killer, k.side) for k in kills] == [(dummy, shooter, "target")]
    assert world.get(dummy, Body) is None
    step(world)
    assert all(dummy not in bucket for bucket in world.resource(BodyGrid).buckets.values())
    # Rounds now fly over the corpse and on to the map's edge.
    events = []
    for _ in range(60):
        intent.fire = not intent.fire
        events += run(world, 1)
    assert not any(isinstance(e, ActorDamaged) for e in events)
    stops = [e for e in events if isinstance(e, ProjectileStopped)]
    assert stops and all(e.material == "boundary" for e in stops)


def test_a_dead_actor_cannot_fire() -> None:
    world = open_world(1000.0, 320.0)
    eid, intent = _shooter(world, "rifle")
    deal_damage(world, eid, 0, 1000.0)
    intent.fire = True
    assert not _shots(run(world, 30))
    assert world.has(eid, Dead)
