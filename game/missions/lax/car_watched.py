"""Whether the police stand by Eady's car: then McCauley, the AI's or the bot's, takes the
tarmac instead."""

from __future__ import annotations

import math

from game.sim.components import Faction, Position
from game.sim.mission.lookup import region
from game.sim.units import metres
from game.sim.world import World

WATCHED_PX = metres(16.0)  # police this close to the middle of the car's region


def car_watched(world: World) -> bool:
    """A policeman stands within WATCHED_PX of Eady's car."""
    car = region(world, "eady-car")
    if car is None:
        return False
    cx, cy = car.x + car.w / 2, car.y + car.h / 2
    return any(f.side == "lapd" and math.hypot(p.x - cx, p.y - cy) < WATCHED_PX
               for _, f, p in world.query(Faction, Position))
