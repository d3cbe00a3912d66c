"""`behave WHO BEHAVIOUR` — set the standing behaviour of a group's AIs: idle, hold, patrol,
guard, wander, flee, follow (the player), advance (close in on the nearest enemy) or cover
(hold where they stand).

Tiled: do = behave guards flee
"""

from __future__ import annotations

from game.sim.components import Brain, Position
from game.sim.mission.lines import Line
from game.sim.mission.lookup import members
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("behave", (Param("who", "who"), Param("behaviour", "behaviour")))


def run(ctx: Ctx, line: Line) -> None:
    world, wanted = ctx.world, line.args[1]
    for eid in members(world, ctx.mission, line.args[0]):
        brain, pos = world.get(eid, Brain), world.get(eid, Position)
        if brain is None or pos is None:
            continue
        if wanted == "cover":
            brain.behaviour, brain.home_x, brain.home_y = "hold", pos.x, pos.y
        elif wanted == "advance":
            from game.sim.mission.ai_goals import advance

            advance(world, eid, brain)
        elif wanted == "follow":
            brain.behaviour, brain.leader = "follow", ctx.mission.player
        else:
            brain.behaviour = wanted
