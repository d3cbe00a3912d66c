"""`fuse THING SECONDS [offset_m=M]` — warn that THING (offset along its heading, negative is
behind) will blow in SECONDS: bots and the HUD keep clear. Pair with a delayed `explode`.

Tiled: do = fuse truck 4 offset_m=-2.2
"""

from __future__ import annotations

from game.sim.events import FuseLit
from game.sim.mission.doings import offset_along
from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb
from game.sim.units import metres

VERB = Verb("fuse", (Param("thing", "object"), Param("seconds", "number")),
            (Param("offset_m", "number"),))


def run(ctx: Ctx, line: Line) -> None:
    spot = offset_along(ctx.world, line.args[0], metres(float(line.option("offset_m", "0"))))
    if spot is not None:
        ctx.world.emit(FuseLit(ctx.world.tick, *spot, float(line.args[1])))
