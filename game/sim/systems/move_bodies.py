"""Integrates velocity against the map's solids in sub-steps short enough that nothing tunnels."""

from __future__ import annotations

import math

from game.sim.collision_map import CollisionMap, Solid, push_circle_out
from game.sim.components import Body, Heading, Position, Velocity
from game.sim.world import World


def move_bodies(world: World, dt: float) -> None:
    cmap = world.resource(CollisionMap)
    clear, cell, cells = cmap.clear, cmap.cell, cmap.cells
    merged, near_box = cmap.merged, cmap.near_box
    cols, rows, width = cmap.cols, cmap.rows, cmap.cols + 2
    headings = world.store(Heading)
    # Each body moves against the static map alone, so the order they move in changes nothing.
    for eid, vel, pos, body in world.query(Velocity, Position, Body):
        vx, vy = vel.vx, vel.vy
        if vx == 0.0 and vy == 0.0:
            continue
        x0, y0 = pos.x, pos.y
        x1, y1 = x0 + vx * dt, y0 + vy * dt
        reach = body.radius + body.length * 0.5
        lx, hx = (x0 - reach, x1 + reach) if x0 <= x1 else (x1 - reach, x0 + reach)
        ly, hy = (y0 - reach, y1 + reach) if y0 <= y1 else (y1 - reach, y0 + reach)
        # Open ground all the way (most moves): CollisionMap.clear's look at the up to four
        # cells a walker's box covers, written out here because it runs for every mover.
        c0, c1, r0, r1 = int(lx // cell), int(hx // cell), int(ly // cell), int(hy // cell)
        if c1 - c0 <= 1 and r1 - r0 <= 1 and c0 > -1 and c1 < cols and r0 > -1 and r1 < rows:
            top, bottom = (r0 + 1) * width + 1, (r1 + 1) * width + 1
            open_ground = not (top + c0 in cells or top + c1 in cells or bottom + c0 in cells
                               or bottom + c1 in cells)
        else:
            open_ground = clear(lx, ly, hx, hy)
        if not open_ground:
            # slide_near_solids' first looks, written out for a walker (a circle): the solids
            # near the move (remembered by its cells), and whether any reaches into its box.
            solids = merged.get((c0, r0, c1, r1)) or near_box(lx, ly, hx, hy)
            if not solids:
                pass
            elif body.length <= 0.0 and not _touches(solids, lx, ly, hx, hy):
                steps = max(1, math.ceil(math.hypot(x1 - x0, y1 - y0) / (body.radius * 0.5)))
                sx, sy = (x1 - x0) / steps, (y1 - y0) / steps
                x1, y1 = x0, y0
                for _ in range(steps):  # the same sums as the slide, with no push-outs
                    x1, y1 = x1 + sx, y1 + sy
            else:
                x1, y1 = slide_near_solids(cmap, body, headings.get(eid), x0, y0, x1, y1)
        pos.x, pos.y = x1, y1
        # What the walls allowed becomes the velocity: sliding keeps only the free component.
        vel.vx, vel.vy = (x1 - x0) / dt, (y1 - y0) / dt


def slide_body(
    cmap: CollisionMap, body: Body, heading: Heading | None, x0: float, y0: float,
    x1: float, y1: float,
) -> tuple[float, float]:
    """Move from (x0, y0) toward (x1, y1) in sub-steps of at most half the radius, pushed out of
    the solids after each, so no move of any length passes through a wall or a corner pinch."""
    reach = body.radius + body.length * 0.5
    lx, hx = (x0, x1) if x0 <= x1 else (x1, x0)
    ly, hy = (y0, y1) if y0 <= y1 else (y1, y0)
    if cmap.clear(lx - reach, ly - reach, hx + reach, hy + reach):
        return x1, y1  # open ground all the way: nothing to slide along
    return slide_near_solids(cmap, body, heading, x0, y0, x1, y1)


def slide_near_solids(
    cmap: CollisionMap, body: Body, heading: Heading | None, x0: float, y0: float,
    x1: float, y1: float,
) -> tuple[float, float]:
    """slide_body once ``clear`` has said there may be solids near the move."""
    reach = body.radius + body.length * 0.5
    lx, hx = (x0, x1) if x0 <= x1 else (x1, x0)
    ly, hy = (y0, y1) if y0 <= y1 else (y1, y0)
    solids = cmap.near_box(lx - reach, ly - reach, hx + reach, hy + reach)
    if not solids:
        return x1, y1
    steps = max(1, math.ceil(math.hypot(x1 - x0, y1 - y0) / (body.radius * 0.5)))
    sx, sy = (x1 - x0) / steps, (y1 - y0) / steps
    x, y = x0, y0
    if (body.length <= 0.0 or heading is None) and not _touches(
            solids, lx - reach, ly - reach, hx + reach, hy + reach):
        for _ in range(steps):  # solids near, none within reach: the same sums, no push-outs
            x, y = x + sx, y + sy
        return x, y
    for _ in range(steps):
        x, y = settle_body(cmap, x + sx, y + sy, body, heading)
    return x, y


def settle_body(
    cmap: CollisionMap, x: float, y: float, body: Body, heading: Heading | None
) -> tuple[float, float]:
    """Push a body out of the solids: circles directly, capsules by sampling their spine."""
    if body.length <= 0.0 or heading is None:
        return push_circle_out(cmap, x, y, body.radius)
    half = body.length * 0.5
    ux, uy = math.cos(heading.angle), math.sin(heading.angle)
    samples = max(2, math.ceil(body.length / body.radius) + 1)
    for i in range(samples):
        offset = -half + body.length * i / (samples - 1)
        cx, cy = x + ux * offset, y + uy * offset
        nx, ny = push_circle_out(cmap, cx, cy, body.radius)
        x, y = x + nx - cx, y + ny - cy
    return x, y


def _touches(solids: list[Solid], x0: float, y0: float, x1: float, y1: float) -> bool:
    """Whether any solid overlaps the box (a circle inside it can touch no other)."""
    for s in solids:  # noqa: SIM110 - a plain loop, no generator frame per call
        if s.x < x1 and x0 < s.x + s.w and s.y < y1 and y0 < s.y + s.h:
            return True
    return False
