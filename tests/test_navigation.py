"""Navigation: A* over the walkable tile grid and path smoothing by clear corridors."""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from game.sim.navigation import NavGrid, clear_corridor, find_path, smooth_path
from tests.worlds import TILE, collision_map

Tile = tuple[int, int]

WALL_WITH_GAP = [
    "..........",
    "..........",
    "....#.....",
    "....#.....",
    "....#.....",
    "....#.....",
    "..........",
]
WALLED_OFF = [
    "..........",
    "......###.",
    "......#.#.",
    "......###.",
    "..........",
]


def _grid(rows: Sequence[str]) -> NavGrid:
    return NavGrid.from_rows([[c == "." for c in row] for row in rows], TILE)


def _centre(tx: int, ty: int) -> tuple[float, float]:
    return (tx + 0.5) * TILE, (ty + 0.5) * TILE


def _tiles(grid: NavGrid, start: tuple[float, float], path: list[tuple[float, float]]
           ) -> list[Tile]:
    """The tiles walked through, start first (the goal point may share the last tile)."""
    tiles = [grid.tile_of(*start)]
    for point in path:
        tile = grid.tile_of(*point)
        if tile != tiles[-1]:
            tiles.append(tile)
    return tiles


def _step_ok(grid: NavGrid, a: Tile, b: Tile) -> bool:
    """One king's move onto open ground, never squeezing diagonally past a blocked corner."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    if max(abs(dx), abs(dy)) != 1 or not grid.open(*b):
        return False
    return not (dx and dy) or (grid.open(a[0] + dx, a[1]) and grid.open(a[0], a[1] + dy))


def _cost(tiles: list[Tile]) -> float:
    return sum(math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in pairwise(tiles))


def _cheapest(grid: NavGrid, start: Tile, goal: Tile) -> float | None:
    """Plain Dijkstra with the same moves, as the reference."""
    best = {start: 0.0}
    queue = [(0.0, start)]
    while queue:
        cost, here = heapq.heappop(queue)
        if here == goal:
            return cost
        if cost > best[here]:
            continue
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                nxt = (here[0] + dx, here[1] + dy)
                if (dx or dy) and _step_ok(grid, here, nxt):
                    new = cost + math.hypot(dx, dy)
                    if new < best.get(nxt, math.inf):
                        best[nxt] = new
                        heapq.heappush(queue, (new, nxt))
    return None


def test_find_path_goes_around_an_obstacle() -> None:
    grid = _grid(WALL_WITH_GAP)
    start, goal = _centre(1, 4), (8.5 * TILE + 3.0, 4.5 * TILE - 2.0)
    path = find_path(grid, start, goal)
    assert path is not None
    assert path[-1] == goal  # ends at the exact goal point, not the tile centre
    tiles = _tiles(grid, start, path)
    assert all(_step_ok(grid, a, b) for a, b in pairwise(tiles))
    assert any(ty <= 1 or ty >= 6 for tx, ty in tiles if tx == 4)  # round an end of the wall
    assert math.isclose(_cost(tiles), _cheapest(grid, tiles[0], tiles[-1]) or -1.0)


def test_find_path_returns_none_when_the_goal_is_walled_off() -> None:
    grid = _grid(WALLED_OFF)
    assert find_path(grid, _centre(0, 0), _centre(7, 2)) is None


def test_find_path_returns_none_for_a_goal_inside_a_wall() -> None:
    grid = _grid(WALL_WITH_GAP)
    assert find_path(grid, _centre(0, 0), _centre(4, 3)) is None


def test_find_path_does_not_cut_corners() -> None:
    grid = _grid(["..#", "#..", "..."])
    path = find_path(grid, _centre(0, 0), _centre(2, 2))
    assert path is not None
    tiles = _tiles(grid, _centre(0, 0), path)
    assert all(_step_ok(grid, a, b) for a, b in pairwise(tiles))


def test_path_within_one_tile_is_just_the_goal() -> None:
    grid = _grid(WALL_WITH_GAP)
    goal = (40.0, 50.0)
    assert find_path(grid, (35.0, 40.0), goal) == [goal]


def test_smooth_path_in_open_space_goes_straight_to_the_goal() -> None:
    rows = ["." * 10] * 6
    grid, cmap = _grid(rows), collision_map(rows)
    start, goal = _centre(0, 0), _centre(9, 5)
    path = find_path(grid, start, goal)
    assert path is not None and len(path) > 2
    assert smooth_path(cmap, start, path, 10.0) == [goal]


def test_smooth_path_keeps_the_corners_it_needs() -> None:
    grid, cmap = _grid(WALL_WITH_GAP), collision_map(WALL_WITH_GAP)
    start, goal = _centre(1, 4), _centre(8, 4)
    path = find_path(grid, start, goal)
    assert path is not None
    smoothed = smooth_path(cmap, start, path, 10.0)
    assert smoothed[-1] == goal
    assert 1 < len(smoothed) < len(path)
    legs = pairwise([start, *smoothed])
    assert all(clear_corridor(cmap, a, b, 10.0) for a, b in legs)


GRIDS = st.integers(2, 9).flatmap(
    lambda w: st.lists(st.text(alphabet="..#", min_size=w, max_size=w), min_size=2, max_size=9)
)


@settings(max_examples=300)
@given(rows=GRIDS, data=st.data())
def test_find_path_is_found_exactly_when_reachable_and_is_shortest(
    rows: list[str], data: st.DataObject
) -> None:
    grid = _grid(rows)
    cells = [(x, y) for y in range(len(rows)) for x in range(len(rows[0]))]
    s = data.draw(st.sampled_from([c for c in cells if grid.open(*c)] or [(0, 0)]))
    g = data.draw(st.sampled_from(cells))
    path = find_path(grid, _centre(*s), _centre(*g))
    best = _cheapest(grid, s, g) if grid.open(*s) and grid.open(*g) else None
    if best is None:
        assert path is None
        return
    assert path is not None
    tiles = _tiles(grid, _centre(*s), path)
    assert tiles[-1] == g
    assert all(_step_ok(grid, a, b) for a, b in pairwise(tiles))
    assert math.isclose(_cost(tiles), best, abs_tol=1e-9)
