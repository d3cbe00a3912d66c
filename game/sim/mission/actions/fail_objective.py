"""`fail_objective OBJECTIVE` — mark an objective failed; a required one of the player's side
fails the mission.

Tiled: do = fail_objective protect-hostage
"""

from __future__ import annotations

from game.sim.mission.doings import fail_objective
from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("fail_objective", (Param("objective", "objective"),))


def run(ctx: Ctx, line: Line) -> None:
    fail_objective(ctx.world, ctx.mission, line.args[0])
