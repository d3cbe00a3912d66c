"""`set_phase NAME` — enter a phase at the start of the next tick (its `on_enter` runs then).

Tiled: do = set_phase getaway
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("set_phase", (Param("name", "phase"),))


def run(ctx: Ctx, line: Line) -> None:
    ctx.mission.next_phase = line.args[0]
