"""The armored car hit: the ram, the police clock, the charge, the bonds, Waingro, the getaway."""

from __future__ import annotations

import math

from game.sim.ai.alertness import set_state
from game.sim.body_grid import body_segment
from game.sim.components import (
    Awareness,
    Body,
    Dead,
    Heading,
    Name,
    Position,
    Region,
    Surrendered,
    Velocity,
    Weapon,
)
from game.sim.damage import deal_damage
from game.sim.events import (
    Exploded,
    FuseLit,
    LootTaken,
    ShotFired,
    VehicleRammed,
    ZoneSealed,
)
from game.sim.geometry import closest_on_segment
from game.sim.mission import MissionState
from game.sim.prefabs import add_ai, spawn_actor
from game.sim.scripts.armored_car_job import (
    BLAST_DAMAGE,
    BLAST_RADIUS_PX,
    CALM_RADIUS_PX,
    ESCALATION_CUT_S,
    FUSE_S,
    POLICE_ROLL_IN_S,
    RAM_SPEED_MPS,
    TAKE_DOLLARS,
    ArmoredCarJob,
)
from game.sim.scripts.armored_car_outro import begin_outro, play_outro
from game.sim.scripts.armored_car_police import deploy_officers, lay_spikes, stop_on_spikes
from game.sim.scripts.script_tools import complete, done, find, say
from game.sim.units import metres
from game.sim.vehicles import Vehicle, nose
from game.sim.weapons import weapon_spec
from game.sim.world import World

GUARDS = ("guard-driver", "guard-rear")
RAM_REACH_PX = metres(1.2)


def begin_armored_car(world: World) -> None:
    """Set the job up: the truck rolls, and the two guards ride inside it until the door goes."""
    job = ArmoredCarJob()
    world.set_resource(job)
    mission = world.resources.get(MissionState)
    if mission is not None:
        mission.holding = True  # success waits for the scene in the alley
    for eid, name in sorted(world.query(Name)):
        if name.name in GUARDS:
            job.boarded.append((name.name, "guard"))
            world.despawn(eid)
    truck = find(world, "truck")
    if truck:
        world.get(truck, Vehicle).state = "driving"


def run_armored_car(world: World, dt: float) -> None:
    job = world.resources.get(ArmoredCarJob)
    mission = world.resources.get(MissionState)
    if job is None or mission is None or mission.outcome != "running":
        return
    if job.phase == "approach":
        _approach(world, job)
    elif job.phase == "ram":
        _ram(world, job, mission)
    elif job.phase == "clock":
        _clock(world, job, mission, dt)
    elif job.phase == "outro":
        play_outro(world, job, mission, dt)


def _approach(world: World, job: ArmoredCarJob) -> None:
    say(world, job, "start")
    truck, tow = find(world, "truck"), find(world, "tow")
    if truck and world.get(truck, Vehicle).state == "stopped" and tow:
        car = world.get(tow, Vehicle)
        car.state, car.speed = "driving", metres(RAM_SPEED_MPS)
        job.phase = "ram"


def _ram(world: World, job: ArmoredCarJob, mission: MissionState) -> None:
    truck, tow = find(world, "truck"), find(world, "tow")
    tow_pos, tow_heading = world.get(tow, Position), world.get(tow, Heading)
    truck_pos = world.get(truck, Position)
    bumper = nose(tow_pos, tow_heading, "tow_truck")
    spine = body_segment(truck_pos, world.get(truck, Body), world.get(truck, Heading))
    gap = math.dist(bumper, closest_on_segment(*bumper, *spine)) - world.get(truck, Body).radius
    if gap > RAM_REACH_PX and world.get(tow, Vehicle).state == "driving":
        return  # still on its way (a tow truck that stopped short still counts as the ram)
    world.get(tow, Vehicle).state = "stopped"
    world.get(truck, Vehicle).state = "wrecked"
    heading = world.get(truck, Heading)
    heading.angle += 0.6  # shoved round by the blow
    push = world.get(truck, Velocity)
    push.vx, push.vy = math.cos(tow_heading.angle) * 90.0, math.sin(tow_heading.angle) * 90.0
    world.emit(VehicleRammed(world.tick, truck_pos.x, truck_pos.y))
    complete(world, mission, "ram")
    job.phase = "clock"
    say(world, job, "ram")


def _clock(world: World, job: ArmoredCarJob, mission: MissionState, dt: float) -> None:
    job.clock_left_s -= dt
    mission.countdown_s = max(0.0, job.clock_left_s) if not job.zone_closed else -1.0
    mission.countdown_label = "POLICE"
    _radio_by_clock(world, job)
    _charge(world, job, mission, dt)
    _bonds(world, job, mission)
    _waingro(world, job, mission, dt)
    lay_spikes(world, job, mission)
    if job.clock_left_s <= POLICE_ROLL_IN_S and not job.police_rolling:
        job.police_rolling = True
        for unit in ("unit-north", "unit-south"):
            car = find(world, unit)
            if car:
                world.get(car, Vehicle).state = "driving"
    if job.police_rolling:
        stop_on_spikes(world, job)
    if job.clock_left_s <= 0.0 and not job.zone_closed:
        _close_zone(world, job, mission)
    if done(mission, "escape"):
        job.phase = "outro"
        mission.holding = True
        begin_outro(world, job)
        say(world, job, "outro")


