"""The fixed-step update: every system, in this listed order, once per tick."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from game.sim.systems.evaluate_mission import evaluate_mission
from game.sim.systems.expire_lifetimes import expire_lifetimes
from game.sim.systems.fire_weapons import fire_weapons
from game.sim.systems.move_bodies import move_bodies
from game.sim.systems.move_projectiles import move_projectiles
from game.sim.systems.remember_previous import remember_previous
from game.sim.systems.separate_bodies import separate_bodies
from game.sim.systems.steer_actors import steer_actors
from game.sim.units import DT
from game.sim.world import World

System = Callable[[World, float], None]

SYSTEMS: tuple[System, ...] = (
    remember_previous,
    steer_actors,
    move_bodies,
    separate_bodies,
    fire_weapons,
    move_projectiles,
    expire_lifetimes,
    evaluate_mission,
)


def step(world: World, systems: Sequence[System] = SYSTEMS) -> None:
    """Advance the world by one fixed tick of DT seconds."""
    world.events.clear()
    for system in systems:
        system(world, DT)
    world.flush_despawned()
    world.tick += 1
    world.time_s = world.tick * DT
