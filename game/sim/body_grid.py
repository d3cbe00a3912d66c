"""A spatial hash of the moving bodies, rebuilt each tick for contacts and bullet hits."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from game.sim.components import Body, Dead, Heading, Position

if TYPE_CHECKING:
    from game.sim.world import World


MARGIN_PX = 6.0


@dataclass
class BodyGrid:
    cell: float = 64.0
    buckets: dict[tuple[int, int], list[int]] = field(default_factory=dict)

    def rebuild(self, world: World) -> None:
        self.buckets = {}
        cell = self.cell
        dead = world.store(Dead)
        for eid, pos, body in world.query(Position, Body):
            if eid in dead:
                continue
            # The margin covers the small shoves bodies get after the grid is built this tick,
            # so bullet tests can look only at the cells their segment crosses.
            reach = body.radius + body.length * 0.5 + MARGIN_PX
            x0, y0 = int((pos.x - reach) // cell), int((pos.y - reach) // cell)
            x1, y1 = int((pos.x + reach) // cell), int((pos.y + reach) // cell)
            for gy in range(y0, y1 + 1):
                for gx in range(x0, x1 + 1):
                    self.buckets.setdefault((gx, gy), []).append(eid)

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
