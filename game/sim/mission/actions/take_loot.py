"""`take_loot WHO` — everything WHO carries is taken away (confiscated, lost).

Tiled: do = take_loot crew
"""

from __future__ import annotations

from game.sim.mission.components import Loot
from game.sim.mission.doings import refresh_take
from game.sim.mission.lines import Line
from game.sim.mission.lookup import members
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("take_loot", (Param("who", "who"),))


def run(ctx: Ctx, line: Line) -> None:
    world = ctx.world
    holders = set(members(world, ctx.mission, line.args[0]))
    for eid, loot in world.query(Loot):
        if loot.carrier in holders:
            world.despawn(eid)
            loot.carrier = 0
    refresh_take(world, ctx.mission)
