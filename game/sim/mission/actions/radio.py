"""`radio KEY` — play the lines filed under KEY in the mission's lines table (a `Lines`
object whose properties are KEY -> "Speaker: text", one line per line) as radio subtitles.
A speaker of the other side (an actor of that name, or Dispatch for the police) is not heard
by the player unless the line is marked `heard=SIDE` with the player's side, e.g. the crew's
police scanner; speakers of neither side are heard by everyone.

Tiled: do = radio zone heard=crew
"""

from __future__ import annotations

from game.sim.mission.doings import speak
from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("radio", (Param("key", "line"),), (Param("heard", "side"),))


def run(ctx: Ctx, line: Line) -> None:
    speak(ctx.world, ctx.mission, line.args[0], on_radio=True, heard=line.option("heard"))
