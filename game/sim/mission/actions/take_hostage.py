"""`take_hostage WHO HOSTAGE` — WHO grabs HOSTAGE and holds her a step in front of him, between
himself and his nearest enemy; both stand where they are until something else moves them.
Nothing happens unless both are on their feet.

Tiled: do = take_hostage Cheritto hostage
"""

from __future__ import annotations

import math

from game.sim.components import Brain, Position
from game.sim.mission.lines import Line
from game.sim.mission.lookup import members, standing
from game.sim.mission.scripted_fire import nearest_enemy
from game.sim.mission.vocabulary import Ctx, Param, Verb
from game.sim.units import metres

VERB = Verb("take_hostage", (Param("who", "who"), Param("hostage", "who")))
GAP_PX = metres(0.7)  # the hostage is held this close, towards the enemy


def run(ctx: Ctx, line: Line) -> None:
    world = ctx.world
    takers = members(world, ctx.mission, line.args[0])
    held = members(world, ctx.mission, line.args[1])
    if not (takers and held and standing(world, takers[0]) and standing(world, held[0])):
        return
    taker, hostage = takers[0], held[0]
    him, her = world.get(taker, Position), world.get(hostage, Position)
    enemy = nearest_enemy(world, taker)
    towards = world.get(enemy, Position) if enemy else None
    angle = math.atan2(towards.y - him.y, towards.x - him.x) if towards else 0.0
    her.x = him.x + math.cos(angle) * GAP_PX
    her.y = him.y + math.sin(angle) * GAP_PX
    for eid, where in ((taker, him), (hostage, her)):
        brain = world.get(eid, Brain)
        if brain is not None:
            brain.behaviour, brain.leader = "hold", 0
            brain.home_x, brain.home_y = where.x, where.y
