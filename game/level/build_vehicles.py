"""Vehicles from the map's Vehicle objects, with their routes from PatrolPath polylines."""

from __future__ import annotations

import math

from game.level.model import LevelModel
from game.sim.vehicles import spawn_vehicle
from game.sim.world import World


def spawn_vehicles(world: World, level: LevelModel) -> None:
    paths = {o.id: o for o in level.objects_of("PatrolPath")}
    for obj in level.objects_of("Vehicle"):
        p = obj.properties
        route_obj = paths.get(int(p["route"] or 0))
        route = route_obj.points if route_obj is not None else ()
        spawn_vehicle(world, p["model"], *obj.centre, math.radians(obj.rotation),
                      faction=p["faction"], speed_mps=float(p["speed_mps"]), route=route,
                      driving=not p["parked"] and bool(route), name=obj.name)
