"""Keeps each position and heading from the start of the tick, for interpolated drawing."""

from __future__ import annotations

from game.sim.components import Heading, Position
from game.sim.world import World


def remember_previous(world: World, dt: float) -> None:
    for pos in world.store(Position).values():
        pos.prev_x, pos.prev_y = pos.x, pos.y
    for heading in world.store(Heading).values():
        heading.prev_angle = heading.angle
