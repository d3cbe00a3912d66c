"""`make_hostile WHO [side=crew|lapd]` — the group changes sides: to `side`, or by default to
the side the player fights.

Tiled: do = make_hostile bodyguard side=crew
"""

from __future__ import annotations

from game.sim.components import Faction
from game.sim.mission.lines import Line
from game.sim.mission.lookup import forget, members
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("make_hostile", (Param("who", "who"),), (Param("side", "side"),))


def run(ctx: Ctx, line: Line) -> None:
    enemy = "lapd" if ctx.mission.side == "crew" else "crew"
    side = line.option("side", enemy)
    for eid in members(ctx.world, ctx.mission, line.args[0]):
        faction = ctx.world.get(eid, Faction)
        if faction is not None:
            faction.side = side
    forget(ctx.world)  # faction:SIDE now names other entities
