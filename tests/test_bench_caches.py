"""The speed-ups keep their answers: the incrementally filed body grid matches one filed from
scratch, remembered paths match fresh searches, and ``clear`` never contradicts ``near``."""

from __future__ import annotations

import random
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from game.bench.combat import combat_world
from game.sim.ai.pathfind import astar
from game.sim.body_grid import BodyGrid
from game.sim.collision_map import CollisionMap, Solid
from game.sim.navigation import NavGrid, find_path
from game.sim.step import System, step
from game.sim.systems.separate_bodies import separate_bodies
from game.sim.world import World


def _fresh(world: World) -> dict[tuple[int, int], list[int]]:
    grid = BodyGrid()
    grid.rebuild(world)
    return {key: sorted(ids) for key, ids in grid.buckets.items()}


@dataclass
class GridCheck:
    """A step timer that files the bodies afresh just before separation refiles its grid."""

    ticks_checked: int = 0

    def timed(self, system: System, world: World, dt: float) -> None:
        expected = _fresh(world) if system is separate_bodies else None
        system(world, dt)
        if expected is not None:
            grid = world.resource(BodyGrid)
            assert {k: sorted(v) for k, v in grid.buckets.items()} == expected
            self.ticks_checked += 1


def test_the_refiled_body_grid_matches_one_filed_from_scratch() -> None:
    world, check = combat_world(24, seed=5), GridCheck()
    for _ in range(240):
        step(world, timer=check)
        world.take_outbox()
    assert check.ticks_checked == 240


def _maze(seed: int) -> NavGrid:
    rng = random.Random(seed)
    rows = [[rng.random() > 0.28 for _ in range(24)] for _ in range(16)]
    return NavGrid.from_rows(rows, 32.0)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.integers(0, 23), st.integers(0, 15), st.integers(0, 23),
       st.integers(0, 15))
def test_a_remembered_path_is_the_path_a_fresh_grid_finds(seed: int, sx: int, sy: int,
                                                          gx: int, gy: int) -> None:
    used, fresh = _maze(seed), _maze(seed)
    start, goal = used.centre(sx, sy), used.centre(gx, gy)
    first = find_path(used, start, goal)
    assert find_path(used, start, goal) == first == find_path(fresh, start, goal)
    assert astar(used, (sx, sy), (gx, gy), 500) == astar(used, (sx, sy), (gx, gy), 500) \
        == astar(_maze(seed), (sx, sy), (gx, gy), 500)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10_000), st.floats(-80, 900), st.floats(-80, 700), st.floats(1, 150),
       st.floats(1, 150))
def test_clear_never_says_clear_where_near_finds_a_solid(seed: int, x: float, y: float,
                                                         w: float, h: float) -> None:
    rng = random.Random(seed)
    solids = [Solid(rng.uniform(0, 780), rng.uniform(0, 580), rng.uniform(8, 90),
                    rng.uniform(8, 90)) for _ in range(rng.randrange(0, 8))]
    cmap = CollisionMap.build(800.0, 600.0, 32.0, solids)
    if cmap.clear(x, y, x + w, y + h):  # it may say no where near finds nothing: never yes
        assert not cmap.near(x, y, x + w, y + h)  # where near finds something
