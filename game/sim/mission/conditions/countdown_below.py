"""`countdown_below NAME SECONDS` — the countdown is running with at most SECONDS left
(radio calls at two minutes, cars rolling before the end).

Tiled: when = countdown_below police 60
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("countdown_below", (Param("name", "countdown"), Param("seconds", "number")))


def holds(ctx: Ctx, line: Line) -> bool:
    clock = ctx.mission.countdowns.get(line.args[0])
    return clock is not None and clock.left_s <= float(line.args[1]) + 1e-9
