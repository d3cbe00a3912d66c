"""`objective_done ID` — the objective with this id is complete.

Tiled: when = objective_done bonds
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("objective_done", (Param("id", "objective"),))


def holds(ctx: Ctx, line: Line) -> bool:
    found = ctx.mission.objective(line.args[0])
    return found is not None and found.done
