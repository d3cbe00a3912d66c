"""Perception: vision cones through the grid, light, hearing with reaction times, alertness."""

from __future__ import annotations

import math

from game.sim.ai.lighting import LightField, LightSource
from game.sim.collision_map import Solid
from game.sim.components import Mover
from game.sim.events import AlertnessChanged, Event
from game.sim.units import metres
from game.sim.world import World
from tests.ai_worlds import (
    TILE,
    ai_actor,
    at_tile,
    awareness,
    brain,
    intent_of,
    position,
    puppet,
    run_until,
)
from tests.worlds import open_world, run


def _guard_and_player(player_tile: tuple[float, float], solids: list[Solid] | None = None,
                      facing_deg: float = 0.0) -> tuple[World, int, int]:
    world = open_world(40 * TILE, 16 * TILE, solids or [])
    guard = ai_actor(world, "guard", (8, 8), facing_deg)
    player = puppet(world, "crew", player_tile)
    return world, guard, player


def test_a_guard_sees_the_player_in_its_cone() -> None:
    world, guard, player = _guard_and_player((20, 8))  # 12 m ahead
    run(world, 15)
    aware = awareness(world, guard)
    assert aware.seen and aware.target == player


def test_a_wall_hides_the_player_but_glass_does_not() -> None:
    wall = [Solid(14 * TILE, 4 * TILE, TILE, 8 * TILE, "brick")]
    world, guard, _ = _guard_and_player((20, 8), wall)
    run(world, 60)
    assert not awareness(world, guard).seen and awareness(world, guard).state == "unaware"
    glass = [Solid(14 * TILE, 4 * TILE, TILE, 8 * TILE, "glass", blocks_sight=False)]
    world, guard, player = _guard_and_player((20, 8), glass)
    run(world, 15)
    assert awareness(world, guard).seen and awareness(world, guard).target == player


def test_the_player_outside_the_cone_is_not_seen() -> None:
    world, guard, _ = _guard_and_player((3, 8))  # 5 m behind the guard
    run(world, 60)
    assert not awareness(world, guard).seen
    world, guard, _ = _guard_and_player((8, 15))  # 7 m to its side, 90 degrees off
    run(world, 60)
    assert not awareness(world, guard).seen


def test_darkness_shortens_sight_and_a_lamp_gives_it_back() -> None:
    world, guard, _ = _guard_and_player((22, 8))  # 14 m ahead
    world.set_resource(LightField(ambient=0.1))
    run(world, 60)
    assert not awareness(world, guard).seen
    world, guard, player = _guard_and_player((22, 8))
    world.set_resource(LightField(0.1, (LightSource(*at_tile(22, 8), metres(5), 1.0),)))
    run(world, 15)
    assert awareness(world, guard).seen and awareness(world, guard).target == player


def _state_changes(events: list[Event], eid: int) -> list[str]:
    return [e.state for e in events if isinstance(e, AlertnessChanged) and e.actor == eid]


