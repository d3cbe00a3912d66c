"""`release_outcome` — let the mission end again after `hold_outcome`.

Tiled: do = release_outcome
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Verb

VERB = Verb("release_outcome")


def run(ctx: Ctx, line: Line) -> None:
    ctx.mission.holding = False
