"""`surrender WHO` — the group puts its hands up and drops its guns.

Tiled: do = surrender guards
"""

from __future__ import annotations

from game.sim.components import Surrendered, Weapon
from game.sim.mission.lines import Line
from game.sim.mission.lookup import members, standing
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("surrender", (Param("who", "who"),))


def run(ctx: Ctx, line: Line) -> None:
    world = ctx.world
    for eid in members(world, ctx.mission, line.args[0]):
        if standing(world, eid):
            world.remove(eid, Weapon)
            world.add(eid, Surrendered(world.time_s))
