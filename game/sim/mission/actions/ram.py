"""`ram VEHICLE TARGET [speed=MPS]` — drive VEHICLE along its route into TARGET; on contact
TARGET is wrecked and shoved, VEHICLE stops, and `seen vehicle_rammed` holds that tick.

Tiled: do = ram tow truck speed=15
"""

from __future__ import annotations

from game.sim.mission.components import Ramming
from game.sim.mission.lines import Line
from game.sim.mission.lookup import find
from game.sim.mission.vocabulary import Ctx, Param, Verb
from game.sim.units import metres
from game.sim.vehicles import Vehicle

VERB = Verb("ram", (Param("vehicle", "vehicle"), Param("target", "vehicle")),
            (Param("speed", "number"),))


def run(ctx: Ctx, line: Line) -> None:
    world = ctx.world
    eid, target = find(world, line.args[0]), find(world, line.args[1])
    car = world.get(eid, Vehicle)
    if car is None or not target:
        return
    if line.has("speed"):
        car.speed = metres(float(line.option("speed")))
    car.state = "driving"
    world.add(eid, Ramming(target))
