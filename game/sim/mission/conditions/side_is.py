"""`side_is crew|lapd` — the player plays this side.

Tiled: when = side_is lapd
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("side_is", (Param("side", "side"),))


def holds(ctx: Ctx, line: Line) -> bool:
    return ctx.mission.side == line.args[0]
