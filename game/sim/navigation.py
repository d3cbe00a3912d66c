"""Paths over the level's walkable tile grid: A* with no corner cutting, then smoothed by sight."""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from game.sim.collision_map import CollisionMap, Solid, raycast

NEIGHBOURS = tuple(
    (dx, dy, math.hypot(dx, dy)) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy
)


Cell = tuple[int, int]
Step = tuple[int, int, float]  # dx, dy, cost
Links = tuple[tuple[Cell, float], ...]
MEMO_LIMIT = 4096  # remembered searches per grid, forgotten all at once past this


@dataclass(frozen=True, slots=True)
class NavGrid:
    """The walkable tiles. Never changed in place, so what was searched over it stays true:
    ``memo`` keeps searches and neighbour lists for as long as this grid is the level's."""

    walkable: tuple[tuple[bool, ...], ...]
    tile: float  # px
    memo: dict[object, dict] = field(default_factory=dict, compare=False, hash=False,
                                     repr=False)

    @classmethod
    def from_rows(cls, rows: list[list[bool]], tile: float) -> NavGrid:
        return cls(tuple(tuple(r) for r in rows), tile)

    def open(self, tx: int, ty: int) -> bool:
        return 0 <= ty < len(self.walkable) and 0 <= tx < len(self.walkable[0]) \
            and self.walkable[ty][tx]

    def tile_of(self, x: float, y: float) -> tuple[int, int]:
        return int(x // self.tile), int(y // self.tile)

    def centre(self, tx: int, ty: int) -> tuple[float, float]:
        return (tx + 0.5) * self.tile, (ty + 0.5) * self.tile


def memo_table(grid: NavGrid, name: object) -> dict:
    """One of the grid's remembered tables, emptied when it grows past MEMO_LIMIT."""
    table = grid.memo.get(name)
    if table is None or len(table) > MEMO_LIMIT:
        table = grid.memo[name] = {}
    return table


def links(grid: NavGrid, here: Cell, steps: tuple[Step, ...], table: dict[Cell, Links]
          ) -> Links:
    """The open neighbours of ``here`` in ``steps`` order, diagonals only past two open sides
    (no corner cutting); worked out once per tile and kept in ``table``."""
    found = table.get(here)
    if found is None:
        hx, hy = here
        found = table[here] = tuple(
            ((hx + dx, hy + dy), cost) for dx, dy, cost in steps
            if grid.open(hx + dx, hy + dy)
            and not (dx and dy and not (grid.open(hx + dx, hy) and grid.open(hx, hy + dy))))
    return found


def find_path(grid: NavGrid, start: tuple[float, float], goal: tuple[float, float]
              ) -> list[tuple[float, float]] | None:
    """Tile-centre waypoints from start to goal (goal point last), or None if unreachable."""
    s, g = grid.tile_of(*start), grid.tile_of(*goal)
    if not grid.open(*g):
        return None
    paths = memo_table(grid, "find_path")
    key = (s, g)
    if key not in paths:
        paths[key] = _search(grid, s, g)
    tiles = paths[key]
    if tiles is None:
        return None
    return [grid.centre(*t) for t in tiles[1:-1]] + [goal]


def _search(grid: NavGrid, s: Cell, g: Cell) -> tuple[Cell, ...] | None:
    table = memo_table(grid, NEIGHBOURS)
    came: dict[Cell, Cell] = {}
    cost = {s: 0.0}
    frontier = [(0.0, 0, s)]
    order = 0
    hypot, push, pop, inf = math.hypot, heapq.heappush, heapq.heappop, math.inf
    gx, gy = g
    while frontier:
        _, _, here = pop(frontier)
        if here == g:
            return _unwind(came, s, g)
        base = cost[here]
        for nxt, step in table.get(here) or links(grid, here, NEIGHBOURS, table):
            new_cost = base + step
            if new_cost < cost.get(nxt, inf):
                cost[nxt], came[nxt] = new_cost, here
                order += 1
                push(frontier, (new_cost + hypot(gx - nxt[0], gy - nxt[1]), order, nxt))
    return None


def _unwind(came: dict[Cell, Cell], s: Cell, g: Cell) -> tuple[Cell, ...]:
    tiles = [g]
    while tiles[-1] != s:
        tiles.append(came[tiles[-1]])
    tiles.reverse()
    return tuple(tiles)


def smooth_path(cmap: CollisionMap, start: tuple[float, float],
                path: list[tuple[float, float]], radius: float) -> list[tuple[float, float]]:
    """Drop waypoints that a body of ``radius`` can skip in a straight, clear line."""
    smoothed: list[tuple[float, float]] = []
    anchor = start
    i = 0
    while i < len(path):
        j = len(path) - 1
        while j > i and not clear_corridor(cmap, anchor, path[j], radius):
            j -= 1
        smoothed.append(path[j])
        anchor, i = path[j], j + 1
    return smoothed


def clear_corridor(cmap: CollisionMap, a: tuple[float, float], b: tuple[float, float],
                   radius: float) -> bool:
    """True if rays along the centre and both edges of a body's sweep hit nothing."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length * radius, dx / length * radius
    return all(
        raycast(cmap, a[0] + ox, a[1] + oy, b[0] + ox, b[1] + oy) is None
        for ox, oy in ((0.0, 0.0), (nx, ny), (-nx, -ny))
    )


def kept_corridor(cmap: CollisionMap, a: tuple[float, float], b: tuple[float, float],
                  radius: float) -> bool:
    """clear_corridor between two points that recur (tile centres of planned paths): worked
    out once while the solids stand as they are."""
    kept = cmap.corridors
    key = (a, b, radius)
    found = kept.get(key)
    if found is None:
        if len(kept) > MEMO_LIMIT:
            kept.clear()
        found = kept[key] = clear_corridor(cmap, a, b, radius)
    return found


def walkable_from_solids(solids: Iterable[Solid], cols: int, rows: int, tile_w: float,
                         tile_h: float) -> list[list[bool]]:
    """Per tile: open unless a solid covers the tile's middle half."""
    grid = [[True] * cols for _ in range(rows)]
    for s in solids:
        x0, x1 = int(s.x // tile_w), int((s.x + s.w - 1e-6) // tile_w)
        y0, y1 = int(s.y // tile_h), int((s.y + s.h - 1e-6) // tile_h)
        for ty in range(max(0, y0), min(rows, y1 + 1)):
            for tx in range(max(0, x0), min(cols, x1 + 1)):
                cx0, cy0 = (tx + 0.25) * tile_w, (ty + 0.25) * tile_h
                if s.x < cx0 + tile_w * 0.5 and s.x + s.w > cx0 \
                        and s.y < cy0 + tile_h * 0.5 and s.y + s.h > cy0:
                    grid[ty][tx] = False
    return grid
