"""LAX's own Python: the landing jets whose lights sweep the tarmac along the map's `approach`
route, and where the AI McCauley runs once Waingro is settled. Everything else (the schedule,
the alarm, who hunts whom) is map data in maps/lax.tmx."""

from __future__ import annotations

import math
from itertools import pairwise

from game.level.model import LevelModel
from game.missions.lax.bot import LaxBot
from game.missions.lax.car_watched import car_watched
from game.sim.components import Dead, Heading, Name, Position
from game.sim.damage import deal_damage
from game.sim.events import ShotFired
from game.sim.light_model import LightCone
from game.sim.mission import MissionState
from game.sim.mission.ai_goals import send_to
from game.sim.mission.lookup import find, members, region
from game.sim.units import metres
from game.sim.weapons import weapon_spec
from game.sim.world import World

JET = "landing lights"
WAY_OUT = "out"  # the crew's objective: the car, or the far gap
JET_SPEED_MPS = 14.0  # low over the apron and down the runway in about six seconds
JET_LIGHT = (metres(42.0), math.radians(26), 1.0, (236, 242, 255))


def _approach(world: World) -> tuple[tuple[float, float], ...]:
    level = world.resources.get(LevelModel)
    path = next((o for o in level.objects if o.name == "approach"), None) if level else None
    return path.points if path is not None and len(path.points) >= 2 else ()


def landing_lights(world: World, mission: MissionState) -> None:
    """The jet's lights, dark until the first landing."""
    points = _approach(world)
    if points and not find(world, JET):
        reach, half, level, colour = JET_LIGHT
        world.spawn(Name(JET), Position(*points[0]), Heading(0.0),
                    LightCone(reach, half, level, colour, metres(3.0), on=False))


def plane_lands(world: World, mission: MissionState) -> None:
    jet = find(world, JET)
    if jet:
        mission.hook_state["jet_from_s"] = world.time_s
        world.get(jet, LightCone).on = True


def plane_moves(world: World, mission: MissionState) -> None:
    """Move the lights along the approach; past its end they go dark until the next one."""
    start = mission.hook_state.get("jet_from_s")
    if start is None:
        return  # between landings (every tick but the six seconds of one): nothing to look up
    jet, points = find(world, JET), _approach(world)
    if not jet or not points:
        return
    left = (world.time_s - float(start)) * metres(JET_SPEED_MPS)
    for (x0, y0), (x1, y1) in pairwise(points):
        length = math.hypot(x1 - x0, y1 - y0)
        if left <= length:
            share = left / length if length else 1.0
            pos, heading = world.get(jet, Position), world.get(jet, Heading)
            pos.x, pos.y = x0 + (x1 - x0) * share, y0 + (y1 - y0) * share
            heading.angle = math.atan2(y1 - y0, x1 - x0)
            return
        left -= length
    world.get(jet, LightCone).on = False
    mission.hook_state.pop("jet_from_s", None)


def mccauley_settles(world: World, mission: MissionState) -> None:
    """The AI McCauley in Waingro's room: two shots, and it is over."""
    mccauley, waingro = find(world, "McCauley"), find(world, "Waingro")
    shooter, target = world.get(mccauley, Position), world.get(waingro, Position)
    if shooter is None or target is None or world.has(mccauley, Dead):
        return
    angle = math.atan2(target.y - shooter.y, target.x - shooter.x)
    world.emit(ShotFired(world.tick, mccauley, "pistol", shooter.x, shooter.y, angle,
                         weapon_spec("pistol").loudness_m))
    deal_damage(world, waingro, mccauley, 1000.0)


def mccauley_runs(world: World, mission: MissionState) -> None:
    """The AI McCauley's choice: Eady's car unless the police stand near it, else the tarmac
    by the dark between the towers' pools (the map's triggers lead him on to the far fence)."""
    car, gap = region(world, "eady-car"), region(world, "dark-apron")
    if car is None or gap is None:
        return
    send_to(world, members(world, mission, "crew"), gap if car_watched(world) else car,
            ordered=True)


def far_gap_is_the_way(world: World, mission: MissionState) -> None:
    """On the tarmac the way out is the far gap, not the car behind him: the way-out objective
    (and so its marker) points there from now on; the car still ends it, by its own trigger."""
    for objective in mission.objectives:
        if objective.id == WAY_OUT and not objective.done:
            objective.target = "far-gap"


HOOKS = {"landing_lights": landing_lights, "plane_lands": plane_lands,
         "plane_moves": plane_moves, "mccauley_runs": mccauley_runs,
         "mccauley_settles": mccauley_settles, "far_gap_is_the_way": far_gap_is_the_way}

BOT = LaxBot
