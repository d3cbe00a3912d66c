"""`seal_zone REGION` — the police close the region: raises the flag `sealed:REGION` and emits
ZoneSealed (`seen zone_sealed`). Pair it with `inside` conditions for what that costs.

Tiled: do = seal_zone zone
"""

from __future__ import annotations

from game.sim.events import ZoneSealed
from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("seal_zone", (Param("region", "region"),))


def run(ctx: Ctx, line: Line) -> None:
    ctx.mission.flags[f"sealed:{line.args[0]}"] = True
    ctx.world.emit(ZoneSealed(ctx.world.tick, line.args[0]))
