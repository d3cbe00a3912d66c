"""`inside WHO REGION [count=N]` — at least N (default 1) of WHO stand inside the region.
WHO is an actor's name, a group, `faction:crew|lapd|guard|civilian`, `player`, `loot` or
`loot:GROUP` (loot being carried counts where its carrier is).

Tiled: when = inside player switch-car
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.lookup import inside_count
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("inside", (Param("who", "who"), Param("region", "region")), (Param("count", "int"),))


def holds(ctx: Ctx, line: Line) -> bool:
    wanted = int(line.option("count", "1"))
    return inside_count(ctx.world, ctx.mission, line.args[0], line.args[1]) >= wanted
