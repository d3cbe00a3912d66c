"""`clock_at SECONDS` — the mission has run at least this many seconds.

Tiled: when = clock_at 90
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("clock_at", (Param("seconds", "number"),))


def holds(ctx: Ctx, line: Line) -> bool:
    return ctx.world.time_s + 1e-9 >= float(line.args[0])
