"""`surrendered WHO N` — at least N of WHO have their hands up.

Tiled: when = surrendered guards 2
"""

from __future__ import annotations

from game.sim.components import Dead, Surrendered
from game.sim.mission.lines import Line
from game.sim.mission.lookup import members
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("surrendered", (Param("who", "who"), Param("n", "int")))


def holds(ctx: Ctx, line: Line) -> bool:
    world = ctx.world
    found = members(world, ctx.mission, line.args[0])
    return sum(1 for e in found if world.has(e, Surrendered) and not world.has(e, Dead)) \
        >= int(line.args[1])
