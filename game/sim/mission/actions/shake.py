"""`shake SECONDS STRENGTH` — shake the camera (strength in px).

Tiled: do = shake 0.6 10
"""

from __future__ import annotations

from game.sim.events import ScreenShaken
from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("shake", (Param("seconds", "number"), Param("strength", "number")))


def run(ctx: Ctx, line: Line) -> None:
    ctx.world.emit(ScreenShaken(ctx.world.tick, float(line.args[0]), float(line.args[1])))
