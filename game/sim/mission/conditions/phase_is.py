"""`phase_is NAME` — the mission is in this phase (a Phase object's name).

Tiled: when = phase_is getaway
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("phase_is", (Param("name", "phase"),))


def holds(ctx: Ctx, line: Line) -> bool:
    return ctx.mission.phase == line.args[0]
