"""`phase_entered NAME` — true on the one tick the mission enters this phase.

Tiled: when = phase_entered shootout
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("phase_entered", (Param("name", "phase"),))


def holds(ctx: Ctx, line: Line) -> bool:
    mission = ctx.mission
    return mission.phase == line.args[0] and mission.phase_tick == ctx.world.tick
