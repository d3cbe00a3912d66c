"""Mission 1, the armored car hit, played headless: the bot finishes it, and it can be lost."""

from __future__ import annotations

import pytest

from game.bots.objective_bot import ObjectiveBot
from game.debrief_report import build_report
from game.headless import run_headless
from game.level.missions import resolve_mission
from game.session import MissionSession
from game.sim.damage import deal_damage
from game.sim.events import (
    BondsTaken,
    ChargeExploded,
    ChargePlanted,
    Event,
    VehicleRammed,
    ZoneClosed,
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
    order = [VehicleRammed, ChargePlanted, ChargeExploded, BondsTaken]
    assert all(k in kinds for k in order)
    assert [kinds.index(k) for k in order] == sorted(kinds.index(k) for k in order)
    mission = session.mission
    assert mission.outcome == "success" and mission.take == 1_600_000
    report = build_report(mission, session.world.time_s)
    assert report.grade in "ABCD" and any(line.startswith("Take  $1,600,000")
                                          for line in report.lines)


def test_doing_nothing_lets_the_police_seal_the_block() -> None:
    session, events = play(seed=2, ticks=round((POLICE_CLOCK_S + 30) * TICK_HZ), bot=False)
    assert any(isinstance(e, ZoneClosed) for e in events)
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
