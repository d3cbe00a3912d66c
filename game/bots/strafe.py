"""Side-stepping while trading fire: a body crossing the shooter's line is far harder to hit
than one standing still, so the bot sways across the line to its target, turning back before a
wall or a step that would lose the line of fire, never drifting far from where the fight
began. Only against a man who shoots back: an unarmed target gets a steady aim."""

from __future__ import annotations

import math

from game.sim.ballistics import share_through
from game.sim.collision_map import CollisionMap
from game.sim.components import Intent, Position
from game.sim.navigation import NavGrid
from game.sim.units import metres
from game.sim.world import World

LEG_S = 0.8  # seconds each way
TETHER_PX = metres(2.5)  # step back toward the anchor when further than this from it
LOOK_AHEAD_PX = metres(1.0)  # turn back before a wall this close ...
KEEP_LINE_SHARE = 0.9  # ... or before a step that would put a door frame in the line of fire


def strafe(world: World, intent: Intent, pos: Position, threat: tuple[float, float],
           anchor: tuple[float, float]) -> None:
    """Move across the line from ``pos`` to ``threat``, alternating sides every LEG_S."""
    dx, dy = threat[0] - pos.x, threat[1] - pos.y
    length = math.hypot(dx, dy) or 1.0
    side_x, side_y = -dy / length, dx / length
    sign = 1.0 if int(world.time_s / LEG_S) % 2 == 0 else -1.0
    off_x, off_y = pos.x - anchor[0], pos.y - anchor[1]
    if math.hypot(off_x, off_y) > TETHER_PX:  # drifted: the leg that heads back home
        sign = -1.0 if off_x * side_x + off_y * side_y > 0.0 else 1.0
    grid, cmap = world.resource(NavGrid), world.resource(CollisionMap)
    for s in (sign, -sign):
        x, y = pos.x + s * side_x * LOOK_AHEAD_PX, pos.y + s * side_y * LOOK_AHEAD_PX
        if grid.open(*grid.tile_of(x, y)) and \
                share_through(cmap, x, y, *threat) >= KEEP_LINE_SHARE:
            intent.move_x, intent.move_y = s * side_x, s * side_y
            return
