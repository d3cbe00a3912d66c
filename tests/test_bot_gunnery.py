"""The bot's gunnery and footwork rules on tiny worlds: it leads a moving target, paces its
shots at range, holds fire with a friend in the line, and finds a tile a wall hides."""

from __future__ import annotations

import pytest

from game.bots.marksman import lead_point, shoot_at
from game.bots.shelter import shelter, sheltered
from game.sim.collision_map import CollisionMap, Solid
from game.sim.components import Body, Faction, Intent, Position, Velocity, Weapon
from game.sim.navigation import NavGrid
from game.sim.units import metres
from game.sim.weapons import weapon_spec
from game.sim.world import World

TILE = 32.0


def _open_world(solids: list[Solid] | None = None) -> World:
    world = World(seed=1)
    world.set_resource(CollisionMap.build(40 * TILE, 40 * TILE, TILE, solids or []))
    rows = [[True] * 40 for _ in range(40)]
    for s in solids or []:
        for ty in range(int(s.y // TILE), int((s.y + s.h - 1) // TILE) + 1):
            for tx in range(int(s.x // TILE), int((s.x + s.w - 1) // TILE) + 1):
                rows[ty][tx] = False
    world.set_resource(NavGrid.from_rows(rows, TILE))
    return world


def _actor(world: World, side: str, x: float, y: float, weapon: str = "", vx: float = 0.0
           ) -> int:
    parts = [Position(x, y), Velocity(vx, 0.0), Body(10.0, 80.0), Faction(side), Intent()]
    if weapon:
        parts.append(Weapon(weapon, weapon_spec(weapon).magazine))
    return world.spawn(*parts)


def test_the_aim_leads_a_runner_by_the_rounds_flight_time() -> None:
    world = _open_world()
    runner = _actor(world, "lapd", 600.0, 100.0, vx=160.0)
    point = lead_point(world, runner, Position(100.0, 100.0), 1000.0)
    assert point == pytest.approx((600.0 + 160.0 * 0.5, 100.0))


def test_at_range_an_automatic_fires_bursts_and_a_pistol_one_round_a_pull() -> None:
    world = _open_world()
    me = _actor(world, "crew", 100.0, 100.0, "rifle")
    foe = _actor(world, "lapd", 100.0 + metres(20), 100.0, "pistol")
    intent, weapon = world.get(me, Intent), world.get(me, Weapon)
    shoot_at(world, me, intent, world.get(me, Position), foe)
    assert intent.fire
    weapon.trigger_held, weapon.bloom_rad = True, 3 * weapon_spec("rifle").recoil_rad
    shoot_at(world, me, intent, world.get(me, Position), foe)
    assert not intent.fire  # the burst is over until the recoil settles
    weapon.kind, weapon.bloom_rad = "pistol", 0.0
    shoot_at(world, me, intent, world.get(me, Position), foe)
    assert not intent.fire  # a semi-automatic needs the trigger let go first


def test_no_round_is_fired_with_a_friend_in_the_line() -> None:
    world = _open_world()
    me = _actor(world, "lapd", 100.0, 100.0, "rifle")
    foe = _actor(world, "crew", 100.0 + metres(15), 100.0, "rifle")
    intent = world.get(me, Intent)
    shoot_at(world, me, intent, world.get(me, Position), foe)
    assert intent.fire
    _actor(world, "lapd", 100.0 + metres(7), 104.0, "pistol")
    intent.fire = False
    shoot_at(world, me, intent, world.get(me, Position), foe)
    assert not intent.fire


def test_a_shelter_is_a_tile_the_wall_hides_and_never_one_nearer_the_threat() -> None:
    wall = Solid(10 * TILE, 10 * TILE, TILE, 8 * TILE, "brick")  # a north-south wall
    world = _open_world([wall])
    threat = [(4.5 * TILE, 14.5 * TILE)]  # west of the wall
    me = Position(9.5 * TILE, 19.5 * TILE)  # west too, just past its south end
    assert not sheltered(world, me, threat)
    spot = shelter(world, me, threat)
    assert spot is not None and spot[0] > 11 * TILE  # round the end, behind the wall
    assert sheltered(world, Position(*spot), threat)
