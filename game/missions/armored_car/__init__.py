"""The armored car's own Python — only what is not map data: Waingro's temper at the truck and
the alley outro. Everything else (the ram, clock, radio, spikes, charge, bonds, police) is in
maps/armored-car.tmx as triggers and phases."""

from __future__ import annotations

import math

from game.sim.ai.alertness import set_state
from game.sim.components import (
    Awareness,
    Body,
    Brain,
    Dead,
    Faction,
    Gunner,
    Intent,
    Navigator,
    Position,
    Surrendered,
    Weapon,
)
from game.sim.damage import deal_damage
from game.sim.events import ShotFired
from game.sim.mission import MissionState
from game.sim.mission.doings import speak
from game.sim.mission.lookup import find, members
from game.sim.units import metres
from game.sim.weapons import weapon_spec
from game.sim.world import World

FLAGS = ("escalated",)
CALM_RADIUS_PX = metres(3.0)  # McCauley this close keeps Waingro in check
TEMPER_UP_PER_S, TEMPER_DOWN_PER_S = 0.09, 0.25
BREAK_CHANCE = 0.35  # per second, times the temper
OUTRO_S, RUN_AT_S = 7.0, 4.5  # the alley scene's length; seconds left when Waingro bolts
SHOVE_MASS = 6.0  # when he bolts he shoves through the crew


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


def begin_outro(world: World, mission: MissionState) -> None:
    """The alley: take the crew out of their brains' hands; Waingro stands, heavier."""
    waingro = find(world, "Waingro")
    crew = [e for e, f in world.query(Faction) if f.side == "crew" and e != waingro]
    for eid in crew:
        for kind in (Brain, Navigator, Gunner):
            world.remove(eid, kind)
    mission.hook_state.update(outro_left_s=OUTRO_S, outro_crew=crew, waingro=waingro)
    if waingro:
        for kind in (Brain, Navigator, Gunner):
            world.remove(waingro, kind)
        intent, body = world.get(waingro, Intent), world.get(waingro, Body)
        if intent is not None:
            intent.move_x = intent.move_y = 0.0
        if body is not None:
            body.mass *= SHOVE_MASS
    mission.holding = True


def play_outro(world: World, mission: MissionState) -> None:
    """The crew turns on Waingro, guns level; a patrol car noses in and he bolts."""
    state = mission.hook_state
    state["outro_left_s"] = float(state.get("outro_left_s", OUTRO_S)) - 1.0 / 60.0
    waingro = int(state.get("waingro", 0))
    where = world.get(waingro, Position)
    for eid in list(state.get("outro_crew", [])):
        intent = world.get(eid, Intent)
        if intent is not None and not world.has(eid, Dead):
            intent.move_x = intent.move_y = 0.0
            intent.fire = False
            if where is not None:
                intent.aim_x, intent.aim_y = where.x, where.y
    wi = world.get(waingro, Intent)
    if wi is not None and not world.has(waingro, Dead) and state["outro_left_s"] < RUN_AT_S:
        wi.move_x, wi.move_y, wi.fire = 0.0, -1.0, False  # bolting up the alley
        if not state.get("bolted"):
            state["bolted"] = True
            speak(world, mission, "patrol")
    if state["outro_left_s"] <= 0.0:
        mission.holding = False


def _distance(world: World, a: int, b: int) -> float:
    pa, pb = world.get(a, Position), world.get(b, Position)
    if pa is None or pb is None:
        return math.inf
    return math.hypot(pa.x - pb.x, pa.y - pb.y)


HOOKS = {"waingro_temper": waingro_temper, "begin_outro": begin_outro, "play_outro": play_outro}
