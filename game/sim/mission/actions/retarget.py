"""`retarget OBJECTIVE REGION` — an open objective now points at another region: what it asks
for (reach, hold, prevent, escort, carry) and where its HUD marker points change with it, its
text stays. A done or failed objective is left as it was.

Tiled: do = retarget out far-gap
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("retarget", (Param("objective", "objective"), Param("region", "region")))


def run(ctx: Ctx, line: Line) -> None:
    objective = ctx.mission.objective(line.args[0])
    if objective is not None and not objective.done and not objective.failed:
        objective.target = line.args[1]
