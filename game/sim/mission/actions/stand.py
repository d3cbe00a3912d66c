"""`stand WHO [aim=WHO]` — a set piece takes WHO's AIs in hand: they stop where they are and
hold fire, out of their brains' hands for the rest of the mission; with `aim`, they level their
guns at the first of those on his feet (asked again each time the line runs, so a trigger that
runs it every tick keeps them tracking him). The player is never taken in hand.

Tiled: do = stand Shiherlis aim=Waingro
"""

from __future__ import annotations

from game.sim.components import Intent, Position
from game.sim.mission.ai_goals import take_in_hand
from game.sim.mission.lines import Line
from game.sim.mission.lookup import members, standing
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("stand", (Param("who", "who"),), (Param("aim", "who"),))


def run(ctx: Ctx, line: Line) -> None:
    world, mission = ctx.world, ctx.mission
    target = None
    if line.has("aim"):
        target = next((world.get(e, Position) for e in members(world, mission, line.option("aim"))
                       if standing(world, e)), None)
    for eid in members(world, mission, line.args[0]):
        if eid == mission.player:
            continue
        take_in_hand(world, eid)
        intent = world.get(eid, Intent)
        if intent is None:
            continue
        intent.move_x = intent.move_y = 0.0
        intent.fire = False
        if target is not None:
            intent.aim_x, intent.aim_y = target.x, target.y
