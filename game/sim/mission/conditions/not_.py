"""`not CONDITION...` — the condition written after it does not hold.

Tiled: when = not objective_done bonds
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("not", (Param("condition", "condition"),))


def holds(ctx: Ctx, line: Line) -> bool:
    from game.sim.mission.run_lines import condition_holds, inner_line

    return not condition_holds(ctx, inner_line(ctx, line))
