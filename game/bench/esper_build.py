"""The same movement and collision work as HEAT's move_bodies + separate_bodies, written the
way an esper game writes it: processors over ``esper.get_components`` in one esper world.

A fair build, not a strawman: it uses esper's cached queries, the same collision map and
push-out, an open-ground early exit, a spatial hash for contacts and each pair tested once.
What it does not have is HEAT's bookkeeping of what moved: the hash is rebuilt each tick and
every pair in a shared cell is tested, as a plain ECS processor does."""

from __future__ import annotations

import math
from typing import Any

from game.sim.collision_map import CollisionMap, push_circle_out
from game.sim.components import Body, Position, Velocity

WORLD_NAME = "heat-bench"


def build_processors(esper: Any, cmap: CollisionMap, cell: float) -> list[Any]:
    """Processor instances for ``esper`` (the imported module), movement first."""

    class MoveBodies(esper.Processor):
        def process(self, dt: float) -> None:
            for _, (pos, vel, body) in esper.get_components(Position, Velocity, Body):
                if vel.vx == 0.0 and vel.vy == 0.0:
                    continue
                x0, y0 = pos.x, pos.y
                pos.x, pos.y = slide(cmap, body.radius, x0, y0, x0 + vel.vx * dt,
                                     y0 + vel.vy * dt)
                vel.vx, vel.vy = (pos.x - x0) / dt, (pos.y - y0) / dt

    class SeparateBodies(esper.Processor):
        def process(self, dt: float) -> None:
            grid: dict[tuple[int, int], list[tuple[Position, Body]]] = {}
            for _, (pos, body) in esper.get_components(Position, Body):
                reach = body.radius
                for gy in range(int((pos.y - reach) // cell), int((pos.y + reach) // cell) + 1):
                    for gx in range(int((pos.x - reach) // cell),
                                    int((pos.x + reach) // cell) + 1):
                        grid.setdefault((gx, gy), []).append((pos, body))
            shoved: dict[int, tuple[Position, Body, float, float]] = {}
            tested: set[tuple[int, int]] = set()
            for bucket in grid.values():
                for i, (pa, ba) in enumerate(bucket):
                    for pb, bb in bucket[i + 1:]:
                        pair = (id(pa), id(pb))
                        if pair not in tested:
                            tested.add(pair)
                            push_apart(pa, ba, pb, bb, shoved)
            for pos, body, x0, y0 in shoved.values():
                pos.x, pos.y = slide(cmap, body.radius, x0, y0, pos.x, pos.y)

    return [MoveBodies(), SeparateBodies()]


def slide(cmap: CollisionMap, radius: float, x0: float, y0: float, x1: float, y1: float
          ) -> tuple[float, float]:
    """Walk the move in half-radius sub-steps, pushed out of the walls after each."""
    lx, hx = (x0, x1) if x0 <= x1 else (x1, x0)
    ly, hy = (y0, y1) if y0 <= y1 else (y1, y0)
    if not cmap.near(lx - radius, ly - radius, hx + radius, hy + radius):
        return x1, y1
    steps = max(1, math.ceil(math.hypot(x1 - x0, y1 - y0) / (radius * 0.5)))
    sx, sy = (x1 - x0) / steps, (y1 - y0) / steps
    x, y = x0, y0
    for _ in range(steps):
        x, y = push_circle_out(cmap, x + sx, y + sy, radius)
    return x, y


def push_apart(pa: Position, ba: Body, pb: Position, bb: Body,
               shoved: dict[int, tuple[Position, Body, float, float]]) -> None:
    dx, dy = pb.x - pa.x, pb.y - pa.y
    dist = math.hypot(dx, dy)
    overlap = ba.radius + bb.radius - dist
    if overlap <= 0.0:
        return
    if dist < 1e-6:
        dx, dy, dist = 1.0, 0.0, 1.0
    shoved.setdefault(id(pa), (pa, ba, pa.x, pa.y))
    shoved.setdefault(id(pb), (pb, bb, pb.x, pb.y))
    share_a = bb.mass / (ba.mass + bb.mass)
    nx, ny = dx / dist * overlap, dy / dist * overlap
    pa.x, pa.y = pa.x - nx * share_a, pa.y - ny * share_a
    pb.x, pb.y = pb.x + nx * (1.0 - share_a), pb.y + ny * (1.0 - share_a)
