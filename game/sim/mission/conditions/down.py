"""`down WHO N` — at least N of WHO are dead or downed.

Tiled: when = down guards 1
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.lookup import is_down, members
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("down", (Param("who", "who"), Param("n", "int")))


def holds(ctx: Ctx, line: Line) -> bool:
    found = members(ctx.world, ctx.mission, line.args[0])
    return sum(1 for e in found if is_down(ctx.world, e)) >= int(line.args[1])
