"""`spawn_loot NAME REGION [value=N] [weight_kg=KG] [group=GROUP]` — loot appears on the
ground in the middle of the region, to be picked up.

Tiled: do = spawn_loot bag vault value=500000 weight_kg=15 group=bags
"""

from __future__ import annotations

from game.sim.components import Name, Position
from game.sim.mission.components import Loot
from game.sim.mission.doings import centre_of
from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("spawn_loot", (Param("name", "text"), Param("region", "region")),
            (Param("value", "int"), Param("weight_kg", "number"), Param("group", "text")))


def run(ctx: Ctx, line: Line) -> None:
    spot = centre_of(ctx.world, line.args[1])
    if spot is None:
        return
    ctx.world.spawn(Position(*spot), Name(line.args[0]),
                    Loot(line.args[0], int(line.option("value", "0")),
                         float(line.option("weight_kg", "0")), line.option("group")))
