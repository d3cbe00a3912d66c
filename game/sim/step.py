"""The fixed-step update: every system, in this listed order, once per tick."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from game.sim.systems.aim_weapons import aim_weapons
from game.sim.systems.bleed_out import bleed_out
from game.sim.systems.carry_loot import carry_loot
from game.sim.systems.choose_behaviours import choose_behaviours
from game.sim.systems.drag_downed import drag_downed
from game.sim.systems.drive_vehicles import drive_vehicles
from game.sim.systems.evaluate_mission import evaluate_mission
from game.sim.systems.expire_lifetimes import expire_lifetimes
from game.sim.systems.fire_weapons import fire_weapons
from game.sim.systems.follow_paths import follow_paths
from game.sim.systems.hear_noises import hear_noises
from game.sim.systems.make_footsteps import make_footsteps
from game.sim.systems.move_bodies import move_bodies
from game.sim.systems.move_projectiles import move_projectiles
from game.sim.systems.note_gunfire import note_gunfire
from game.sim.systems.plan_paths import plan_paths
from game.sim.systems.pursue_objectives import pursue_objectives
from game.sim.systems.ram_vehicles import ram_vehicles
from game.sim.systems.record_conduct import record_conduct
from game.sim.systems.remember_previous import remember_previous
from game.sim.systems.run_triggers import run_triggers
from game.sim.systems.see_actors import see_actors
from game.sim.systems.separate_bodies import separate_bodies
from game.sim.systems.sound_car_alarms import sound_car_alarms
from game.sim.systems.steer_actors import steer_actors
from game.sim.systems.tick_countdowns import tick_countdowns
from game.sim.systems.update_alertness import update_alertness
from game.sim.systems.work_doors import work_doors
from game.sim.units import DT
from game.sim.world import World

System = Callable[[World, float], None]

SYSTEMS: tuple[System, ...] = (
    remember_previous,
    # AI: sense, think, plan, walk, aim -- all writing the same Intent the player's input writes
    see_actors,
    update_alertness,
    pursue_objectives,
    choose_behaviours,
    plan_paths,
    follow_paths,
    aim_weapons,
    # physics and weapons
    steer_actors,
    drive_vehicles,
    move_bodies,
    separate_bodies,
    ram_vehicles,
    drag_downed,
    carry_loot,
    work_doors,
    fire_weapons,
    move_projectiles,
    sound_car_alarms,  # rounds and bumps this tick set parked cars' alarms off
    note_gunfire,  # ... and panicking civilians note how close the shooting still is
    # AI: what this tick sounded like, heard at its end
    make_footsteps,
    hear_noises,
    # wounds, clean-up, rules
    bleed_out,
    expire_lifetimes,
    tick_countdowns,
    run_triggers,
    evaluate_mission,
    record_conduct,  # the debrief's ledger, after the verdict so it sees the end
)

AI_SYSTEMS: frozenset[System] = frozenset({
    see_actors, update_alertness, choose_behaviours, plan_paths, follow_paths, aim_weapons,
    make_footsteps, hear_noises,
})
"""The systems whose time ``heat bench --scenario combat`` reports as the AI's share."""


class SystemTimer(Protocol):
    """Told how long each system took: the bench's hook into ``step``."""

    def timed(self, system: System, world: World, dt: float) -> None: ...


def step(world: World, systems: Sequence[System] = SYSTEMS,
         timer: SystemTimer | None = None) -> None:
    """Advance the world by one fixed tick of DT seconds. With a ``timer``, each system is run
    through it (``heat bench`` measures per-system cost); without one, nothing extra runs."""
    world.events.clear()
    if timer is None:
        for system in systems:
            system(world, DT)
    else:
        for system in systems:
            timer.timed(system, world, DT)
    world.flush_despawned()
    world.tick += 1
    world.time_s = world.tick * DT
