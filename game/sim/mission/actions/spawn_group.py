"""`spawn_group NAME [at=THING]` — bring in the actors and vehicles of the hidden object layer
`spawn:NAME`; with `at=` the group is centred on a named vehicle, actor or region.

Tiled: do = spawn_group officers at=unit-north
"""

from __future__ import annotations

from game.sim.mission.doings import centre_of, spawn_group
from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("spawn_group", (Param("name", "layer"),), (Param("at", "object"),))


def run(ctx: Ctx, line: Line) -> None:
    at = centre_of(ctx.world, line.option("at")) if line.has("at") else None
    spawn_group(ctx.world, ctx.mission, line.args[0], at)
