"""`wreck VEHICLE` — the vehicle is disabled for good (tyres gone, engine dead).

Tiled: do = wreck unit-north
"""

from __future__ import annotations

from game.sim.mission.lines import Line
from game.sim.mission.lookup import find
from game.sim.mission.vocabulary import Ctx, Param, Verb
from game.sim.vehicles import Vehicle

VERB = Verb("wreck", (Param("vehicle", "vehicle"),))


def run(ctx: Ctx, line: Line) -> None:
    car = ctx.world.get(find(ctx.world, line.args[0]), Vehicle)
    if car is not None:
        car.state = "wrecked"
