"""A spatial hash of the moving bodies for contacts and bullet hits, refiled each tick only
where a body moved, and a note of where every body settled so still pairs are not retested."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from game.sim.components import Body, Dead, Heading, Position

if TYPE_CHECKING:
    from game.sim.world import World


MARGIN_PX = 6.0

Cells = tuple[int, int, int, int]  # gx0, gy0, gx1, gy1: the cells a body is filed in
Pose = tuple[float, float, float]  # x, y, heading angle


@dataclass
class BodyGrid:
    cell: float = 64.0
    buckets: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    filed: dict[int, Cells] = field(default_factory=dict)
    settled: dict[int, Pose] = field(default_factory=dict)

    def rebuild(self, world: World) -> list[int]:
        """File every living body in the cells its reach covers and return, in id order, those
        that moved or turned since they last settled (noting where they stand now); a body
        that did not is left as filed, one that left (or died) is taken out."""
        cell, filed, settled = self.cell, self.filed, self.settled
        dead, headings = world.store(Dead), world.store(Heading)
        moved: list[int] = []
        present = 0
        settled_at = settled.get
        for eid, body, pos in world.query(Body, Position):
            if eid in dead:
                continue
            present += 1
            x, y, length = pos.x, pos.y, body.length
            if length > 0.0:
                heading = headings.get(eid)
                pose = (x, y, heading.angle if heading is not None else 0.0)
            else:
                pose = (x, y, 0.0)  # circles: no facing
            if settled_at(eid) == pose and eid in filed:
                continue
            moved.append(eid)
            settled[eid] = pose  # where it stands now; separation forgets it if it is shoved
            # The margin covers the small shoves bodies get after the grid is built this tick,
            # so bullet tests can look only at the cells their segment crosses.
            reach = body.radius + length * 0.5 + MARGIN_PX
            cells = (int((x - reach) // cell), int((y - reach) // cell),
                     int((x + reach) // cell), int((y + reach) // cell))
            old = filed.get(eid)
            if old != cells:
                if old is not None:
                    self._unfile(eid, old)
                self._file(eid, cells)
        if present != len(filed):
            bodies, positions = world.store(Body), world.store(Position)
            for eid in [e for e in filed if e not in bodies or e in dead or e not in positions]:
                self._unfile(eid, filed[eid])
                settled.pop(eid, None)
        return moved  # in id order: the query's rows are

    def _file(self, eid: int, cells: Cells) -> None:
        buckets = self.buckets
        for gy in range(cells[1], cells[3] + 1):
            for gx in range(cells[0], cells[2] + 1):
                bucket = buckets.get((gx, gy))
                if bucket is None:
                    buckets[(gx, gy)] = [eid]
                else:
                    bucket.append(eid)
        self.filed[eid] = cells

    def _unfile(self, eid: int, cells: Cells) -> None:
        buckets = self.buckets
        for gy in range(cells[1], cells[3] + 1):
            for gx in range(cells[0], cells[2] + 1):
                bucket = buckets[(gx, gy)]
                bucket.remove(eid)
                if not bucket:
                    del buckets[(gx, gy)]
        del self.filed[eid]

    def near(self, x0: float, y0: float, x1: float, y1: float) -> set[int]:
        cell = self.cell
        found: set[int] = set()
        for gy in range(int(y0 // cell), int(y1 // cell) + 1):
            for gx in range(int(x0 // cell), int(x1 // cell) + 1):
                bucket = self.buckets.get((gx, gy))
                if bucket:
                    found.update(bucket)
        return found


def body_segment(
    pos: Position, body: Body, heading: Heading | None
) -> tuple[float, float, float, float]:
    """The body's core segment: a point for circles, the capsule's spine for vehicles."""
    if body.length <= 0.0 or heading is None:
        return pos.x, pos.y, pos.x, pos.y
    hx = math.cos(heading.angle) * body.length * 0.5
    hy = math.sin(heading.angle) * body.length * 0.5
    return pos.x - hx, pos.y - hy, pos.x + hx, pos.y + hy
