"""`goto WHO REGION` — the group's AIs make for the region (their goal; they fight on the way
and hold there).

Tiled: do = goto unit-a bank-steps
"""

from __future__ import annotations

from game.sim.mission.ai_goals import send_to
from game.sim.mission.lines import Line
from game.sim.mission.lookup import members, region
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("goto", (Param("who", "who"), Param("region", "region")))


def run(ctx: Ctx, line: Line) -> None:
    area = region(ctx.world, line.args[1])
    if area is not None:
        send_to(ctx.world, members(ctx.world, ctx.mission, line.args[0]), area, ordered=True)
