"""`leaves WHO REGION [count=N]` — true on the tick the number of WHO inside the region drops
below N (default 1) after having been at least N. WHO as for `inside`.

Tiled: when = leaves crew bank
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.lookup import inside_change
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("leaves", (Param("who", "who"), Param("region", "region")), (Param("count", "int"),))


def holds(ctx: Ctx, line: Line) -> bool:
    wanted, before, now = inside_change(ctx, line)
    return before >= wanted > now
