"""The police side of the armored car job: the spike strip, the squad cars, the officers."""

from __future__ import annotations

import math

from game.sim.ai.alertness import set_state
from game.sim.components import Awareness, Heading, Position, Region
from game.sim.mission import MissionState
from game.sim.prefabs import add_ai, spawn_actor
from game.sim.scripts.armored_car_job import ArmoredCarJob
from game.sim.scripts.script_tools import done, find, say
from game.sim.units import metres
from game.sim.vehicles import Vehicle
from game.sim.world import World

SPIKE_BONUS_S = 20.0  # the north car is stopped on the strip: the block closes later
SPIKE_REACH_PX = metres(2.0)


def lay_spikes(world: World, job: ArmoredCarJob, mission: MissionState) -> None:
    """The optional strip, once laid, buys time and will stop the north squad car."""
    if job.spikes or not done(mission, "spikes"):
        return
    job.spikes = True
    job.clock_left_s += SPIKE_BONUS_S
    say(world, job, "spikes")


def stop_on_spikes(world: World, job: ArmoredCarJob) -> None:
    if not job.spikes:
        return
    strip = next((r for _, r in world.query(Region) if r.name == "spike-strip"), None)
    car = find(world, "unit-north")
    pos = world.get(car, Position)
    if strip is None or pos is None or world.get(car, Vehicle).state != "driving":
        return
    sx, sy = strip.x + strip.w / 2, strip.y + strip.h / 2
    if math.hypot(pos.x - sx, pos.y - sy) < SPIKE_REACH_PX + 56.0:
        world.get(car, Vehicle).state = "wrecked"  # tyres gone
        say(world, job, "spiked")


def deploy_officers(world: World, escalated: bool) -> None:
    """Two officers step out of each squad car and move on the scene. After a killing they
    come with long guns."""
    target = world.get(find(world, "truck"), Position)
    for unit in ("unit-north", "unit-south"):
        car = find(world, unit)
        pos, heading = world.get(car, Position), world.get(car, Heading)
        if pos is None or heading is None:
            continue
        side = heading.angle + math.pi / 2
        for k, long_gun in ((-1, "shotgun"), (1, "rifle")):
            x = pos.x + math.cos(side) * 44.0 * k
            y = pos.y + math.sin(side) * 44.0 * k
            officer = spawn_actor(world, "lapd", x, y, heading.angle,
                                  weapon=long_gun if escalated else "pistol")
            add_ai(world, officer, "hold")
            aware = world.get(officer, Awareness)
            if aware is not None and target is not None:
                set_state(world, officer, aware, "searching", target.x, target.y)
