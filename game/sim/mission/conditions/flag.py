"""`flag NAME` — a flag raised by `set_flag NAME` (or by the mission's own hook) is up.

Tiled: when = flag escalated
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("flag", (Param("name", "flag"),))


def holds(ctx: Ctx, line: Line) -> bool:
    return ctx.mission.flags.get(line.args[0], False)
