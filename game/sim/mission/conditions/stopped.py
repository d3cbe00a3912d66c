"""`stopped VEHICLE` — the vehicle has come to the end of its route, or was stopped or wrecked.

Tiled: when = stopped truck
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.lookup import find
from game.sim.mission.vocabulary import Ctx, Param, Verb
from game.sim.vehicles import Vehicle

VERB = Verb("stopped", (Param("vehicle", "vehicle"),))


def holds(ctx: Ctx, line: Line) -> bool:
    car = ctx.world.get(find(ctx.world, line.args[0]), Vehicle)
    return car is not None and car.state in ("stopped", "wrecked")
