"""Static collision: the map's solid rectangles in a uniform grid, circle push-out, raycasts."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from game.sim.geometry import clamp


@dataclass(frozen=True, slots=True)
class Solid:
    """A wall, pylon, window or other static blocker, in world px."""

    x: float
    y: float
    w: float
    h: float
    material: str = "concrete"
    blocks_sight: bool = True


CLEARANCE_RINGS = 3  # how far clear() looks around a cell before walking the cells instead
NOTHING: list = []  # shared empty result; callers never mutate what near() returns
MERGED_SPAN = 2  # near_box remembers boxes up to 3 x 3 cells (a body's reach and move)


Box = tuple[float, float, float, float, bool, Solid]
"""A solid as a ray tests it: left, top, right, bottom, blocks sight, the solid."""


def solid_box(s: Solid) -> Box:
    return (s.x, s.y, s.x + s.w, s.y + s.h, s.blocks_sight, s)


@dataclass(frozen=True, slots=True)
class RayHit:
    t: float  # 0..1 along the ray
    x: float
    y: float
    solid: Solid


@dataclass
class CollisionMap:
    """Solids bucketed by grid cell; the area outside the map is solid."""

    width: float  # px
    height: float  # px
    cell: float  # px
    cols: int = 0
    rows: int = 0
    solids: list[Solid] = field(default_factory=list)
    cells: dict[int, list[Solid]] = field(default_factory=dict)
    clearance: dict[int, int] = field(default_factory=dict, repr=False, compare=False)
    """Per cell key, asked for lazily: how many rings of empty cells surround it (capped)."""
    merged: dict[tuple[int, int, int, int], list[Solid]] = field(
        default_factory=dict, repr=False, compare=False)
    """near_box's answers by cell range, kept until the solids change."""
    boxes: dict[int, tuple[Box, ...]] = field(default_factory=dict, repr=False, compare=False)
    """Per cell key, its solids as rays test them, kept until the solids change."""
    corridors: dict[tuple, bool] = field(default_factory=dict, repr=False, compare=False)
    """navigation.kept_corridor's answers between fixed points, kept until the solids change."""
    shares: dict[tuple, float] = field(default_factory=dict, repr=False, compare=False)
    """ballistics.share_through's answers by exact ends, kept until the solids change."""

    @classmethod
    def build(
        cls, width: float, height: float, cell: float, solids: Iterable[Solid]
    ) -> CollisionMap:
        cmap = cls(width, height, cell, math.ceil(width / cell), math.ceil(height / cell))
        border = 4 * cell
        frame = [
            Solid(-border, -border, width + 2 * border, border, "boundary"),
            Solid(-border, height, width + 2 * border, border, "boundary"),
            Solid(-border, 0, border, height, "boundary"),
            Solid(width, 0, border, height, "boundary"),
        ]
        for solid in [*solids, *frame]:
            cmap.file(solid)
        return cmap

    def file(self, solid: Solid) -> None:
        """Add a solid and file it in every cell it covers."""
        self.solids.append(solid)
        cells = self.cells
        for key in self._keys(solid.x, solid.y, solid.x + solid.w, solid.y + solid.h):
            found = cells.get(key)
            if found is None:
                cells[key] = [solid]
            else:
                found.append(solid)

    def _keys(self, x0: float, y0: float, x1: float, y1: float) -> list[int]:
        """The keys of the cells the box covers (a list: a big map files tens of thousands)."""
        c0 = max(-1, int(x0 // self.cell))
        c1 = min(self.cols, int(x1 // self.cell))
        r0 = max(-1, int(y0 // self.cell))
        r1 = min(self.rows, int(y1 // self.cell))
        width = self.cols + 2
        return [start + col for start in range((r0 + 1) * width + 1, (r1 + 1) * width + 2, width)
                for col in range(c0, c1 + 1)]

    def near(self, x0: float, y0: float, x1: float, y1: float) -> list[Solid]:
        """Solids whose cells overlap the box (may repeat a solid; harmless for push-out)."""
        cell, cells, cols, rows = self.cell, self.cells, self.cols, self.rows
        # Plain comparisons rather than min()/max(): this runs for every round, every tick.
        c0, c1, r0, r1 = int(x0 // cell), int(x1 // cell), int(y0 // cell), int(y1 // cell)
        c0 = -1 if c0 < -1 else c0
        r0 = -1 if r0 < -1 else r0
        c1 = cols if c1 > cols else c1
        r1 = rows if r1 > rows else r1
        width = cols + 2
        if c0 == c1 and r0 == r1:  # the common case: a small box inside one cell
            return cells.get((r0 + 1) * width + c0 + 1, NOTHING)
        found: list[Solid] = []
        for row in range(r0, r1 + 1):
            base = (row + 1) * width + 1
            for col in range(c0, c1 + 1):
                bucket = cells.get(base + col)
                if bucket:
                    found.extend(bucket)
        return found

    def near_box(self, x0: float, y0: float, x1: float, y1: float) -> list[Solid]:
        """near(), remembered by the range of cells the box covers: the same solids in the
        same order, without building the list again (movement asks this for every body that
        walks by a wall, every tick)."""
        cell = self.cell
        key = (int(x0 // cell), int(y0 // cell), int(x1 // cell), int(y1 // cell))
        found = self.merged.get(key)
        if found is None:
            found = self.near(x0, y0, x1, y1)
            if key[2] - key[0] <= MERGED_SPAN and key[3] - key[1] <= MERGED_SPAN:
                self.merged[key] = found
        return found

    def changed(self) -> None:
        """Solids were added or taken away (a door): forget what was worked out from them."""
        self.clearance.clear()
        self.merged.clear()
        self.boxes.clear()
        self.corridors.clear()
        self.shares.clear()

    def boxes_in(self, key: int) -> tuple[Box, ...]:
        """The solids of one cell as rays test them (worked out once per cell)."""
        found = self.boxes.get(key)
        if found is None:
            found = self.boxes[key] = tuple(solid_box(s) for s in self.cells.get(key, ()))
        return found

    def clear(self, x0: float, y0: float, x1: float, y1: float) -> bool:
        """True only when no solid's cell overlaps the box (near() would find nothing), found
        without building a list: a small box's cells are looked up one by one, a bigger one
        by the empty rings around its middle cell. For a bigger box False means "maybe": the
        rings cover more than the box, so they may be too careful."""
        cell = self.cell
        c0, c1, r0, r1 = int(x0 // cell), int(x1 // cell), int(y0 // cell), int(y1 // cell)
        if c1 - c0 <= 1 and r1 - r0 <= 1 and c0 > -1 and c1 < self.cols and r0 > -1 \
                and r1 < self.rows:  # up to four cells inside the map: look at each
            cells, width = self.cells, self.cols + 2
            top, bottom = (r0 + 1) * width + 1, (r1 + 1) * width + 1
            return not (top + c0 in cells or top + c1 in cells or bottom + c0 in cells
                        or bottom + c1 in cells)
        cc, rc = (c0 + c1) >> 1, (r0 + r1) >> 1
        need = max(cc - c0, c1 - cc, rc - r0, r1 - rc)
        if need <= CLEARANCE_RINGS and -1 <= cc <= self.cols and -1 <= rc <= self.rows:
            key = (rc + 1) * (self.cols + 2) + cc + 1
            rings = self.clearance.get(key)
            if rings is None:
                rings = self.clearance[key] = self._rings(cc, rc)
            return rings > need
        return not self.near(x0, y0, x1, y1)

    def _rings(self, col: int, row: int) -> int:
        """Empty rings of cells around (col, row), up to CLEARANCE_RINGS + 1."""
        width, cells = self.cols + 2, self.cells
        for ring in range(CLEARANCE_RINGS + 1):
            for r in range(row - ring, row + ring + 1):
                edge = r in (row - ring, row + ring)
                for c in range(col - ring, col + ring + 1) if edge else (col - ring, col + ring):
                    outside = not (-1 <= c <= self.cols and -1 <= r <= self.rows)
                    if outside or (r + 1) * width + c + 1 in cells:
                        return ring
        return CLEARANCE_RINGS + 1

    def point_solid(self, x: float, y: float) -> Solid | None:
        for s in self.near(x, y, x, y):
            if s.x < x < s.x + s.w and s.y < y < s.y + s.h:
                return s
        return None


def push_circle_out(cmap: CollisionMap, x: float, y: float, r: float) -> tuple[float, float]:
    """Move a circle the least distance that clears every solid (slides along walls)."""
    for _ in range(4):
        moved = False
        for s in cmap.near(x - r, y - r, x + r, y + r):
            nx, ny = clamp(x, s.x, s.x + s.w), clamp(y, s.y, s.y + s.h)
            dx, dy = x - nx, y - ny
            d2 = dx * dx + dy * dy
            if d2 >= r * r - 1e-9:
                continue
            if d2 > 1e-12:
                d = math.sqrt(d2)
                x += dx / d * (r - d)
                y += dy / d * (r - d)
            else:
                x, y = _eject_centre(cmap, s, x, y, r)
            moved = True
        if not moved:
            break
    return x, y


def _eject_centre(cmap: CollisionMap, s: Solid, x: float, y: float, r: float
                  ) -> tuple[float, float]:
    """A centre inside a solid leaves through the nearest face that opens onto free space
    (the nearest face alone could lead straight into a neighbouring solid, and back)."""
    exits = sorted((
        (x - s.x, s.x - r, y),
        (s.x + s.w - x, s.x + s.w + r, y),
        (y - s.y, x, s.y - r),
        (s.y + s.h - y, x, s.y + s.h + r),
    ))
    for _, ex, ey in exits:
        if 0.0 <= ex <= cmap.width and 0.0 <= ey <= cmap.height and \
                cmap.point_solid(ex, ey) is None:
            return ex, ey
    return exits[0][1], exits[0][2]


def raycast(
    cmap: CollisionMap, x0: float, y0: float, x1: float, y1: float, sight: bool = False
) -> RayHit | None:
    """First solid on the segment, walking grid cells in order (Amanatides-Woo).

    With ``sight`` set, solids that do not block sight (glass, fences) are passed through.
    Empty cells cost one look-up; a cell's solids are tested from their kept boxes.
    """
    dx, dy = x1 - x0, y1 - y0
    cell = cmap.cell
    if abs(dx) + abs(dy) < cell:
        return _raycast_short(cmap, x0, y0, dx, dy, sight)
    col, row = int(x0 // cell), int(y0 // cell)
    end_col, end_row = int(x1 // cell), int(y1 // cell)
    step_c = 1 if dx > 0 else -1
    step_r = 1 if dy > 0 else -1
    t_dc = abs(cell / dx) if dx else math.inf
    t_dr = abs(cell / dy) if dy else math.inf
    next_c = ((col + (step_c > 0)) * cell - x0) / dx if dx else math.inf
    next_r = ((row + (step_r > 0)) * cell - y0) / dy if dy else math.inf
    width, cols, rows, cells = cmap.cols + 2, cmap.cols, cmap.rows, cmap.cells
    key = (row + 1) * width + col + 1
    step_key = step_r * width
    for _ in range(cols + rows + 4):
        t_exit = next_c if next_c < next_r else next_r
        at_end = col == end_col and row == end_row
        if cells.get(key):
            found = _nearest_box(cmap.boxes_in(key), x0, y0, dx, dy, sight)
            if found is not None and (found[0] <= t_exit or t_exit > 1.0 or at_end):
                return _hit(found, x0, y0, dx, dy)
        else:
            found = None
        if at_end or t_exit > 1.0:
            return None
        if next_c < next_r:
            col, next_c, key = col + step_c, next_c + t_dc, key + step_c
        else:
            row, next_r, key = row + step_r, next_r + t_dr, key + step_key
        if not (-1 <= col <= cols and -1 <= row <= rows):
            return _hit(found, x0, y0, dx, dy) if found is not None else None
    return None


def _raycast_short(
    cmap: CollisionMap, x0: float, y0: float, dx: float, dy: float, sight: bool
) -> RayHit | None:
    """A segment shorter than a cell touches at most four cells: test their solids directly."""
    x1, y1 = x0 + dx, y0 + dy
    lx, hx = (x0, x1) if dx >= 0 else (x1, x0)
    ly, hy = (y0, y1) if dy >= 0 else (y1, y0)
    # The cells near() would merge, in its order; the first nearest of all wins, as in one list.
    cell, cols, rows, cells = cmap.cell, cmap.cols, cmap.rows, cmap.cells
    c0, c1, r0, r1 = int(lx // cell), int(hx // cell), int(ly // cell), int(hy // cell)
    c0, r0 = (-1 if c0 < -1 else c0), (-1 if r0 < -1 else r0)
    c1, r1 = (cols if c1 > cols else c1), (rows if r1 > rows else r1)
    width, best = cols + 2, None
    for row in range(r0, r1 + 1):
        for col in range(c0, c1 + 1):
            key = (row + 1) * width + col + 1
            if cells.get(key):
                found = _nearest_box(cmap.boxes_in(key), x0, y0, dx, dy, sight)
                if found is not None and (best is None or found[0] < best[0]):
                    best = found
    return _hit(best, x0, y0, dx, dy) if best is not None else None


def _hit(found: tuple[float, Solid], x0: float, y0: float, dx: float, dy: float) -> RayHit:
    t = found[0]
    return RayHit(t, x0 + dx * t, y0 + dy * t, found[1])


def _nearest_box(boxes: Iterable[Box], x0: float, y0: float, dx: float, dy: float,
                 sight: bool) -> tuple[float, Solid] | None:
    """The box the segment P0 + t*D (t in [0, 1]) enters first, and where: the slab test of
    geometry.segment_rect_t, inlined (it runs for every solid in every cell a ray crosses)."""
    best_t, best = 2.0, None
    flat_x, flat_y = abs(dx) < 1e-12, abs(dy) < 1e-12
    for left, top, right, bottom, opaque, solid in boxes:
        if sight and not opaque:
            continue
        t_near, t_far = 0.0, 1.0
        if flat_x:
            if x0 < left or x0 > right:
                continue
        else:
            t1, t2 = (left - x0) / dx, (right - x0) / dx
            if t1 > t2:
                t1, t2 = t2, t1
            if t1 > t_near:
                t_near = t1
            if t2 < t_far:
                t_far = t2
            if t_near > t_far:
                continue
        if flat_y:
            if y0 < top or y0 > bottom:
                continue
        else:
            t1, t2 = (top - y0) / dy, (bottom - y0) / dy
            if t1 > t2:
                t1, t2 = t2, t1
            if t1 > t_near:
                t_near = t1
            if t2 < t_far:
                t_far = t2
            if t_near > t_far:
                continue
        if best is None or t_near < best_t:
            best_t, best = t_near, solid
    return (best_t, best) if best is not None else None


def has_line_of_sight(cmap: CollisionMap, x0: float, y0: float, x1: float, y1: float) -> bool:
    return raycast(cmap, x0, y0, x1, y1, sight=True) is None
