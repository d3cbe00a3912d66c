"""`give_loot WHO VALUE [weight_kg=KG] [name=NAME] [group=GROUP]` — new loot worth VALUE
dollars into the hands of WHO (the first standing member); `seen loot_taken` holds.

Tiled: do = give_loot player 1600000 weight_kg=6 name=bonds
"""

from __future__ import annotations

from game.sim.mission.doings import give_loot
from game.sim.mission.lines import Line
from game.sim.mission.lookup import members, standing
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("give_loot", (Param("who", "who"), Param("value", "int")),
            (Param("weight_kg", "number"), Param("name", "text"), Param("group", "text")))


def run(ctx: Ctx, line: Line) -> None:
    world = ctx.world
    carrier = next((e for e in members(world, ctx.mission, line.args[0])
                    if standing(world, e)), 0)
    if carrier:
        give_loot(world, ctx.mission, carrier, int(line.args[1]),
                  float(line.option("weight_kg", "0")), line.option("name", "loot"),
                  line.option("group"))
