"""The armored car's own Python — only what is not map data: Waingro's temper at the truck (it
climbs while the guards stand there, McCauley close by calms it, and it is rolled against once
a second). Everything else (the ram, clock, radio, spikes, charge, bonds, police, and the alley
where the crew turns on Waingro and he bolts) is in maps/armored-car.tmx as triggers and
phases."""

from __future__ import annotations

import math

from game.sim.ai.alertness import set_state
from game.sim.components import Awareness, Dead, Position, Surrendered, Weapon
from game.sim.damage import deal_damage
from game.sim.events import ShotFired
from game.sim.mission import MissionState
from game.sim.mission.lookup import find, members
from game.sim.units import metres
from game.sim.weapons import weapon_spec
from game.sim.world import World

FLAGS = ("escalated",)
CALM_RADIUS_PX = metres(3.0)  # McCauley this close keeps Waingro in check
TEMPER_UP_PER_S, TEMPER_DOWN_PER_S = 0.09, 0.25
BREAK_CHANCE = 0.35  # per second, times the temper


def waingro_temper(world: World, mission: MissionState) -> None:
    """His temper climbs while the guards stand there, and McCauley close by calms him. Once a
    second it is rolled against; if it breaks, he shoots a guard (flag `escalated`)."""
    waingro = find(world, "Waingro")
    guards = [g for g in members(world, mission, "guards") if not world.has(g, Dead)]
    if not waingro or not guards or world.has(waingro, Dead):
        return
    near = _distance(world, waingro, find(world, "mccauley")) < CALM_RADIUS_PX
    temper = float(mission.hook_state.get("temper", 0.0))
    temper += (-TEMPER_DOWN_PER_S if near else TEMPER_UP_PER_S) / 60.0
    mission.hook_state["temper"] = min(1.0, max(0.0, temper))
    if world.tick % 60 == 0 and world.rng.random() < mission.hook_state["temper"] * BREAK_CHANCE:
        waingro_fires(world, mission, waingro, guards)


def waingro_fires(world: World, mission: MissionState, waingro: int, guards: list[int]) -> None:
    victim = guards[-1]
    shooter, target = world.get(waingro, Position), world.get(victim, Position)
    angle = math.atan2(target.y - shooter.y, target.x - shooter.x)
    world.emit(ShotFired(world.tick, waingro, "pistol", shooter.x, shooter.y, angle,
                         weapon_spec("pistol").loudness_m))
    deal_damage(world, victim, waingro, 1000.0)
    mission.flags["escalated"] = True
    for survivor in guards[:-1]:  # the other guard goes for the gun in his waistband
        world.remove(survivor, Surrendered)
        world.add(survivor, Weapon("pistol", weapon_spec("pistol").magazine))
        aware, where = world.get(survivor, Awareness), world.get(waingro, Position)
        if aware is not None:
            aware.target, aware.suspicion = waingro, 1.0
            set_state(world, survivor, aware, "combat", where.x, where.y)


def _distance(world: World, a: int, b: int) -> float:
    pa, pb = world.get(a, Position), world.get(b, Position)
    if pa is None or pb is None:
        return math.inf
    return math.hypot(pa.x - pb.x, pa.y - pb.y)


HOOKS = {"waingro_temper": waingro_temper}
