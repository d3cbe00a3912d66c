"""Tiled to AI: brains from Character properties, patrols along PatrolPath polylines, leaders,
cover points from Cover objects, and light from the map; determinism with brains at work."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

from game.level.build_world import build_world
from game.level.load_level import load_level
from game.sim.ai.lighting import LightField
from game.sim.ai.resources import cover_index
from game.sim.components import Brain, Downable, Name, Route, SquadOrder
from game.sim.state_hash import state_hash
from game.sim.step import step
from game.sim.units import metres
from game.sim.world import World
from tests.ai_worlds import position
from tests.worlds import run

FIXTURE = Path(__file__).parent / "fixtures" / "ai" / "patrol-and-follow.tmx"


def _world(seed: int = 0) -> World:
    return build_world(load_level(FIXTURE), "fixture", "crew", seed)


def _named(world: World, name: str) -> int:
    return next(eid for eid, n in world.query(Name) if n.name == name)


def test_characters_get_brains_from_their_tiled_properties() -> None:
    world = _world()
    guard, cheritto, trejo = (_named(world, n) for n in ("guard", "Cheritto", "Trejo"))
    player = next(eid for eid, _ in world.query(SquadOrder))
    behaviours = {eid: b.behaviour for eid, b in world.query(Brain)}
    assert behaviours[guard] == "patrol" and behaviours[_named(world, "walker")] == "wander"
    leaders = {eid: b.leader for eid, b in world.query(Brain)}
    assert leaders[trejo] == cheritto  # the leader property, resolved to an entity
    assert leaders[cheritto] == player  # a crew follower with no leader follows the player
    assert leaders[guard] == 0
    assert world.has(cheritto, Downable) and world.has(player, Downable)
    assert not world.has(guard, Downable)  # a guard is no named character


def test_a_guard_patrols_its_polyline_in_order() -> None:
    world = _world()
    guard = _named(world, "guard")
    route = world.get(guard, Route)
    assert route is not None
    assert route.points == ((400.0, 64.0), (560.0, 64.0), (560.0, 320.0), (400.0, 320.0))
    assert route.loop and route.pause_s == 0.5
    visited: list[int] = []
    for _ in range(40 * 60):
        step(world)
        pos = position(world, guard)
        for i, point in enumerate(route.points):
            if math.dist((pos.x, pos.y), point) < 14.0 and (not visited or visited[-1] != i):
                visited.append(i)
    assert visited[:6] == [0, 1, 2, 3, 0, 1]


def test_cover_objects_and_lights_reach_the_ai() -> None:
    world = _world()
    points = cover_index(world).points
    barrier = [p for p in points if 160.0 <= p.x <= 224.0 and p.y in (240.0, 288.0)]
    assert {p.dir_y for p in barrier} == {1.0, -1.0}  # both long faces, each facing it
    assert any(p.x == 272.0 and p.y == 304.0 and p.height == "high" for p in points)
    assert any(p.material == "concrete" and p.dir_x == -1.0 for p in points)  # beside walls
    light = world.resource(LightField)
    assert light.ambient == 0.25
    assert math.isclose(light.light_at(560.0, 320.0), 1.0)
    assert math.isclose(light.light_at(560.0 + metres(8), 320.0), 0.25)


def test_same_seed_same_hash_with_brains_at_work() -> None:
    hashes = []
    for _ in range(2):
        world = _world(seed=5)
        run(world, 900)
        hashes.append(state_hash(world))
    assert hashes[0] == hashes[1]


def test_two_processes_fighting_on_the_combat_range_print_the_same_hash() -> None:
    args = [sys.executable, "-m", "game", "run", "maps/combat-range.tmx", "--ticks", "900",
            "--seed", "2", "--bot"]
    root = Path(__file__).resolve().parents[1]
    reports = [subprocess.run(args, cwd=root, capture_output=True, text=True, timeout=120,
                              check=True).stdout for _ in range(2)]
    assert reports[0] == reports[1] and '"hash"' in reports[0]
