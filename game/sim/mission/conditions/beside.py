"""`beside WHO OTHER METRES` — some of WHO, alive (on his feet or down), is within METRES of
some of OTHER: a wounded man dragged along, a partner at your side.

Tiled: when = beside Shiherlis player 4
"""

from __future__ import annotations

import math

from game.sim.components import Dead, Position
from game.sim.mission.lines import Line
from game.sim.mission.lookup import members
from game.sim.mission.vocabulary import Ctx, Param, Verb
from game.sim.units import metres

VERB = Verb("beside", (Param("who", "who"), Param("other", "who"), Param("metres", "number")))


def holds(ctx: Ctx, line: Line) -> bool:
    world = ctx.world
    reach = metres(float(line.args[2]))
    near = [p for e in members(world, ctx.mission, line.args[1])
            if (p := world.get(e, Position)) is not None]
    for eid in members(world, ctx.mission, line.args[0]):
        pos = world.get(eid, Position)
        if pos is None or world.has(eid, Dead):
            continue
        if any(math.hypot(pos.x - o.x, pos.y - o.y) <= reach for o in near):
            return True
    return False
