"""Movement's shortcuts keep their answers: ``near_box`` lists what ``near`` lists, a door
closing is seen by every cache, and both ways of finding the pairs to separate agree."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from game.bench.stress import stress_world
from game.sim.ballistics import share_through
from game.sim.body_grid import BodyGrid
from game.sim.collision_map import CollisionMap, Solid, raycast
from game.sim.mission.components import Door
from game.sim.mission.doors import move_door
from game.sim.navigation import kept_corridor
from game.sim.systems.move_bodies import move_bodies
from game.sim.systems.separate_bodies import _pairs_with_a_mover
from game.sim.units import DT
from game.sim.world import World


def _cmap(seed: int) -> CollisionMap:
    rng = random.Random(seed)
    solids = [Solid(rng.uniform(0, 900), rng.uniform(0, 600), rng.uniform(4, 120),
                    rng.uniform(4, 120)) for _ in range(25)]
    return CollisionMap.build(1024, 768, 32, solids)


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 1000), st.floats(-40, 1060), st.floats(-40, 800), st.floats(0, 90),
       st.floats(0, 90))
def test_near_box_lists_what_near_lists(seed: int, x: float, y: float, w: float,
                                        h: float) -> None:
    cmap = _cmap(seed)
    for _ in range(2):  # asked afresh, then from what it remembered
        assert cmap.near_box(x, y, x + w, y + h) == cmap.near(x, y, x + w, y + h)


def test_a_closing_door_is_seen_by_the_remembered_lists() -> None:
    cmap = CollisionMap.build(640, 480, 32, [])
    world = World.seeded(1)
    world.resources[CollisionMap] = cmap
    door = Door("front", 300.0, 200.0, 8.0, 40.0, open=True)
    world.spawn(door)
    box = (290.0, 190.0, 320.0, 250.0)
    assert cmap.near_box(*box) == [] and cmap.clear(*box)
    move_door(world, door, opened=False, announce=False)
    assert cmap.near_box(*box) == cmap.near(*box) != []
    assert not cmap.clear(*box)


def test_a_closing_door_is_seen_by_rays_corridors_and_lines_of_fire() -> None:
    """Rays test each cell's kept boxes, planners keep corridors between waypoints and lines
    of fire are remembered by their ends: a door closing across the way must end all three."""
    pebble = Solid(290.0, 226.0, 2.0, 2.0)  # shares the door's cell, off the rays' way
    cmap = CollisionMap.build(640, 480, 32, [pebble])
    world = World.seeded(1)
    world.resources[CollisionMap] = cmap
    door = Door("front", 300.0, 200.0, 8.0, 80.0, open=True)
    world.spawn(door)
    west, east = (200.0, 240.0), (400.0, 240.0)
    assert raycast(cmap, *west, *east) is None and kept_corridor(cmap, west, east, 10.0)
    assert share_through(cmap, *west, *east) == 1.0
    move_door(world, door, opened=False, announce=False)
    hit = raycast(cmap, *west, *east)
    assert hit is not None and hit.x == 300.0
    assert not kept_corridor(cmap, west, east, 10.0)
    assert share_through(cmap, *west, *east) < 1.0
    move_door(world, door, opened=True, announce=False)
    assert raycast(cmap, *west, *east) is None and kept_corridor(cmap, west, east, 10.0)
    assert share_through(cmap, *west, *east) == 1.0


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 10_000), st.floats(0.05, 1.0))
def test_both_ways_of_finding_pairs_agree(seed: int, share: float) -> None:
    world = stress_world(120, 0)
    for _ in range(20):
        move_bodies(world, DT)
    grid = world.resource(BodyGrid)
    grid.rebuild(world)
    rng = random.Random(seed)
    moved = sorted(e for e in grid.filed if rng.random() < share)
    assert _pairs_with_a_mover(grid, moved, by_buckets=True) == \
        _pairs_with_a_mover(grid, moved, by_buckets=False)
