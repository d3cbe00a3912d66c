"""Turns each actor's Intent into velocity (accelerating, analog) and a heading toward the aim."""

from __future__ import annotations

import math

from game.sim.components import (
    Dead,
    Downed,
    Heading,
    Intent,
    Mover,
    Position,
    Surrendered,
    Velocity,
)
from game.sim.world import World


def steer_actors(world: World, dt: float) -> None:
    still = _still(world)
    headings = world.store(Heading)
    positions = world.store(Position)
    hypot, atan2 = math.hypot, math.atan2
    for eid, intent, mover, vel in world.query(Intent, Mover, Velocity):
        stopped = eid in still
        mx, my = (0.0, 0.0) if stopped else (intent.move_x, intent.move_y)
        length = hypot(mx, my)
        if length > 1.0:
            mx, my = mx / length, my / length
        want_x, want_y = mx * mover.max_speed, my * mover.max_speed
        dx, dy = want_x - vel.vx, want_y - vel.vy
        if dx or dy:  # _accelerate, inline: this runs for every actor, every tick
            change, max_change = hypot(dx, dy), mover.accel * dt
            if change <= max_change:
                vel.vx, vel.vy = want_x, want_y
            else:
                vel.vx += dx / change * max_change
                vel.vy += dy / change * max_change
        else:  # already there (as _accelerate would set)
            vel.vx, vel.vy = want_x, want_y
        if stopped:
            continue
        heading, pos = headings.get(eid), positions.get(eid)
        if heading is not None and pos is not None:
            ax, ay = intent.aim_x - pos.x, intent.aim_y - pos.y
            if ax * ax + ay * ay > 1.0:
                heading.angle = atan2(ay, ax)


def _still(world: World) -> set[int]:
    """Actors that neither move nor turn: the dead, the downed and those with hands up."""
    return set(world.store(Dead)) | set(world.store(Downed)) | set(world.store(Surrendered))
