"""`succeed_mission "REASON"` — the mission succeeds (unless an outcome is being held).

Tiled: do = succeed_mission "The crew is in custody."
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("succeed_mission", (Param("reason", "text"),))


def run(ctx: Ctx, line: Line) -> None:
    if not ctx.mission.succeed_reason:
        ctx.mission.succeed_reason = line.args[0]
