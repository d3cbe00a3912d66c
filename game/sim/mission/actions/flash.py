"""`flash SECONDS` — a white flash over the screen.

Tiled: do = flash 0.3
"""

from __future__ import annotations

from game.sim.events import ScreenFlashed
from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("flash", (Param("seconds", "number"),))


def run(ctx: Ctx, line: Line) -> None:
    ctx.world.emit(ScreenFlashed(ctx.world.tick, float(line.args[0])))
