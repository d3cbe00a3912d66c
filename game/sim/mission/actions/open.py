"""`open DOOR` — open a Door (unlocking it): it no longer blocks movement, sight or rounds.

Tiled: do = open vault-door
"""

from __future__ import annotations

from game.sim.mission.doors import set_door
from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("open", (Param("door", "door"),))


def run(ctx: Ctx, line: Line) -> None:
    set_door(ctx.world, line.args[0], opened=True, locked=False)
