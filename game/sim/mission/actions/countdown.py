"""`countdown NAME SECONDS [label="TEXT"]` — start a countdown; with a label the HUD shows it.

Tiled: do = countdown police 180 label="POLICE"
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.state import Countdown
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("countdown", (Param("name", "text"), Param("seconds", "number")),
            (Param("label", "text"),))


def run(ctx: Ctx, line: Line) -> None:
    name = line.args[0]
    ctx.mission.countdowns[name] = Countdown(name, float(line.args[1]), line.option("label"))
