"""`hold_outcome` — success waits (a set piece is playing out) until `release_outcome`.

Tiled: on_enter = hold_outcome
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Verb

VERB = Verb("hold_outcome")


def run(ctx: Ctx, line: Line) -> None:
    ctx.mission.holding = True
