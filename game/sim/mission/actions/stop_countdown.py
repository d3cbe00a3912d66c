"""`stop_countdown NAME` — stop a countdown (it will not reach zero) and take it off the HUD.

Tiled: do = stop_countdown police
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("stop_countdown", (Param("name", "countdown"),))


def run(ctx: Ctx, line: Line) -> None:
    clock = ctx.mission.countdowns.get(line.args[0])
    if clock is not None:
        clock.running = False
