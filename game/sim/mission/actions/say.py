"""`say KEY` — like `radio`: the lines filed under KEY, spoken on the scene. A speaker of the
other side is heard only when the player is within 15 m of them.

Tiled: do = say bonds
"""

from __future__ import annotations

from game.sim.mission.doings import speak
from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("say", (Param("key", "line"),))


def run(ctx: Ctx, line: Line) -> None:
    speak(ctx.world, ctx.mission, line.args[0], on_radio=False)
