"""`radio KEY` — play the lines filed under KEY in the mission's lines table (a `Lines`
object whose properties are KEY -> "Speaker: text", one line per line) as radio subtitles.

Tiled: do = radio zone
"""

from __future__ import annotations

from game.sim.mission.doings import speak
from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("radio", (Param("key", "line"),))


def run(ctx: Ctx, line: Line) -> None:
    speak(ctx.world, ctx.mission, line.args[0])
