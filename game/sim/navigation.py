"""Paths over the level's walkable tile grid: A* with no corner cutting, then smoothed by sight."""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable
from dataclasses import dataclass

from game.sim.collision_map import CollisionMap, Solid, raycast

NEIGHBOURS = tuple(
    (dx, dy, math.hypot(dx, dy)) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy
)


@dataclass(frozen=True, slots=True)
class NavGrid:
    walkable: tuple[tuple[bool, ...], ...]
    tile: float  # px

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


def find_path(grid: NavGrid, start: tuple[float, float], goal: tuple[float, float]
              ) -> list[tuple[float, float]] | None:
    """Tile-centre waypoints from start to goal (goal point last), or None if unreachable."""
    s, g = grid.tile_of(*start), grid.tile_of(*goal)
    if not grid.open(*g):
        return None
    came: dict[tuple[int, int], tuple[int, int]] = {}
    cost = {s: 0.0}
    frontier = [(0.0, 0, s)]
    order = 0
    while frontier:
        _, _, here = heapq.heappop(frontier)
        if here == g:
            return _unwind(grid, came, s, g, goal)
        for dx, dy, step in NEIGHBOURS:
            nxt = (here[0] + dx, here[1] + dy)
            if not grid.open(*nxt) or (dx and dy and not (
                    grid.open(here[0] + dx, here[1]) and grid.open(here[0], here[1] + dy))):
                continue
            new_cost = cost[here] + step
            if new_cost < cost.get(nxt, math.inf):
                cost[nxt], came[nxt] = new_cost, here
                order += 1
                estimate = new_cost + math.hypot(g[0] - nxt[0], g[1] - nxt[1])
                heapq.heappush(frontier, (estimate, order, nxt))
    return None


def _unwind(grid: NavGrid, came: dict, s: tuple[int, int], g: tuple[int, int],
            goal: tuple[float, float]) -> list[tuple[float, float]]:
    tiles = [g]
    while tiles[-1] != s:
        tiles.append(came[tiles[-1]])
    tiles.reverse()
    return [grid.centre(*t) for t in tiles[1:-1]] + [goal]


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
