"""`explode THING [radius_m=R] [damage=D] [offset_m=M]` — a blast at THING (offset along its
heading): damage falls off to nothing at R metres (defaults 4 m, 90); `seen explosion` holds.

Tiled: do = explode truck radius_m=4 damage=90 offset_m=-2.2
"""

from __future__ import annotations

import math

from game.sim.components import Position
from game.sim.damage import deal_damage
from game.sim.events import Exploded
from game.sim.mission.doings import offset_along
from game.sim.mission.lines import Line
from game.sim.mission.lookup import find
from game.sim.mission.vocabulary import Ctx, Param, Verb
from game.sim.units import metres

VERB = Verb("explode", (Param("thing", "object"),),
            (Param("radius_m", "number"), Param("damage", "number"), Param("offset_m", "number")))


def run(ctx: Ctx, line: Line) -> None:
    world = ctx.world
    spot = offset_along(world, line.args[0], metres(float(line.option("offset_m", "0"))))
    if spot is None:
        return
    radius = metres(float(line.option("radius_m", "4")))
    damage = float(line.option("damage", "90"))
    source = find(world, line.args[0])
    world.emit(Exploded(world.tick, *spot, radius))
    for eid, where in world.query(Position):
        d = math.hypot(where.x - spot[0], where.y - spot[1])
        if d < radius and eid != source:
            deal_damage(world, eid, 0, damage * (1.0 - d / radius))
