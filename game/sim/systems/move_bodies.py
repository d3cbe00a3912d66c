"""Integrates velocity against the map's solids in sub-steps short enough that nothing tunnels."""

from __future__ import annotations

import math

from game.sim.collision_map import CollisionMap, push_circle_out
from game.sim.components import Body, Heading, Position, Velocity
from game.sim.world import World


def move_bodies(world: World, dt: float) -> None:
    cmap = world.resource(CollisionMap)
    headings = world.store(Heading)
    for eid, pos, vel, body in world.query(Position, Velocity, Body):
        if vel.vx == 0.0 and vel.vy == 0.0:
            continue
        travel = math.hypot(vel.vx, vel.vy) * dt
        steps = max(1, math.ceil(travel / (body.radius * 0.5)))
        sx, sy = vel.vx * dt / steps, vel.vy * dt / steps
        x0, y0 = pos.x, pos.y
        for _ in range(steps):
            pos.x, pos.y = settle_body(cmap, pos.x + sx, pos.y + sy, body, headings.get(eid))
        # What the walls allowed becomes the velocity: sliding keeps only the free component.
        vel.vx, vel.vy = (pos.x - x0) / dt, (pos.y - y0) / dt


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
