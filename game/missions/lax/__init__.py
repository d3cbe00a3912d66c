"""LAX's own Python: the landing jets whose lights sweep the tarmac along the map's `approach`
route. Everything else (the schedule, the alarm, Waingro's end, where the AI McCauley runs
once it is settled, the way-out marker moving to the far gap, who hunts whom) is map data in
maps/lax.tmx."""

from __future__ import annotations

import math
from itertools import pairwise

from game.level.model import LevelModel
from game.missions.lax.bot import LaxBot
from game.sim.components import Heading, Name, Position
from game.sim.light_model import LightCone
from game.sim.mission import MissionState
from game.sim.mission.lookup import find
from game.sim.units import metres
from game.sim.world import World

JET = "landing lights"
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


HOOKS = {"landing_lights": landing_lights, "plane_lands": plane_lands,
         "plane_moves": plane_moves}

BOT = LaxBot
