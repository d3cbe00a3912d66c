"""`fail_mission "REASON"` — the mission fails at the end of this tick with this reason.

Tiled: do = fail_mission "The police sealed the block."
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("fail_mission", (Param("reason", "text"),))


def run(ctx: Ctx, line: Line) -> None:
    if not ctx.mission.fail_reason:
        ctx.mission.fail_reason = line.args[0]
