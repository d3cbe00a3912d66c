"""Pushes overlapping bodies apart (heavier ones move less), then back out of the walls."""

from __future__ import annotations

import math
from itertools import combinations

from game.sim.body_grid import BodyGrid, body_segment
from game.sim.collision_map import CollisionMap
from game.sim.components import Body, Heading, Position
from game.sim.geometry import closest_between_segments
from game.sim.systems.move_bodies import slide_body
from game.sim.world import World

PAIR_SHIFT = 32  # entity ids are counted from 1 and stay far below 2**32
LOW_ID = (1 << PAIR_SHIFT) - 1


def separate_bodies(world: World, dt: float) -> None:
    grid = world.resource(BodyGrid)
    moved = grid.rebuild(world)
    if not moved:
        return
    positions, bodies, headings = world.store(Position), world.store(Body), world.store(Heading)
    before: dict[int, tuple[float, float]] = {}
    # Pairs are tested in ascending (low id, high id) order, each once; positions change as
    # pushes are applied, so the reach test is made in that order too.
    for pair in sorted(_pairs_with_a_mover(grid, moved)):
        a, b = pair >> PAIR_SHIFT, pair & LOW_ID
        pa, pb, ba, bb = positions[a], positions[b], bodies[a], bodies[b]
        # _separate's first test, inline: most pairs sharing a cell are out of reach.
        reach = ba.radius + bb.radius + (ba.length + bb.length) * 0.5
        if abs(pa.x - pb.x) > reach or abs(pa.y - pb.y) > reach:
            continue
        _separate(positions, bodies, headings, a, b, before)
    if not before:
        return
    cmap = world.resource(CollisionMap)
    for eid in sorted(before):
        pos, (x0, y0) = positions[eid], before[eid]
        # A shove is a move like any other: walked in sub-steps, so it cannot pass a wall.
        pos.x, pos.y = slide_body(cmap, bodies[eid], headings.get(eid), x0, y0, pos.x, pos.y)
        grid.settled.pop(eid, None)  # a shoved body is tested again next tick


def _pairs_with_a_mover(grid: BodyGrid, moved: list[int], by_buckets: bool | None = None
                        ) -> set[int]:
    """Every (low id, high id) pair filed in a shared cell with a mover in it, as one int
    (low << PAIR_SHIFT | high: sorts as the pair would, faster). Two bodies that
    both stood still since they were last separated cannot newly overlap. When most bodies
    moved, the buckets are walked (pairs made in C); when few did, only the movers' cells
    (``by_buckets`` forces one way; both find the same pairs)."""
    buckets, movers = grid.buckets, set(moved)
    pairs: set[int] = set()
    add = pairs.add
    if by_buckets if by_buckets is not None else len(moved) * 2 >= len(grid.filed):
        everyone = len(moved) == len(grid.filed)
        for bucket in buckets.values():
            if len(bucket) == 1:
                continue
            for a, b in combinations(bucket, 2):
                if everyone or a in movers or b in movers:
                    add(a << PAIR_SHIFT | b if a < b else b << PAIR_SHIFT | a)
        return pairs
    filed = grid.filed
    for a in moved:
        gx0, gy0, gx1, gy1 = filed[a]
        for gy in range(gy0, gy1 + 1):
            for gx in range(gx0, gx1 + 1):
                for b in buckets[(gx, gy)]:
                    if b != a:
                        add(a << PAIR_SHIFT | b if a < b else b << PAIR_SHIFT | a)
    return pairs


def _separate(positions: dict, bodies: dict, headings: dict, a: int, b: int,
              before: dict[int, tuple[float, float]]) -> bool:
    """Push a and b apart if they overlap, noting where each stood before its first push."""
    pa, pb, ba, bb = positions[a], positions[b], bodies[a], bodies[b]
    reach = ba.radius + bb.radius + (ba.length + bb.length) * 0.5
    if abs(pa.x - pb.x) > reach or abs(pa.y - pb.y) > reach:
        return False
    if ba.length <= 0.0 and bb.length <= 0.0:  # two circles: their centres are the points
        ax, ay, bx, by = pa.x, pa.y, pb.x, pb.y
    else:
        ax, ay, bx, by = closest_between_segments(
            body_segment(pa, ba, headings.get(a)), body_segment(pb, bb, headings.get(b))
        )
    dx, dy = bx - ax, by - ay
    dist = math.hypot(dx, dy)
    overlap = ba.radius + bb.radius - dist
    if overlap <= 0.0:
        return False
    if dist < 1e-6:  # exactly stacked: split them along a fixed, deterministic axis
        dx, dy, dist = (1.0, 0.0, 1.0) if a < b else (-1.0, 0.0, 1.0)
    before.setdefault(a, (pa.x, pa.y))
    before.setdefault(b, (pb.x, pb.y))
    share_a = bb.mass / (ba.mass + bb.mass)
    nx, ny = dx / dist * overlap, dy / dist * overlap
    pa.x -= nx * share_a
    pa.y -= ny * share_a
    pb.x += nx * (1.0 - share_a)
    pb.y += ny * (1.0 - share_a)
    return True
