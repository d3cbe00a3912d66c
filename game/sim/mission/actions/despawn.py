"""`despawn WHO` — take WHO out of the world without a trace (no body, no casualty): for
someone who is not in this side's story, such as the other side's leader.

Tiled: do = despawn hanna
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.lookup import members
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("despawn", (Param("who", "who"),))


def run(ctx: Ctx, line: Line) -> None:
    for eid in members(ctx.world, ctx.mission, line.args[0]):
        if eid != ctx.mission.player:
            ctx.world.despawn(eid)
