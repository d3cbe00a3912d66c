"""`lock DOOR` — shut and lock a Door: nobody opens it by hand until `open DOOR`.

Tiled: do = lock bank-door
"""

from __future__ import annotations

from game.sim.mission.doors import set_door
from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("lock", (Param("door", "door"),))


def run(ctx: Ctx, line: Line) -> None:
    set_door(ctx.world, line.args[0], opened=False, locked=True)
