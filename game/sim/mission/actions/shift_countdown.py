"""`shift_countdown NAME SECONDS [least=SECONDS]` — add (or, negative, take) time from a
running countdown; never below `least` (default 0).

Tiled: do = shift_countdown police -45 least=20
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("shift_countdown", (Param("name", "countdown"), Param("seconds", "number")),
            (Param("least", "number"),))


def run(ctx: Ctx, line: Line) -> None:
    clock = ctx.mission.countdowns.get(line.args[0])
    if clock is not None and not clock.done:
        least = float(line.option("least", "0"))
        clock.left_s = max(min(least, clock.left_s), clock.left_s + float(line.args[1]))
