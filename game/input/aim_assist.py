"""Aim assist for the gamepad: the stick's aim bends toward the nearest enemy close to it.

Presentation-side help only: it changes the aim point the player's Intent carries, exactly as
a steadier thumb would, so the sim and replays are unaffected by how the aim was chosen.
"""

from __future__ import annotations

import math

from game.sim.ai.relations import hostile
from game.sim.components import Dead, Downed, Faction, Position, Target
from game.sim.units import metres
from game.sim.world import World

CONE_RAD = math.radians(25)  # at full strength, enemies this far off the stick are helped
RANGE_PX = metres(22)


def assisted_angle(world: World, player: int, angle: float, strength: float) -> float:
    """The stick's angle pulled toward the best enemy within the cone (by ``strength``, 0..1)."""
    if strength <= 0.0:
        return angle
    pos, side = world.get(player, Position), world.get(player, Faction)
    if pos is None or side is None:
        return angle
    best: tuple[float, float] | None = None  # (off-angle, angle to it)
    for eid, other in world.query(Position):
        if eid == player or world.has(eid, Dead) or world.has(eid, Downed):
            continue
        faction = world.get(eid, Faction)
        enemy = faction is not None and hostile(side.side, faction.side)
        if not (enemy or world.has(eid, Target)):
            continue
        dx, dy = other.x - pos.x, other.y - pos.y
        if math.hypot(dx, dy) > RANGE_PX:
            continue
        to_it = math.atan2(dy, dx)
        off = abs((to_it - angle + math.pi) % (2 * math.pi) - math.pi)
        if off <= CONE_RAD * strength and (best is None or off < best[0]):
            best = (off, to_it)
    if best is None:
        return angle
    pull = (best[1] - angle + math.pi) % (2 * math.pi) - math.pi
    return angle + pull * strength


def assist_stick_aim(world: World, player: int, aim: tuple[float, float],
                     strength: float) -> tuple[float, float]:
    """The aim point a stick gave, turned by the assist around the player (same distance)."""
    pos = world.get(player, Position)
    if pos is None or strength <= 0.0:
        return aim
    dx, dy = aim[0] - pos.x, aim[1] - pos.y
    angle = assisted_angle(world, player, math.atan2(dy, dx), strength)
    length = math.hypot(dx, dy)
    return pos.x + math.cos(angle) * length, pos.y + math.sin(angle) * length
