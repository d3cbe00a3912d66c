"""After the escape: the crew turns on Waingro, a patrol car noses into the alley, he runs."""

from __future__ import annotations

import math

from game.level.model import LevelModel
from game.sim.components import (
    Body,
    Brain,
    Dead,
    Faction,
    Gunner,
    Intent,
    Navigator,
    Position,
)
from game.sim.mission import MissionState
from game.sim.scripts.armored_car_job import ArmoredCarJob
from game.sim.scripts.script_tools import find, say
from game.sim.vehicles import spawn_vehicle
from game.sim.world import World

PASS_PATH = "patrol-pass"  # a PatrolPath in the map: where the patrol car appears and goes
RUN_AT_S = 4.5  # outro seconds left when Waingro bolts
SHOVE_MASS = 6.0


def begin_outro(world: World, job: ArmoredCarJob) -> None:
    """Take Waingro out of his brain's hands and bring on the patrol car, if the map has one."""
    waingro = find(world, "Waingro")
    for eid, faction in world.query(Faction):
        if faction.side == "crew" and world.has(eid, Brain):
            for kind in (Brain, Navigator, Gunner):  # the script directs the alley now
                world.remove(eid, kind)
    if waingro:
        job.outro_crew = [e for e, f in world.query(Faction)
                          if f.side == "crew" and e not in (waingro,)]
        intent, body = world.get(waingro, Intent), world.get(waingro, Body)
        if intent is not None:
            intent.move_x = intent.move_y = 0.0
        if body is not None:
            body.mass *= SHOVE_MASS  # when he bolts he shoves through the crew
    level = world.resources.get(LevelModel)
    path = next((o for o in level.objects if o.name == PASS_PATH), None) if level else None
    if path is not None and len(path.points) >= 2:
        (x0, y0), (x1, y1) = path.points[0], path.points[1]
        spawn_vehicle(world, "police_car", x0, y0, math.atan2(y1 - y0, x1 - x0),
                      faction="lapd", speed_mps=5.0, route=path.points, driving=True,
                      name="patrol-pass")


def play_outro(world: World, job: ArmoredCarJob, mission: MissionState, dt: float) -> None:
    job.outro_left_s -= dt
    intent = world.get(mission.player, Intent)
    if intent is not None:  # the player watches
        intent.move_x = intent.move_y = 0.0
        intent.fire = False
    waingro = find(world, "Waingro")
    _face(world, job.outro_crew, waingro)
    if waingro and not world.has(waingro, Dead):
        wi = world.get(waingro, Intent)
        if wi is not None and job.outro_left_s < RUN_AT_S:
            wi.move_x, wi.move_y, wi.fire = 0.0, -1.0, False  # bolting up the alley
            say(world, job, "patrol")
    if job.outro_left_s <= 0.0:
        job.phase = "over"
        mission.holding = False


def _face(world: World, crew: list[int], waingro: int) -> None:
    """The crew stands and turns on Waingro, guns level, not firing."""
    where = world.get(waingro, Position)
    if where is None:
        return
    for eid in crew:
        intent = world.get(eid, Intent)
        if intent is not None and not world.has(eid, Dead):
            intent.move_x = intent.move_y = 0.0
            intent.fire = False
            intent.aim_x, intent.aim_y = where.x, where.y
