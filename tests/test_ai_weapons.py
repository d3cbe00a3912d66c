"""Weapons as data: penetration by material, vests and armour piercing, recoil, impact events."""

from __future__ import annotations

import math

import pytest

from game.sim.collision_map import Solid
from game.sim.components import Health, Intent, Weapon
from game.sim.damage import deal_damage
from game.sim.events import ActorDamaged, Event, ProjectilePierced, ProjectileStopped, ShotFired
from game.sim.prefabs import spawn_actor
from game.sim.weapons import BULLET_KEEP, WEAPONS, damage_kept, weapon_spec
from game.sim.world import World
from tests.worlds import open_world, run

WALL_X = 300.0


def _range_with(material: str) -> World:
    """A shooter at x=100 facing east, one 32 px solid of ``material`` at x=300, a dummy
    behind it at x=420 (100 hp, no armour)."""
    return open_world(1000.0, 320.0, [Solid(WALL_X, 0.0, 32.0, 320.0, material,
                                            blocks_sight=material == "concrete")])


def _fire(world: World, weapon: str, shots: int) -> list[Event]:
    shooter = spawn_actor(world, "crew", 100.0, 160.0, weapon=weapon)
    intent = world.get(shooter, Intent)
    assert intent is not None
    intent.aim_x, intent.aim_y = 600.0, 160.0
    events: list[Event] = []
    for _ in range(shots):
        intent.fire = True
        events += run(world, 1)
        intent.fire = False
        events += run(world, 40)
    return events


def _hits(events: list[Event], victim: int) -> list[ActorDamaged]:
    return [e for e in events if isinstance(e, ActorDamaged) and e.victim == victim]


def test_every_weapon_has_its_numbers_in_the_table() -> None:
    assert {"pistol", "rifle", "carbine", "shotgun"} <= set(WEAPONS)
    for spec in WEAPONS.values():
        assert spec.damage > 0 and spec.fire_interval_s > 0 and spec.magazine > 0
        assert spec.reload_s > 0 and spec.spread_rad > 0 and spec.recoil_rad > 0
        assert spec.loudness_m > 0 and 0 < spec.penetration <= 1


@pytest.mark.parametrize("material", ["glass", "car_body", "wood"])
def test_rifle_rounds_go_through_light_materials_with_less_damage(material: str) -> None:
    world = _range_with(material)
    dummy = spawn_actor(world, "dummy", 420.0, 160.0)
    events = _fire(world, "rifle", 3)
    pierced = [e for e in events if isinstance(e, ProjectilePierced)]
    assert pierced and all(e.material == material for e in pierced)
    assert all(math.isclose(e.x, WALL_X) for e in pierced)  # the impact is on the near face
    hits = _hits(events, dummy)
    assert hits, "no round reached the dummy behind the " + material
    full = weapon_spec("rifle").damage
    assert all(math.isclose(h.amount, full * BULLET_KEEP[material]) for h in hits)


@pytest.mark.parametrize("material", ["concrete", "brick", "metal", "engine_block"])
def test_heavy_materials_stop_rounds(material: str) -> None:
    world = _range_with(material)
    dummy = spawn_actor(world, "dummy", 420.0, 160.0)
    events = _fire(world, "rifle", 3)
    assert not _hits(events, dummy)
    stops = [e for e in events if isinstance(e, ProjectileStopped)]
    assert len(stops) == 3 and all(e.material == material for e in stops)


def test_shotgun_pellets_are_spent_in_wood_that_a_rifle_round_passes() -> None:
    assert damage_kept("wood", weapon_spec("shotgun").penetration) == 0.0
    assert damage_kept("wood", weapon_spec("rifle").penetration) > 0.0
    world = _range_with("wood")
    dummy = spawn_actor(world, "dummy", 420.0, 160.0)
    assert not _hits(_fire(world, "shotgun", 2), dummy)


def test_a_vest_absorbs_part_of_a_round_and_rifles_defeat_part_of_the_vest() -> None:
    world = open_world(320.0, 320.0)
    cop = spawn_actor(world, "lapd", 100.0, 100.0)
    health = world.get(cop, Health)
    assert health is not None and health.armour > 0
    deal_damage(world, cop, 0, 30.0)
    pistol_like = health.max_hp - health.hp
    health.hp = health.max_hp
    deal_damage(world, cop, 0, 30.0, weapon_spec("rifle").armour_piercing)
    rifle_like = health.max_hp - health.hp
    assert math.isclose(pistol_like, 30.0 * (1 - health.armour))
    assert pistol_like < rifle_like < 30.0


def test_both_sides_are_equally_lethal() -> None:
    """A round does what the table says whoever fires it: crew and LAPD shooters alike."""
    taken = {}
    for side in ("crew", "lapd"):
        world = open_world(1000.0, 320.0)
        dummy = spawn_actor(world, "dummy", 300.0, 160.0)
        shooter = spawn_actor(world, side, 100.0, 160.0, weapon="pistol")
        intent = world.get(shooter, Intent)
        assert intent is not None
        intent.aim_x, intent.aim_y, intent.fire = 600.0, 160.0, True
        taken[side] = [h.amount for h in _hits(run(world, 20), dummy)]
    assert taken["crew"] == taken["lapd"] == [weapon_spec("pistol").damage]


def test_recoil_widens_the_spread_of_a_burst_and_settles_after() -> None:
    world = open_world(4000.0, 320.0)
    shooter = spawn_actor(world, "crew", 100.0, 160.0, weapon="rifle")
    intent, weapon = world.get(shooter, Intent), world.get(shooter, Weapon)
    assert intent is not None and weapon is not None
    intent.aim_x, intent.aim_y, intent.fire = 600.0, 160.0, True
    shots = [e for e in run(world, 30) if isinstance(e, ShotFired)]
    assert len(shots) >= 4 and weapon.bloom_rad > weapon_spec("rifle").recoil_rad
    intent.fire = False
    run(world, 120)
    assert weapon.bloom_rad == 0.0
