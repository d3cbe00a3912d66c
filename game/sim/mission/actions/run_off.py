"""`run_off WHO DIRECTION [shove=N]` — WHO's AIs bolt north, south, east or west (up, down,
right or left on the map) in a straight line, taken out of their brains' hands (they neither
stop nor fire); with `shove`, each is N times as heavy from now on, so he shoves through those
in his way. The player is never moved.

Tiled: do = run_off Waingro north shove=6
"""

from __future__ import annotations

from types import MappingProxyType

from game.sim.components import Body, Intent
from game.sim.mission.ai_goals import take_in_hand
from game.sim.mission.lines import Line
from game.sim.mission.lookup import members, standing
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("run_off", (Param("who", "who"), Param("direction", "direction")),
            (Param("shove", "number"),))
HEADINGS = MappingProxyType({"north": (0.0, -1.0), "south": (0.0, 1.0), "east": (1.0, 0.0),
                             "west": (-1.0, 0.0)})


def run(ctx: Ctx, line: Line) -> None:
    world, mission = ctx.world, ctx.mission
    move_x, move_y = HEADINGS.get(line.args[1], (0.0, 0.0))
    shove = float(line.option("shove")) if line.has("shove") else 1.0
    for eid in members(world, mission, line.args[0]):
        intent = world.get(eid, Intent)
        if eid == mission.player or intent is None or not standing(world, eid):
            continue
        take_in_hand(world, eid)
        intent.move_x, intent.move_y, intent.fire = move_x, move_y, False
        body = world.get(eid, Body)
        if body is not None:
            body.mass *= shove
