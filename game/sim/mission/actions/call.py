"""`call HOOK` — run a function from the mission's own Python package (the map property
`package`, a folder under game/missions/): only for what cannot be map data.

Tiled: do = call waingro_temper
"""

from __future__ import annotations

from game.missions import hooks_for
from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("call", (Param("hook", "hook"),))


def run(ctx: Ctx, line: Line) -> None:
    hook = hooks_for(ctx.mission.package).get(line.args[0])
    if hook is not None:
        hook(ctx.world, ctx.mission)
