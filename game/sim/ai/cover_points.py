"""Cover points: found beside solid tiles and walls, or placed in Tiled (Cover points and the faces
of Cover rectangles); a spatial index over them, and how well one shields from a threat."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from game.sim.ballistics import share_through
from game.sim.collision_map import CollisionMap
from game.sim.navigation import NavGrid
from game.sim.weapons import stops_rounds

SIDES = ((1, 0), (-1, 0), (0, 1), (0, -1))


@dataclass(frozen=True, slots=True)
class CoverPoint:
    x: float
    y: float
    dir_x: float  # unit vector from the point toward the cover; (0, 0) when none is known
    dir_y: float
    height: str  # low (see and be seen over it) | high
    material: str
    stops: bool  # the material stops rounds


@dataclass
class CoverPoints:
    """Every cover point of the level, bucketed for queries by area."""

    points: list[CoverPoint] = field(default_factory=list)
    cell: float = 256.0
    buckets: dict[tuple[int, int], list[int]] = field(default_factory=dict)

    @classmethod
    def build(cls, points: list[CoverPoint], cell: float = 256.0) -> CoverPoints:
        index = cls(list(points), cell)
        for i, p in enumerate(index.points):
            index.buckets.setdefault((int(p.x // cell), int(p.y // cell)), []).append(i)
        return index

    def near(self, x: float, y: float, radius: float) -> list[int]:
        """Indices of the points within ``radius`` of (x, y), ascending."""
        cell, r2 = self.cell, radius * radius
        found = []
        for gy in range(int((y - radius) // cell), int((y + radius) // cell) + 1):
            for gx in range(int((x - radius) // cell), int((x + radius) // cell) + 1):
                for i in self.buckets.get((gx, gy), ()):
                    p = self.points[i]
                    if (p.x - x) ** 2 + (p.y - y) ** 2 <= r2:
                        found.append(i)
        found.sort()
        return found


def derive_cover_points(cmap: CollisionMap, grid: NavGrid) -> list[CoverPoint]:
    """A point in every open tile beside a solid tile, facing it (walls, pylons, cars)."""
    points = []
    rows = len(grid.walkable)
    cols = len(grid.walkable[0]) if rows else 0
    for ty in range(rows):
        for tx in range(cols):
            if not grid.walkable[ty][tx]:
                continue
            for dx, dy in SIDES:
                nx, ny = tx + dx, ty + dy
                if not (0 <= nx < cols and 0 <= ny < rows) or grid.walkable[ny][nx]:
                    continue
                solid = cmap.point_solid(*grid.centre(nx, ny))
                if solid is None or solid.material == "boundary":
                    continue
                x, y = grid.centre(tx, ty)
                points.append(CoverPoint(x, y, float(dx), float(dy),
                                         "high" if solid.blocks_sight else "low",
                                         solid.material, stops_rounds(solid.material)))
    return points


def placed_cover_point(cmap: CollisionMap, grid: NavGrid, x: float, y: float, height: str,
                       material: str) -> CoverPoint:
    """A designer's Cover point: it faces the nearest solid tile beside it, if any."""
    tx, ty = grid.tile_of(x, y)
    for dx, dy in SIDES:
        if not grid.open(tx + dx, ty + dy):
            solid = cmap.point_solid(*grid.centre(tx + dx, ty + dy))
            if solid is not None:
                return CoverPoint(x, y, float(dx), float(dy), height, solid.material,
                                  stops_rounds(solid.material))
    return CoverPoint(x, y, 0.0, 0.0, height, material, stops_rounds(material))


def faces(point: CoverPoint, tx: float, ty: float) -> bool:
    """Cheap test: the cover lies between the point and a threat at (tx, ty)."""
    if point.dir_x == 0.0 and point.dir_y == 0.0:
        return True
    dx, dy = tx - point.x, ty - point.y
    length = math.hypot(dx, dy) or 1.0
    return (dx * point.dir_x + dy * point.dir_y) / length > 0.35


def exposure(cmap: CollisionMap, x: float, y: float, tx: float, ty: float) -> float:
    """Share of a rifle round from (tx, ty) that reaches (x, y): 0 is full cover, 1 the open."""
    return share_through(cmap, tx, ty, x, y)


def points_around(cmap: CollisionMap, x: float, y: float, w: float, h: float, height: str,
                  material: str, standoff: float = 16.0, spacing: float = 32.0
                  ) -> list[CoverPoint]:
    """Points along each face of a designer's Cover rectangle, facing it. Whether one really
    shields is left to the rays against the solids there (a Cover blocks nothing itself)."""
    found = []
    faces_ = (((x, y), (x + w, y), (0.0, -1.0)), ((x, y + h), (x + w, y + h), (0.0, 1.0)),
              ((x, y), (x, y + h), (-1.0, 0.0)), ((x + w, y), (x + w, y + h), (1.0, 0.0)))
    for (ax, ay), (bx, by), (nx, ny) in faces_:
        length = math.hypot(bx - ax, by - ay)
        count = max(1, round(length / spacing))
        for i in range(count):
            t = (i + 0.5) / count
            px, py = ax + (bx - ax) * t + nx * standoff, ay + (by - ay) * t + ny * standoff
            if not (0.0 < px < cmap.width and 0.0 < py < cmap.height):
                continue
            if cmap.point_solid(px, py) is not None:
                continue
            inside = cmap.point_solid(px - nx * (standoff + 2.0), py - ny * (standoff + 2.0))
            kind = inside.material if inside is not None else material
            found.append(CoverPoint(px, py, -nx, -ny, height, kind, stops_rounds(kind)))
    return found
