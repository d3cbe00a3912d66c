"""`subtitle "TEXT"` — show one line of text with no speaker.

Tiled: do = subtitle "The street goes quiet."
"""

from __future__ import annotations

from game.sim.events import RadioChatter
from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("subtitle", (Param("text", "text"),))


def run(ctx: Ctx, line: Line) -> None:
    ctx.world.emit(RadioChatter(ctx.world.tick, "Narration", line.args[0]))
