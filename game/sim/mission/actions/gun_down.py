"""`gun_down WHO [rounds=N]` — a story death: the nearest enemy of WHO fires a burst of N
rounds (4 unless given) and WHO is killed where he stands, credited to that shooter.

Tiled: do = gun_down Breedan rounds=4
"""

from __future__ import annotations

from game.sim.components import Dead, Position
from game.sim.damage import kill
from game.sim.mission.lines import Line
from game.sim.mission.lookup import members
from game.sim.mission.scripted_fire import fire_at
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("gun_down", (Param("who", "who"),), (Param("rounds", "int"),))


def run(ctx: Ctx, line: Line) -> None:
    world = ctx.world
    rounds = int(line.option("rounds")) if line.has("rounds") else 4
    for eid in members(world, ctx.mission, line.args[0]):
        pos = world.get(eid, Position)
        if pos is None or world.has(eid, Dead):
            continue
        kill(world, eid, fire_at(world, eid, pos, rounds), pos.x, pos.y)
