"""`countdown_done NAME` — the countdown started by `countdown NAME ...` has reached zero.

Tiled: when = countdown_done police
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("countdown_done", (Param("name", "countdown"),))


def holds(ctx: Ctx, line: Line) -> bool:
    clock = ctx.mission.countdowns.get(line.args[0])
    return clock is not None and clock.done
