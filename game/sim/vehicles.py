"""Vehicles as data: the Vehicle component, each model's size and handling, and spawning one."""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.sim.components import Appearance, Body, Heading, Name, Position, Route, Velocity
from game.sim.units import metres
from game.sim.world import World


@dataclass(slots=True)
class Vehicle:
    """A car or truck. Drives its Route when ``state`` is driving; the sim never steers it
    from a seat, so vehicles are scripted props that characters take cover behind."""

    model: str
    faction: str
    speed: float  # px/s when cruising
    state: str = "parked"  # parked | driving | stopped | wrecked
    waypoint: int = 0


@dataclass(frozen=True, slots=True)
class VehicleModel:
    length: float  # px, nose to tail (the sprite's width)
    width: float  # px
    mass: float
    turn_rate: float  # rad/s at cruising speed


MODELS: dict[str, VehicleModel] = {
    "armored_car": VehicleModel(128, 56, 9000, 1.2),
    "tow_truck": VehicleModel(120, 52, 5000, 1.5),
    "police_car": VehicleModel(112, 48, 1800, 2.2),
    "sedan": VehicleModel(104, 46, 1600, 2.2),
}


def spawn_vehicle(
    world: World, model: str, x: float, y: float, angle: float, *, faction: str = "civilian",
    speed_mps: float = 8.0, route: tuple[tuple[float, float], ...] = (), driving: bool = False,
    name: str = "",
) -> int:
    spec = MODELS[model]
    radius = spec.width / 2.0
    eid = world.spawn(
        Position(x, y), Velocity(), Heading(angle, angle),
        Body(radius, spec.mass, length=max(0.0, spec.length - spec.width)),
        Appearance(model),
        Vehicle(model, faction, metres(speed_mps), "driving" if driving else "parked"),
    )
    if route:
        world.add(eid, Route(route, loop=False, pause_s=0.0))
        world.get(eid, Vehicle).waypoint = first_waypoint(route, x, y, angle)
    if name:
        world.add(eid, Name(name))
    return eid


def first_waypoint(route: tuple[tuple[float, float], ...], x: float, y: float,
                   angle: float) -> int:
    """A vehicle placed along its route starts at the nearest point ahead of it, so a route
    drawn from the map's edge does not send it backing into the edge."""
    nearest = min(range(len(route)), key=lambda i: math.dist(route[i], (x, y)))
    px, py = route[nearest]
    behind = (px - x) * math.cos(angle) + (py - y) * math.sin(angle) < 0.0
    return min(nearest + 1, len(route) - 1) if behind else nearest


def nose(pos: Position, heading: Heading, model: str) -> tuple[float, float]:
    """The front bumper's centre, in world px."""
    half = MODELS[model].length / 2.0
    return pos.x + math.cos(heading.angle) * half, pos.y + math.sin(heading.angle) * half
