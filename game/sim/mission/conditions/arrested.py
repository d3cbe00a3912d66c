"""`arrested WHO N` — at least N of WHO have surrendered with an officer (lapd) within 3 m.

Tiled: when = arrested crew 2
"""

from __future__ import annotations

import math

from game.sim.components import Dead, Faction, Position, Surrendered
from game.sim.mission.lines import Line
from game.sim.mission.lookup import members, standing
from game.sim.mission.vocabulary import Ctx, Param, Verb
from game.sim.units import metres
from game.sim.world import World

VERB = Verb("arrested", (Param("who", "who"), Param("n", "int")))
ARREST_PX = metres(3.0)


def holds(ctx: Ctx, line: Line) -> bool:
    found = members(ctx.world, ctx.mission, line.args[0])
    return sum(1 for e in found if is_arrested(ctx.world, e)) >= int(line.args[1])


def is_arrested(world: World, eid: int) -> bool:
    pos = world.get(eid, Position)
    if pos is None or not world.has(eid, Surrendered) or world.has(eid, Dead):
        return False
    return any(f.side == "lapd" and standing(world, o)
               and math.hypot(p.x - pos.x, p.y - pos.y) <= ARREST_PX
               for o, f, p in world.query(Faction, Position) if o != eid)
