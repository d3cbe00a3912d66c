"""`objective_failed ID` — the objective with this id has failed (broken, or failed by an action).

Tiled: when = objective_failed keep-hostage-alive
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("objective_failed", (Param("id", "objective"),))


def holds(ctx: Ctx, line: Line) -> bool:
    found = ctx.mission.objective(line.args[0])
    return found is not None and found.failed
