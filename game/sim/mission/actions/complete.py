"""`complete OBJECTIVE` — mark an objective done (any kind; `scripted` ones need this).
Completing a `fail` objective fails the mission with its text.

Tiled: do = complete ram
"""

from __future__ import annotations

from game.sim.mission.doings import complete_objective
from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("complete", (Param("objective", "objective"),))


def run(ctx: Ctx, line: Line) -> None:
    complete_objective(ctx.world, ctx.mission, line.args[0])
