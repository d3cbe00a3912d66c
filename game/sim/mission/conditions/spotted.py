"""`spotted WHO BY` — someone of BY has one of WHO in sight and knows it for an enemy.

Tiled: when = spotted player guards
"""

from __future__ import annotations

from game.sim.components import Awareness
from game.sim.mission.lines import Line
from game.sim.mission.lookup import members
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("spotted", (Param("who", "who"), Param("by", "who")))


def holds(ctx: Ctx, line: Line) -> bool:
    world = ctx.world
    wanted = set(members(world, ctx.mission, line.args[0]))
    for eid in members(world, ctx.mission, line.args[1]):
        aware = world.get(eid, Awareness)
        if aware is not None and aware.seen and aware.target in wanted:
            return True
    return False
