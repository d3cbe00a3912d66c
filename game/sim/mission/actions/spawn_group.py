"""`spawn_group NAME [at=THING] [offset_m=M]` — bring in the actors and vehicles of the hidden
object layer `spawn:NAME`; with `at=` the group is centred on a named vehicle, actor or region
(`offset_m` along its heading; negative is behind it).

Tiled: do = spawn_group officers at=unit-north
"""

from __future__ import annotations

from game.sim.mission.doings import offset_along, spawn_group
from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb
from game.sim.units import metres

VERB = Verb("spawn_group", (Param("name", "layer"),),
            (Param("at", "object"), Param("offset_m", "number")))


def run(ctx: Ctx, line: Line) -> None:
    offset = metres(float(line.option("offset_m", "0")))
    at = offset_along(ctx.world, line.option("at"), offset) if line.has("at") else None
    spawn_group(ctx.world, ctx.mission, line.args[0], at)
