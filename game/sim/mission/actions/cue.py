"""`cue SOUND [at=THING]` — play a sound from the game's sound set, optionally placed at a
named thing.

Tiled: do = cue ram_crash at=truck
"""

from __future__ import annotations

from game.sim.events import CueSounded
from game.sim.mission.doings import centre_of
from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("cue", (Param("sound", "text"),), (Param("at", "object"),))


def run(ctx: Ctx, line: Line) -> None:
    spot = centre_of(ctx.world, line.option("at")) if line.has("at") else None
    x, y = spot if spot is not None else (0.0, 0.0)
    ctx.world.emit(CueSounded(ctx.world.tick, line.args[0], x, y))
