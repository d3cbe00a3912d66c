"""`set_flag NAME` / `set_flag NAME off` — raise (or lower) a named flag, tested by `flag NAME`.

Tiled: do = set_flag escalated
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("set_flag", (Param("name", "text"), Param("state", "text", optional=True)))


def run(ctx: Ctx, line: Line) -> None:
    ctx.mission.flags[line.args[0]] = not (len(line.args) > 1 and line.args[1] == "off")
