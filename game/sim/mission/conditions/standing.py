"""`standing WHO N` — at most N of WHO are still standing (not dead, down or surrendered).

Tiled: when = standing crew 0
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.lookup import members, standing
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("standing", (Param("who", "who"), Param("n", "int")))


def holds(ctx: Ctx, line: Line) -> bool:
    found = members(ctx.world, ctx.mission, line.args[0])
    return sum(1 for e in found if standing(ctx.world, e)) <= int(line.args[1])
