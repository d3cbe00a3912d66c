"""Paths for AI agents: a straight line when the way is clear, else A* over the nav grid with an
expansion budget, cut to its corners and pulled tight along clear corridors."""

from __future__ import annotations

import heapq
import math

from game.sim.collision_map import CollisionMap
from game.sim.navigation import NavGrid, clear_corridor, kept_corridor, links, memo_table

DIAGONAL = math.sqrt(2.0)
STEPS = tuple((dx, dy, DIAGONAL if dx and dy else 1.0)
              for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dx or dy)
SNAP_RADIUS = 2  # tiles searched for open ground when a start or goal lies in a solid tile


def plan_path(grid: NavGrid, cmap: CollisionMap, start: tuple[float, float],
              goal: tuple[float, float], radius: float, budget: int
              ) -> tuple[list[tuple[float, float]] | None, int]:
    """Waypoints from start to goal (goal last) and the A* expansions spent; None when there
    is no way (or the budget ran out before one was found)."""
    if clear_corridor(cmap, start, goal, radius):
        return [goal], 0
    s = nearest_open(grid, *grid.tile_of(*start))
    g = nearest_open(grid, *grid.tile_of(*goal))
    if s is None or g is None:
        return None, 0
    tiles, spent = astar(grid, s, g, budget)
    if tiles is None:
        return None, spent
    end = goal if grid.tile_of(*goal) == g else grid.centre(*g)
    points = [grid.centre(*t) for t in corners(tiles)[1:-1]] + [end]
    return pull_tight(cmap, start, points, radius), spent


def nearest_open(grid: NavGrid, tx: int, ty: int) -> tuple[int, int] | None:
    if grid.open(tx, ty):
        return tx, ty
    for ring in range(1, SNAP_RADIUS + 1):
        for dy in range(-ring, ring + 1):
            for dx in range(-ring, ring + 1):
                if max(abs(dx), abs(dy)) == ring and grid.open(tx + dx, ty + dy):
                    return tx + dx, ty + dy
    return None


def astar(grid: NavGrid, start: tuple[int, int], goal: tuple[int, int], budget: int
          ) -> tuple[list[tuple[int, int]] | None, int]:
    """Tiles from start to goal with king's moves and no corner cutting (None if none), and
    the expansions it took. The grid remembers each answer: asking again costs a look-up but
    reports the same expansions, so the planners' budgets run exactly as on the first ask."""
    searches = memo_table(grid, "astar")
    key = (start, goal, budget)
    found = searches.get(key)
    if found is None:
        found = searches[key] = _search(grid, start, goal, budget)
    tiles, spent = found
    return (list(tiles) if tiles is not None else None), spent


def _search(grid: NavGrid, start: tuple[int, int], goal: tuple[int, int], budget: int
            ) -> tuple[tuple[tuple[int, int], ...] | None, int]:
    """A* over tiles numbered y * width + x (ints hash and compare faster than tile tuples);
    the heap's (estimate, order) entries and so the expansions are those over the tiles."""
    width = len(grid.walkable[0])
    table = memo_table(grid, STEPS)
    numbered = grid.memo.setdefault(NUMBERED, {})
    gx, gy = goal
    begin, end = start[1] * width + start[0], gy * width + gx
    inf, tiles = math.inf, width * len(grid.walkable)
    cost = [inf] * tiles
    cost[begin] = 0.0
    came = [0] * tiles
    frontier = [(0.0, 0, begin)]
    order = spent = 0
    push, pop, extra = heapq.heappush, heapq.heappop, DIAGONAL - 1.0
    while frontier and spent < budget:
        _, _, here = pop(frontier)
        if here == end:
            return tuple((n % width, n // width) for n in _unwind(came, begin, end)), spent
        spent += 1
        base = cost[here]
        nexts = numbered.get(here)
        if nexts is None:
            tile = (here % width, here // width)
            nexts = numbered[here] = tuple(
                (x + y * width, step, x, y)
                for (x, y), step in table.get(tile) or links(grid, tile, STEPS, table))
        for nxt, step, nx, ny in nexts:
            new = base + step
            if new < cost[nxt]:
                cost[nxt] = new
                came[nxt] = here
                ax, ay = abs(gx - nx), abs(gy - ny)
                order += 1
                estimate = new + (ax if ax >= ay else ay) + extra * (ay if ax >= ay else ax)
                push(frontier, (estimate, order, nxt))
    return None, spent


NUMBERED = "astar-numbered"
"""The grid's memo key for each tile's open neighbours by number: (number, cost, x, y)."""


def _unwind(came: list[int], start: int, goal: int) -> list[int]:
    tiles = [goal]
    while tiles[-1] != start:
        tiles.append(came[tiles[-1]])
    tiles.reverse()
    return tiles


def corners(tiles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The tiles where a tile path turns, with both ends."""
    if len(tiles) < 3:
        return list(tiles)
    kept = [tiles[0]]
    for prev, here, nxt in zip(tiles, tiles[1:], tiles[2:], strict=False):
        if (here[0] - prev[0], here[1] - prev[1]) != (nxt[0] - here[0], nxt[1] - here[1]):
            kept.append(here)
    kept.append(tiles[-1])
    return kept


def pull_tight(cmap: CollisionMap, start: tuple[float, float],
               points: list[tuple[float, float]], radius: float) -> list[tuple[float, float]]:
    """Skip every waypoint that a body of ``radius`` can pass by in a straight, clear line."""
    pulled: list[tuple[float, float]] = []
    anchor, i = start, 0
    while i < len(points):
        j = i
        # From a waypoint on, both ends are points that recur plan after plan: ask the map's
        # memory; from the start (anywhere) ask afresh.
        clear = clear_corridor if anchor is start else kept_corridor
        while j + 1 < len(points) and clear(cmap, anchor, points[j + 1], radius):
            j += 1
        pulled.append(points[j])
        anchor, i = points[j], j + 1
    return pulled
