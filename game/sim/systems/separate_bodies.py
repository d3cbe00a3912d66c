"""Pushes overlapping bodies apart (heavier ones move less), then back out of the walls."""

from __future__ import annotations

import math

from game.sim.body_grid import BodyGrid, body_segment
from game.sim.collision_map import CollisionMap
from game.sim.components import Body, Heading, Position
from game.sim.geometry import closest_between_segments
from game.sim.systems.move_bodies import slide_body
from game.sim.world import World


def separate_bodies(world: World, dt: float) -> None:
    grid = world.resource(BodyGrid)
    moved = grid.rebuild(world)
    positions, bodies, headings = world.store(Position), world.store(Body), world.store(Heading)
    before: dict[int, tuple[float, float]] = {}
    movers = set(moved)
    buckets = grid.buckets
    # Two bodies that both stood still since they were last separated cannot newly overlap:
    # only pairs with a mover in them are tested, each once (a pair of movers by the first).
    filed = grid.filed
    for a in moved:
        gx0, gy0, gx1, gy1 = filed[a]
        pa, ba = positions[a], bodies[a]
        ra, la = ba.radius, ba.length
        done: set[int] = set()
        for gy in range(gy0, gy1 + 1):
            for gx in range(gx0, gx1 + 1):
                for b in buckets[(gx, gy)]:
                    if b == a or b in done or (b < a and b in movers):
                        continue
                    done.add(b)
                    # _separate's first test, inline: most pairs in a cell are out of reach.
                    pb, bb = positions[b], bodies[b]
                    reach = ra + bb.radius + (la + bb.length) * 0.5
                    if abs(pa.x - pb.x) > reach or abs(pa.y - pb.y) > reach:
                        continue
                    if a < b:
                        _separate(positions, bodies, headings, a, b, before)
                    else:
                        _separate(positions, bodies, headings, b, a, before)
    if not before:
        return
    cmap = world.resource(CollisionMap)
    for eid in sorted(before):
        pos, (x0, y0) = positions[eid], before[eid]
        # A shove is a move like any other: walked in sub-steps, so it cannot pass a wall.
        pos.x, pos.y = slide_body(cmap, bodies[eid], headings.get(eid), x0, y0, pos.x, pos.y)
        grid.settled.pop(eid, None)  # a shoved body is tested again next tick


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
