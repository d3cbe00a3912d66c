"""`drive VEHICLE [ROUTE] [speed=MPS]` — start a vehicle along a PatrolPath (its own route
when none is named), at its own speed or `speed` metres per second.

Tiled: do = drive tow ram-route speed=15
"""

from __future__ import annotations

from game.level.model import LevelModel
from game.sim.components import Position, Route
from game.sim.mission.lines import Line
from game.sim.mission.lookup import find
from game.sim.mission.vocabulary import Ctx, Param, Verb
from game.sim.units import metres
from game.sim.vehicles import Vehicle, first_waypoint

VERB = Verb("drive", (Param("vehicle", "vehicle"), Param("route", "route", optional=True)),
            (Param("speed", "number"),))


def run(ctx: Ctx, line: Line) -> None:
    world = ctx.world
    eid = find(world, line.args[0])
    car = world.get(eid, Vehicle)
    if car is None or car.state == "wrecked":
        return
    if len(line.args) > 1:
        level = world.resources.get(LevelModel)
        path = next((o for o in level.objects if o.name == line.args[1]), None) if level else None
        pos = world.get(eid, Position)
        if path is not None and pos is not None and len(path.points) >= 2:
            world.add(eid, Route(path.points, loop=False, pause_s=0.0))
            car.waypoint = first_waypoint(path.points, pos.x, pos.y, 0.0)
    if line.has("speed"):
        car.speed = metres(float(line.option("speed")))
    car.state = "driving"
