"""`press_on WHO` — WHO's AIs do not dig in: each one holding a post it has not reached runs on
to it, shooting as it goes (the fight still aims and fires; this keeps the legs going). Run it
from a repeating trigger while the running fight lasts.

Tiled: do = press_on faction:crew
"""

from __future__ import annotations

import math

from game.sim.ai.alertness import set_state
from game.sim.ai.moves import RUN, go_to
from game.sim.components import Awareness, Brain, Position
from game.sim.mission.lines import Line
from game.sim.mission.lookup import members, standing
from game.sim.mission.vocabulary import Ctx, Param, Verb
from game.sim.units import metres

VERB = Verb("press_on", (Param("who", "who"),))
ARRIVED_PX = metres(3.0)


def run(ctx: Ctx, line: Line) -> None:
    world = ctx.world
    for eid in members(world, ctx.mission, line.args[0]):
        brain, pos = world.get(eid, Brain), world.get(eid, Position)
        if brain is None or pos is None or brain.leader or eid == ctx.mission.player \
                or not standing(world, eid) or brain.behaviour != "hold":
            continue
        if math.hypot(brain.home_x - pos.x, brain.home_y - pos.y) <= ARRIVED_PX:
            continue
        aware = world.get(eid, Awareness)
        if aware is not None and aware.state in ("suspicious", "searching"):
            set_state(world, eid, aware, "unaware", pos.x, pos.y)  # no hunting about: go
        brain.mode, brain.cover, brain.peeking = "retreat", -1, False
        go_to(world, eid, brain.home_x, brain.home_y, RUN)
