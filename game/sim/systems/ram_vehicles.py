"""A vehicle sent to ram another (the `ram` action) hits it: the target is wrecked and shoved,
the rammer stops, and VehicleRammed is emitted."""

from __future__ import annotations

import math

from game.sim.body_grid import body_segment
from game.sim.components import Body, Heading, Position, Velocity
from game.sim.events import VehicleRammed
from game.sim.geometry import closest_on_segment
from game.sim.mission.components import Ramming
from game.sim.units import metres
from game.sim.vehicles import Vehicle, nose
from game.sim.world import World

RAM_REACH_PX = metres(1.2)
SHOVE_PX_S = 90.0
SHOVE_TURN_RAD = 0.6


def ram_vehicles(world: World, dt: float) -> None:
    for eid, ram in world.query(Ramming):
        car = world.get(eid, Vehicle)
        target = world.get(ram.target, Vehicle)
        if car is None or target is None:
            world.remove(eid, Ramming)
            continue
        if _gap(world, eid, car, ram.target) > RAM_REACH_PX and car.state == "driving":
            continue  # still on its way (one that stopped short still counts as the ram)
        _hit(world, eid, car, ram.target, target)
        world.remove(eid, Ramming)


def _gap(world: World, eid: int, car: Vehicle, target: int) -> float:
    bumper = nose(world.get(eid, Position), world.get(eid, Heading), car.model)
    body = world.get(target, Body)
    spine = body_segment(world.get(target, Position), body, world.get(target, Heading))
    return math.dist(bumper, closest_on_segment(*bumper, *spine)) - body.radius


def _hit(world: World, eid: int, car: Vehicle, target_id: int, target: Vehicle) -> None:
    car.state, target.state = "stopped", "wrecked"
    angle = world.get(eid, Heading).angle
    heading = world.get(target_id, Heading)
    heading.angle += SHOVE_TURN_RAD  # shoved round by the blow
    push = world.get(target_id, Velocity)
    if push is not None:
        push.vx, push.vy = math.cos(angle) * SHOVE_PX_S, math.sin(angle) * SHOVE_PX_S
    pos = world.get(target_id, Position)
    world.emit(VehicleRammed(world.tick, pos.x, pos.y, eid, target_id))
