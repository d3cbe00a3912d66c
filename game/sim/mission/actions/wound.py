"""`wound WHO [rounds=N]` — a story wound: the nearest enemy of WHO fires a burst of N rounds
(2 unless given) and WHO goes down, alive, to be dragged or carried (hold Interact over him).

Tiled: do = wound Shiherlis rounds=2
"""

from __future__ import annotations

from game.sim.components import Position
from game.sim.damage import down
from game.sim.mission.lines import Line
from game.sim.mission.lookup import members, standing
from game.sim.mission.scripted_fire import fire_at
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("wound", (Param("who", "who"),), (Param("rounds", "int"),))


def run(ctx: Ctx, line: Line) -> None:
    world = ctx.world
    rounds = int(line.option("rounds")) if line.has("rounds") else 2
    for eid in members(world, ctx.mission, line.args[0]):
        pos = world.get(eid, Position)
        if pos is None or not standing(world, eid):
            continue
        down(world, eid, fire_at(world, eid, pos, rounds), pos.x, pos.y)
