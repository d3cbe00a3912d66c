"""`slip_away WHO` — WHO, if still on his feet, leaves the map free: gone without a body, and
the debrief's roll call says he got away.

Tiled: do = slip_away Cheritto
"""

from __future__ import annotations

from game.sim.components import Name
from game.sim.mission.lines import Line
from game.sim.mission.lookup import members, standing
from game.sim.mission.state import GOT_AWAY
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("slip_away", (Param("who", "who"),))


def run(ctx: Ctx, line: Line) -> None:
    world, mission = ctx.world, ctx.mission
    for eid in members(world, mission, line.args[0]):
        if eid == mission.player or not standing(world, eid):
            continue
        name = world.get(eid, Name)
        world.despawn(eid)
        if name is not None:
            mission.hook_state[GOT_AWAY] = (*mission.hook_state.get(GOT_AWAY, ()), name.name)
