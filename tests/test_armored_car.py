"""Mission 1, the armored car hit, played headless: the bot finishes it, and it can be lost."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from game.bots.objective_bot import ObjectiveBot
from game.debrief_report import build_report
from game.headless import run_headless
from game.level.missions import resolve_mission
from game.session import MissionSession
from game.sim.damage import deal_damage
from game.sim.events import (
    Event,
    Exploded,
    FuseLit,
    LootTaken,
    VehicleRammed,
    ZoneSealed,
)
from game.sim.scripts.armored_car import find
from game.sim.scripts.armored_car_job import POLICE_CLOCK_S, ArmoredCarJob
from game.sim.units import TICK_HZ
from game.sim.vehicles import Vehicle


def play(seed: int, ticks: int, bot: bool = True) -> tuple[MissionSession, list[Event]]:
    session = MissionSession.start("armored-car", seed=seed)
    brain = ObjectiveBot()
    events: list[Event] = []
    for _ in range(ticks):
        if session.mission.outcome != "running":
            break
        if bot:
            brain.think(session.world)
        session.step()
        events.extend(session.world.take_outbox())
    return session, events


@pytest.mark.parametrize("seed", [11, 23, 37])
def test_the_bot_pulls_off_the_job(seed: int) -> None:
    report = run_headless("armored-car", 20_000, seed=seed, bot=True)
    assert report["outcome"] == "success", report


def test_the_job_runs_in_its_phases_and_the_debrief_counts_it() -> None:
    session, events = play(seed=5, ticks=20_000)
    kinds = [type(e) for e in events]
    order = [VehicleRammed, FuseLit, Exploded, LootTaken]
    assert all(k in kinds for k in order)
    assert [kinds.index(k) for k in order] == sorted(kinds.index(k) for k in order)
    mission = session.mission
    assert mission.outcome == "success" and mission.take == 1_600_000
    report = build_report(mission, session.world.time_s)
    assert report.grade in {"A", "B", "C", "D"} and any(line.startswith("Take  $1,600,000")
                                          for line in report.lines)


def test_doing_nothing_lets_the_police_seal_the_block() -> None:
    session, events = play(seed=2, ticks=round((POLICE_CLOCK_S + 30) * TICK_HZ), bot=False)
    assert any(isinstance(e, ZoneSealed) for e in events)
    assert session.mission.outcome == "failed"
    assert "sealed" in session.mission.reason


def test_mccauley_down_fails_the_job() -> None:
    session = MissionSession.start("armored-car", seed=3)
    deal_damage(session.world, session.mission.player, 0, 10_000.0)
    session.step()
    assert session.mission.outcome == "failed"


def test_the_ram_waits_for_the_truck_to_stop_at_the_ambush() -> None:
    session, events = play(seed=4, ticks=120, bot=False)
    world = session.world
    assert world.get(find(world, "truck"), Vehicle).state == "driving"
    assert world.get(find(world, "tow"), Vehicle).state == "parked"
    assert not any(isinstance(e, VehicleRammed) for e in events)
    assert world.resource(ArmoredCarJob).phase == "approach"


def test_armored_car_is_a_mission_id() -> None:
    mission_id, path = resolve_mission("armored-car")
    assert mission_id == "armored-car" and path.name == "armored-car.tmx"


def run_until(session: MissionSession, brain: ObjectiveBot,
              phase_done: Callable[[MissionSession], bool], limit: int = 20_000) -> None:
    for _ in range(limit):
        if phase_done(session):
            return
        brain.think(session.world)
        session.step()
    raise AssertionError("the job never got there")


def test_the_spike_strip_buys_time_and_stops_the_north_car() -> None:
    from game.sim.scripts.armored_car_police import SPIKE_BONUS_S

    session = MissionSession.start("armored-car", seed=8)
    job = session.world.resource(ArmoredCarJob)
    run_until(session, ObjectiveBot(), lambda s: job.phase == "clock")
    before = job.clock_left_s
    spikes = next(o for o in session.mission.objectives if o.id == "spikes")
    assert spikes.optional
    spikes.done = True
    session.step()
    assert job.spikes and job.clock_left_s == pytest.approx(before + SPIKE_BONUS_S, abs=0.1)
    job.clock_left_s = 30.0  # let the squad cars roll
    for _ in range(30 * TICK_HZ):
        session.step()
        if session.world.get(find(session.world, "unit-north"), Vehicle).state == "wrecked":
            break
    assert session.world.get(find(session.world, "unit-north"), Vehicle).state == "wrecked"


def test_waingro_breaking_escalates_everything() -> None:
    from game.sim.components import Dead, Surrendered, Weapon
    from game.sim.scripts.armored_car import _waingro_fires
    from game.sim.scripts.armored_car_job import ESCALATION_CUT_S
    from game.sim.scripts.armored_car_police import deploy_officers

    session = MissionSession.start("armored-car", seed=9)
    world, job = session.world, session.world.resource(ArmoredCarJob)
    run_until(session, ObjectiveBot(), lambda s: job.blown and not job.escalated)
    guards = [find(world, "guard-driver"), find(world, "guard-rear")]
    assert all(guards) and all(world.has(g, Surrendered) for g in guards)
    clock = job.clock_left_s
    _waingro_fires(world, job, find(world, "Waingro"), guards)
    world.flush_despawned()
    assert world.has(guards[1], Dead)
    assert not world.has(guards[0], Surrendered) and world.get(guards[0], Weapon) is not None
    assert job.clock_left_s == pytest.approx(max(20.0, clock - ESCALATION_CUT_S))
    officers_before = set(world.store(Weapon))
    deploy_officers(world, escalated=True)
    guns = world.store(Weapon)
    new_guns = {guns[e].kind for e in guns if e not in officers_before}
    assert new_guns == {"shotgun", "rifle"}


def test_the_outro_brings_the_patrol_car_and_waingro_runs() -> None:
    from game.sim.components import Position

    session = MissionSession.start("armored-car", seed=10)
    world, job = session.world, session.world.resource(ArmoredCarJob)
    run_until(session, ObjectiveBot(), lambda s: job.phase == "outro")
    assert find(world, "patrol-pass")
    start = world.get(find(world, "Waingro"), Position).y
    run_until(session, ObjectiveBot(), lambda s: s.mission.outcome != "running")
    assert session.mission.outcome == "success"
    assert world.get(find(world, "Waingro"), Position).y < start - 32
