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
    for eid, intent, mover, vel in world.query(Intent, Mover, Velocity):
        mx, my = (0.0, 0.0) if eid in still else (intent.move_x, intent.move_y)
        length = math.hypot(mx, my)
        if length > 1.0:
            mx, my = mx / length, my / length
        want_x, want_y = mx * mover.max_speed, my * mover.max_speed
        if want_x == vel.vx and want_y == vel.vy:  # already there (as _accelerate would set)
            vel.vx, vel.vy = want_x, want_y
        else:
            _accelerate(vel, want_x, want_y, mover.accel * dt)
        heading, pos = headings.get(eid), positions.get(eid)
        if heading is not None and pos is not None and eid not in still:
            ax, ay = intent.aim_x - pos.x, intent.aim_y - pos.y
            if ax * ax + ay * ay > 1.0:
                heading.angle = math.atan2(ay, ax)


def _accelerate(vel: Velocity, want_x: float, want_y: float, max_change: float) -> None:
    dx, dy = want_x - vel.vx, want_y - vel.vy
    change = math.hypot(dx, dy)
    if change <= max_change:
        vel.vx, vel.vy = want_x, want_y
    else:
        vel.vx += dx / change * max_change
        vel.vy += dy / change * max_change


def _still(world: World) -> set[int]:
    """Actors that neither move nor turn: the dead, the downed and those with hands up."""
    return set(world.store(Dead)) | set(world.store(Downed)) | set(world.store(Surrendered))
