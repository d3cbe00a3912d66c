"""`enters WHO REGION [count=N]` — true on the tick the number of WHO inside the region
reaches N (default 1). WHO as for `inside`.

Tiled: when = enters unit-north spike-strip
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.lookup import inside_change
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("enters", (Param("who", "who"), Param("region", "region")), (Param("count", "int"),))


def holds(ctx: Ctx, line: Line) -> bool:
    wanted, before, now = inside_change(ctx, line)
    return now >= wanted > before
