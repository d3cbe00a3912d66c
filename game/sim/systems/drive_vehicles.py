"""Drives each driving vehicle along its route: turns toward the next point, slows for bends,
stops at the end; parked, stopped and wrecked vehicles roll to a halt."""

from __future__ import annotations

import math

from game.sim.components import Heading, Position, Route, Velocity
from game.sim.geometry import wrap_angle
from game.sim.vehicles import MODELS, Vehicle
from game.sim.world import World

ARRIVE_PX = 28.0
BRAKE_PER_S = 3.0  # share of speed lost per second when not driving


def drive_vehicles(world: World, dt: float) -> None:
    routes = world.store(Route)
    for eid, car, pos, heading in world.query(Vehicle, Position, Heading):
        vel = world.get(eid, Velocity)
        if vel is None:
            continue
        route = routes.get(eid)
        if car.state != "driving" or route is None:
            _brake(vel, dt)
            continue
        target = _next_point(car, route, pos)
        if target is None:
            car.state = "stopped"
            _brake(vel, dt)
            continue
        want = math.atan2(target[1] - pos.y, target[0] - pos.x)
        turn = wrap_angle(want - heading.angle)
        limit = MODELS[car.model].turn_rate * dt
        heading.angle = wrap_angle(heading.angle + max(-limit, min(limit, turn)))
        speed = car.speed * max(0.3, math.cos(min(abs(turn), math.pi / 2)))
        vel.vx, vel.vy = math.cos(heading.angle) * speed, math.sin(heading.angle) * speed


def _next_point(car: Vehicle, route: Route, pos: Position) -> tuple[float, float] | None:
    while car.waypoint < len(route.points):
        px, py = route.points[car.waypoint]
        if math.hypot(px - pos.x, py - pos.y) > ARRIVE_PX:
            return px, py
        car.waypoint += 1
        if route.loop and car.waypoint == len(route.points):
            car.waypoint = 0
    return None


def _brake(vel: Velocity, dt: float) -> None:
    keep = max(0.0, 1.0 - BRAKE_PER_S * dt)
    vel.vx *= keep
    vel.vy *= keep
    if abs(vel.vx) < 1.0 and abs(vel.vy) < 1.0:
        vel.vx = vel.vy = 0.0