def _charge(world: World, job: ArmoredCarJob, mission: MissionState, dt: float) -> None:
    if not job.planted and done(mission, "charge"):
        job.planted, job.fuse_left_s = True, FUSE_S
        pos = world.get(find(world, "truck"), Position)
        world.emit(FuseLit(world.tick, pos.x, pos.y, FUSE_S))
    if job.fuse_left_s > 0.0:
        job.fuse_left_s -= dt
        if job.fuse_left_s <= 0.0:
            _blast(world, job)


def _blast(world: World, job: ArmoredCarJob) -> None:
    truck = find(world, "truck")
    pos, heading = world.get(truck, Position), world.get(truck, Heading)
    rx = pos.x - math.cos(heading.angle) * 70.0
    ry = pos.y - math.sin(heading.angle) * 70.0
    world.emit(Exploded(world.tick, rx, ry, BLAST_RADIUS_PX))
    for eid, where in world.query(Position):
        d = math.hypot(where.x - rx, where.y - ry)
        if d < BLAST_RADIUS_PX and eid != truck:
            deal_damage(world, eid, 0, BLAST_DAMAGE * (1.0 - d / BLAST_RADIUS_PX))
    for i, (name, role) in enumerate(job.boarded):
        guard = spawn_actor(world, role, rx - math.cos(heading.angle) * 30.0 + i * 26.0,
                            ry - math.sin(heading.angle) * 30.0, heading.angle + math.pi,
                            weapon="", name=name)
        add_ai(world, guard, "guard")
        world.add(guard, Surrendered(world.time_s))
    job.boarded.clear()
    job.blown = True
    say(world, job, "blast")


def _bonds(world: World, job: ArmoredCarJob, mission: MissionState) -> None:
    bonds = next((o for o in mission.objectives if o.id == "bonds"), None)
    if bonds is None:
        return
    if not job.blown:
        bonds.progress_s = 0.0  # the door is still shut
    elif bonds.done and not job.bonds:
        job.bonds, job.take = True, TAKE_DOLLARS
        mission.take = TAKE_DOLLARS
        world.emit(LootTaken(world.tick, 0, TAKE_DOLLARS, "bonds"))
        say(world, job, "bonds")


def _waingro(world: World, job: ArmoredCarJob, mission: MissionState, dt: float) -> None:
    """Waingro's temper climbs while the guards stand there; McCauley close by calms him.
    Once a second the temper is rolled against; if it breaks, he shoots a guard."""
    waingro = find(world, "Waingro")
    guards = [g for g in (find(world, n) for n in GUARDS) if g and not world.has(g, Dead)]
    if not job.blown or job.escalated or not waingro or not guards or world.has(waingro, Dead):
        return
    near = _distance(world, waingro, mission.player) < CALM_RADIUS_PX
    job.agitation = min(1.0, max(0.0, job.agitation + (-0.25 if near else 0.09) * dt))
    if world.tick % 60 == 0 and world.rng.random() < job.agitation * 0.35:
        _waingro_fires(world, job, waingro, guards)


def _waingro_fires(world: World, job: ArmoredCarJob, waingro: int, guards: list[int]) -> None:
    victim = guards[-1]
    shooter, target = world.get(waingro, Position), world.get(victim, Position)
    angle = math.atan2(target.y - shooter.y, target.x - shooter.x)
    world.emit(ShotFired(world.tick, waingro, "pistol", shooter.x, shooter.y, angle,
                         weapon_spec("pistol").loudness_m))
    deal_damage(world, victim, waingro, 1000.0)
    job.escalated = True
    job.clock_left_s = max(20.0, job.clock_left_s - ESCALATION_CUT_S)
    for survivor in guards[:-1]:  # the other guard goes for the gun in his waistband
        world.remove(survivor, Surrendered)
        world.add(survivor, Weapon("pistol", weapon_spec("pistol").magazine))
        arm_guard(world, survivor, waingro)
    say(world, job, "escalation")


def arm_guard(world: World, guard: int, threat: int) -> None:
    """A guard who drew his gun fights: he is alarmed at the nearest threat."""
    aware = world.get(guard, Awareness)
    where = world.get(threat, Position)
    if aware is not None and where is not None:
        aware.target, aware.suspicion = threat, 1.0
        set_state(world, guard, aware, "combat", where.x, where.y)


def _close_zone(world: World, job: ArmoredCarJob, mission: MissionState) -> None:
    job.zone_closed = True
    world.emit(ZoneSealed(world.tick, "zone"))
    say(world, job, "zone")
    pos = world.get(mission.player, Position)
    inside = pos is not None and any(r.name == "zone" and r.contains(pos.x, pos.y)
                                     for _, r in world.query(Region))
    if not job.bonds:
        mission.fail_reason = "The police sealed the block before the bonds were out."
    elif inside:
        mission.fail_reason = "The police closed the zone with the bonds still inside it."
    deploy_officers(world, job.escalated)


def _distance(world: World, a: int, b: int) -> float:
    pa, pb = world.get(a, Position), world.get(b, Position)
    if pa is None or pb is None:
        return math.inf
    return math.hypot(pa.x - pb.x, pa.y - pb.y)


def _radio_by_clock(world: World, job: ArmoredCarJob) -> None:
    for key, at_s in (("two-minutes", 120.0), ("one-minute", 60.0), ("thirty", 30.0)):
        if job.clock_left_s <= at_s:
            say(world, job, key)
