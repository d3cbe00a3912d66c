"""The AI's A* (tiles numbered, costs in flat lists, for speed) expands the same tiles in the same
order as a plain A* over tile tuples would: same path, same expansions for any budget. The state
hash depends on that order (ties are broken by the order tiles were pushed), so a faster search
must not change it."""

from __future__ import annotations

import heapq
import math
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from game.sim.ai.pathfind import DIAGONAL, STEPS, astar
from game.sim.navigation import NavGrid

Tile = tuple[int, int]


def plain_astar(grid: NavGrid, start: Tile, goal: Tile, budget: int
                ) -> tuple[list[Tile] | None, int]:
    """The search written the simple way: tuples, dicts, neighbours worked out each time."""
    cost, came = {start: 0.0}, {}
    frontier: list[tuple[float, int, Tile]] = [(0.0, 0, start)]
    order = spent = 0
    while frontier and spent < budget:
        _, _, here = heapq.heappop(frontier)
        if here == goal:
            path = [goal]
            while path[-1] != start:
                path.append(came[path[-1]])
            return path[::-1], spent
        spent += 1
        for dx, dy, step in STEPS:
            nxt = (here[0] + dx, here[1] + dy)
            corner_cut = dx and dy and not (grid.open(here[0] + dx, here[1])
                                           and grid.open(here[0], here[1] + dy))
            if not grid.open(*nxt) or corner_cut:
                continue
            new = cost[here] + step
            if new < cost.get(nxt, math.inf):
                cost[nxt], came[nxt] = new, here
                ax, ay = abs(goal[0] - nxt[0]), abs(goal[1] - nxt[1])
                order += 1
                estimate = new + max(ax, ay) + (DIAGONAL - 1.0) * min(ax, ay)
                heapq.heappush(frontier, (estimate, order, nxt))
    return None, spent


def random_grid(seed: int, cols: int, rows: int, walls: float) -> NavGrid:
    rng = random.Random(seed)
    return NavGrid.from_rows([[rng.random() > walls for _ in range(cols)] for _ in range(rows)],
                             32.0)


@settings(max_examples=120, deadline=None)
@given(seed=st.integers(0, 10_000), cols=st.integers(2, 24), rows=st.integers(2, 24),
       walls=st.floats(0.0, 0.45), budget=st.sampled_from([1, 5, 40, 10_000]))
def test_the_numbered_search_is_the_plain_search(seed: int, cols: int, rows: int, walls: float,
                                                budget: int) -> None:
    grid = random_grid(seed, cols, rows, walls)
    rng = random.Random(seed + 1)
    opens = [(x, y) for y in range(rows) for x in range(cols) if grid.walkable[y][x]]
    if len(opens) < 2:
        return
    for _ in range(4):
        start, goal = rng.choice(opens), rng.choice(opens)
        assert astar(grid, start, goal, budget) == plain_astar(grid, start, goal, budget)


def test_a_walled_off_goal_spends_the_budget_and_finds_nothing() -> None:
    grid = NavGrid.from_rows([[True, False, True], [True, False, True], [True, False, True]],
                             32.0)
    tiles, spent = astar(grid, (0, 0), (2, 2), 100)
    assert tiles is None and spent == 3
    assert plain_astar(grid, (0, 0), (2, 2), 100) == (None, 3)
