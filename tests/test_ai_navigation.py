"""AI navigation: paths around obstacles, none through walls, time-sliced planning for a crowd,
steering past each other."""

from __future__ import annotations

import math
from itertools import pairwise

from game.sim.ai.moves import go_to
from game.sim.ai.pathfind import plan_path
from game.sim.ai.resources import nav_grid
from game.sim.collision_map import CollisionMap
from game.sim.components import Navigator
from game.sim.navigation import clear_corridor
from game.sim.step import step
from game.sim.systems import plan_paths as planner
from tests.ai_worlds import TILE, at_tile, position, run_until
from tests.ai_worlds import walker as walker_at
from tests.worlds import world_from_rows

U_WALL = [
    "....................",
    "....................",
    "......#######.......",
    "............#.......",
    "............#.......",
    "............#.......",
    "......#######.......",
    "....................",
]
VAULT = [
    "..............",
    "....######....",
    "....#....#....",
    "....#....#....",
    "....######....",
    "..............",
]


def test_a_path_goes_around_obstacles_along_clear_corridors() -> None:
    world = world_from_rows(U_WALL)
    grid, cmap = nav_grid(world), world.resource(CollisionMap)
    start, goal = at_tile(9, 4), at_tile(16, 4)  # inside the U, to beyond its back wall
    path, spent = plan_path(grid, cmap, start, goal, 10.0, 10_000)
    assert path is not None and spent > 0
    assert path[-1] == goal
    assert len(path) <= 4  # pulled tight to its corners, not one point per tile
    for a, b in pairwise([start, *path]):
        assert clear_corridor(cmap, a, b, 10.0)


def test_no_path_exists_through_walls() -> None:
    world = world_from_rows(VAULT)
    grid, cmap = nav_grid(world), world.resource(CollisionMap)
    path, _ = plan_path(grid, cmap, at_tile(1, 1), at_tile(6, 2), 10.0, 10_000)
    assert path is None


def test_a_straight_clear_way_needs_no_search() -> None:
    world = world_from_rows(U_WALL)
    path, spent = plan_path(nav_grid(world), world.resource(CollisionMap), at_tile(1, 7),
                            at_tile(18, 7), 10.0, 10_000)
    assert path == [at_tile(18, 7)] and spent == 0


def test_an_agent_walks_around_the_wall_to_its_goal() -> None:
    world = world_from_rows(U_WALL)
    walker = walker_at(world, "lapd", (9, 4))
    go_to(world, walker, *at_tile(16, 4))
    goal = at_tile(16, 4)
    arrived, _ = run_until(world, lambda: math.dist(
        (position(world, walker).x, position(world, walker).y), goal) < 12.0, 10.0)
    assert arrived


def test_a_hundred_requests_are_spread_over_ticks() -> None:
    rows = ["." * 40 for _ in range(30)]
    for ty in range(5, 25, 4):
        rows[ty] = "." * 5 + "#" * 30 + "." * 5  # long walls: every path needs a search
    world = world_from_rows(rows)
    agents = [walker_at(world, "lapd", (1 + i % 3, 1 + (i // 3) % 28)) for i in range(100)]
    for eid in agents:
        go_to(world, eid, *at_tile(37, 28 - (eid % 20)))
    waiting = [sum(1 for e in agents if world.get(e, Navigator).wanted_tick >= 0)]
    while waiting[-1] and len(waiting) < 200:
        step(world)
        waiting.append(sum(1 for e in agents if world.get(e, Navigator).wanted_tick >= 0))
    served = [a - b for a, b in pairwise(waiting)]
    assert waiting[-1] == 0, "some requests were never served"
    assert max(served) <= planner.PATHS_PER_TICK
    assert len(served) >= 100 // planner.PATHS_PER_TICK


def test_two_agents_meeting_head_on_pass_each_other() -> None:
    rows = ["#" * 20, "." * 20, "." * 20, "." * 20, "#" * 20]
    world = world_from_rows(rows)
    east = walker_at(world, "lapd", (1, 2))
    west = walker_at(world, "lapd", (18, 2))
    go_to(world, east, *at_tile(18, 2))
    go_to(world, west, *at_tile(1, 2))

    def both_there() -> bool:
        return position(world, east).x > 17 * TILE and position(world, west).x < 3 * TILE

    passed, _ = run_until(world, both_there, 12.0)
    assert passed
