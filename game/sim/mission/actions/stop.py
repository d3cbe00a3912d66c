"""`stop VEHICLE` — the vehicle brakes to a halt where it is.

Tiled: do = stop unit-south
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.lookup import find
from game.sim.mission.vocabulary import Ctx, Param, Verb
from game.sim.vehicles import Vehicle

VERB = Verb("stop", (Param("vehicle", "vehicle"),))


def run(ctx: Ctx, line: Line) -> None:
    car = ctx.world.get(find(ctx.world, line.args[0]), Vehicle)
    if car is not None and car.state != "wrecked":
        car.state = "stopped"
