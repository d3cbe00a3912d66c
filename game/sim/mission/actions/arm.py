"""`arm WHO WEAPON` — give the group this weapon (none takes guns away); the surrendered take
their hands down.

Tiled: do = arm officers rifle
"""

from __future__ import annotations

from game.sim.components import Surrendered, Weapon
from game.sim.mission.lines import Line
from game.sim.mission.lookup import members, standing
from game.sim.mission.vocabulary import Ctx, Param, Verb
from game.sim.weapons import weapon_spec

VERB = Verb("arm", (Param("who", "who"), Param("weapon", "weapon")))


def run(ctx: Ctx, line: Line) -> None:
    world, kind = ctx.world, line.args[1]
    for eid in members(world, ctx.mission, line.args[0]):
        if kind == "none":
            world.remove(eid, Weapon)
            continue
        if world.has(eid, Surrendered) or standing(world, eid):
            world.remove(eid, Surrendered)
            world.add(eid, Weapon(kind, weapon_spec(kind).magazine))
