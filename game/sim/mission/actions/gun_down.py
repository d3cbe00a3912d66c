"""`gun_down WHO [rounds=N] [by=WHO] [weapon=W]` — a story death: a burst of N rounds (4
unless given) and WHO is killed where he stands, credited to the shooter. The shooter is the
nearest enemy of WHO, or the first of `by` on his feet (none standing: nobody dies); the burst
sounds as a `weapon` (a rifle unless given).

Tiled: do = gun_down Breedan rounds=4
Tiled: do = gun_down Waingro rounds=2 by=McCauley weapon=pistol
"""

from __future__ import annotations

from game.sim.components import Dead, Position
from game.sim.damage import kill
from game.sim.mission.lines import Line
from game.sim.mission.lookup import members
from game.sim.mission.scripted_fire import fire_at, named_shooter
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("gun_down", (Param("who", "who"),),
            (Param("rounds", "int"), Param("by", "who"), Param("weapon", "gun")))


def run(ctx: Ctx, line: Line) -> None:
    world = ctx.world
    rounds = int(line.option("rounds")) if line.has("rounds") else 4
    shooter = named_shooter(ctx, line.option("by")) if line.has("by") else None
    if shooter == 0:
        return  # the one meant to fire is down or gone: the story moment does not happen
    weapon = line.option("weapon") if line.has("weapon") else "rifle"
    for eid in members(world, ctx.mission, line.args[0]):
        pos = world.get(eid, Position)
        if pos is None or world.has(eid, Dead):
            continue
        kill(world, eid, fire_at(world, eid, pos, rounds, shooter, weapon), pos.x, pos.y)
