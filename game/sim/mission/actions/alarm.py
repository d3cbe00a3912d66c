"""`alarm REGION` — an alarm goes off in the region (`seen alarm`).

Tiled: do = alarm bank
"""

from __future__ import annotations

from game.sim.events import AlarmRaised
from game.sim.mission.doings import centre_of
from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("alarm", (Param("region", "region"),))


def run(ctx: Ctx, line: Line) -> None:
    x, y = centre_of(ctx.world, line.args[0]) or (0.0, 0.0)
    ctx.world.emit(AlarmRaised(ctx.world.tick, x, y, line.args[0]))