def test_a_shot_is_heard_at_20_m_but_footsteps_are_not() -> None:
    # The guard faces west; the player stands 20 m east of it, behind its back.
    world, guard, player = _guard_and_player((28, 8), facing_deg=180.0)
    intent = intent_of(world, player)
    mover = world.get(player, Mover)
    assert mover is not None

    def run_back_and_forth() -> None:
        intent.move_y = 1.0 if (world.tick // 30) % 2 else -1.0  # running on the spot

    heard, events = run_until(world, lambda: awareness(world, guard).state != "unaware", 4.0,
                              run_back_and_forth)
    assert not heard, _state_changes(events, guard)
    intent.move_y = 0.0
    intent.aim_x, intent.aim_y = position(world, player).x, 0.0  # fire into the air, north
    intent.fire = True
    heard, _ = run_until(world, lambda: awareness(world, guard).state != "unaware", 3.0)
    aware = awareness(world, guard)
    assert heard and aware.state == "searching"
    assert abs(aware.last_x - position(world, player).x) < TILE  # it knows where to look


def test_footsteps_close_by_raise_suspicion() -> None:
    world, guard, player = _guard_and_player((5, 8), facing_deg=0.0)  # 3 m behind it
    intent = intent_of(world, player)
    intent.move_y = 1.0
    heard, _ = run_until(world, lambda: awareness(world, guard).state != "unaware", 3.0)
    assert heard and awareness(world, guard).state == "suspicious"


def _reaction_tick(weapon: str, distance_tiles: int) -> int:
    """Ticks from a shot until a guard with its back to the shooter reacts."""
    world = open_world(48 * TILE, 16 * TILE)
    guard = ai_actor(world, "guard", (4, 8), 180.0)
    shooter = puppet(world, "crew", (4 + distance_tiles, 8), weapon=weapon)
    intent = intent_of(world, shooter)
    intent.aim_x, intent.aim_y, intent.fire = position(world, shooter).x, 0.0, True
    reacted, _ = run_until(world, lambda: awareness(world, guard).state != "unaware", 4.0)
    assert reacted
    return world.tick


def test_reaction_time_grows_with_distance_and_falls_with_loudness() -> None:
    near, far = _reaction_tick("pistol", 6), _reaction_tick("pistol", 25)
    assert near < far
    quiet, loud = _reaction_tick("pistol", 25), _reaction_tick("rifle", 25)
    assert loud < quiet


def test_watching_fills_suspicion_to_combat_and_losing_sight_turns_it_to_a_search() -> None:
    vault = [Solid(32 * TILE, 0.0, TILE, 5 * TILE, "concrete"),
             Solid(32 * TILE, 5 * TILE, 8 * TILE, TILE, "concrete")]  # a closed corner room
    world, guard, player = _guard_and_player((22, 8), vault)
    fought, events = run_until(world, lambda: awareness(world, guard).state == "combat", 4.0)
    assert fought
    assert _state_changes(events, guard)[:2] == ["suspicious", "combat"]
    # The player slips into the closed room: out of sight, the guard keeps a last known
    # position, and after a while in vain the fight turns into a search.
    pos = position(world, player)
    pos.x, pos.y = at_tile(36, 2)
    run(world, 15)
    aware = awareness(world, guard)
    last_known = (aware.last_x, aware.last_y)
    searched, _ = run_until(world, lambda: aware.state == "searching", 9.0)
    assert searched and not aware.seen
    assert (aware.last_x, aware.last_y) == last_known


def test_a_guard_investigates_footsteps_it_cannot_see() -> None:
    wall = [Solid(10 * TILE, 4 * TILE, TILE, 8 * TILE, "brick")]
    world = open_world(40 * TILE, 16 * TILE, wall)
    # Facing west, the wall at its back; an idle guard may leave its spot (one holding a post
    # would only turn to look).
    guard = ai_actor(world, "guard", (8.6, 8), 180.0, behaviour="idle")
    sneak = puppet(world, "crew", (11, 8))  # 2.4 m away, behind the wall
    intent = intent_of(world, sneak)

    def shuffle() -> None:
        intent.move_y = 1.0 if (world.tick // 40) % 2 else -1.0  # running up and down

    start = (position(world, guard).x, position(world, guard).y)
    looking, _ = run_until(world, lambda: brain(world, guard).mode == "investigate", 6.0,
                           shuffle)
    assert looking
    run(world, 60)
    assert math.dist((position(world, guard).x, position(world, guard).y), start) > TILE


def test_a_search_goes_to_where_the_shot_was_heard() -> None:
    world = open_world(48 * TILE, 16 * TILE)
    guard = ai_actor(world, "guard", (4, 8), 180.0)  # back turned
    shooter = puppet(world, "crew", (22, 8), weapon="pistol")
    intent = intent_of(world, shooter)
    intent.aim_x, intent.aim_y, intent.fire = at_tile(22, 0)[0], 0.0, True
    run(world, 2)
    position(world, shooter).x, position(world, shooter).y = at_tile(46, 1)  # gone
    intent.fire = False
    shot_at = at_tile(22, 8)
    arrived, _ = run_until(world, lambda: math.dist(
        (position(world, guard).x, position(world, guard).y), shot_at) < 2 * TILE, 12.0)
    assert arrived and awareness(world, guard).state == "searching"
    assert brain(world, guard).mode == "search"
