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
from game.sim.mission.lookup import find
from game.sim.units import TICK_HZ
from game.sim.vehicles import Vehicle

POLICE_CLOCK_S = 180.0  # the map's `countdown police 180`
SPIKE_BONUS_S = 20.0  # the map's `shift_countdown police 20` when the strip is laid
ESCALATION_CUT_S = 45.0  # ... and `shift_countdown police -45 least=20` after a killing


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
    assert session.mission.phase == "approach"


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
    session = MissionSession.start("armored-car", seed=8)
    mission = session.mission
    run_until(session, ObjectiveBot(), lambda s: mission.phase == "clock")
    session.step()
    clock = mission.countdowns["police"]
    before = clock.left_s
    spikes = next(o for o in mission.objectives if o.id == "spikes")
    assert spikes.optional
    spikes.done = True
    session.step()
    assert clock.left_s == pytest.approx(before + SPIKE_BONUS_S, abs=0.1)
    clock.left_s = 30.0  # let the squad cars roll
    for _ in range(30 * TICK_HZ):
        session.step()
        if session.world.get(find(session.world, "unit-north"), Vehicle).state == "wrecked":
            break
    assert session.world.get(find(session.world, "unit-north"), Vehicle).state == "wrecked"


def blown(session: MissionSession) -> bool:
    blast = session.mission.objective("blast")
    return blast is not None and blast.done and not session.mission.flags.get("escalated")


def test_waingro_breaking_escalates_everything() -> None:
    from game.missions.armored_car import waingro_fires
    from game.sim.components import Dead, Surrendered, Weapon

    session = MissionSession.start("armored-car", seed=9)
    world, mission = session.world, session.mission
    run_until(session, ObjectiveBot(), blown)
    guards = [find(world, "guard-driver"), find(world, "guard-rear")]
    assert all(guards) and all(world.has(g, Surrendered) for g in guards)
    clock = mission.countdowns["police"].left_s
    waingro_fires(world, mission, find(world, "Waingro"), guards)
    session.step()  # the map's escalation trigger fires
    assert world.has(guards[1], Dead)
    assert not world.has(guards[0], Surrendered) and world.get(guards[0], Weapon) is not None
    assert mission.countdowns["police"].left_s == pytest.approx(
        max(20.0, clock - ESCALATION_CUT_S) - 1 / TICK_HZ, abs=0.02)
    officers_before = set(world.store(Weapon))
    mission.countdowns["police"].left_s = 1 / TICK_HZ  # the block is sealed next tick
    session.step()
    guns = world.store(Weapon)
    new_guns = {guns[e].kind for e in guns if e not in officers_before}
    assert new_guns == {"shotgun", "rifle"}


def test_the_outro_brings_the_patrol_car_and_waingro_runs() -> None:
    from game.sim.components import Position

    session = MissionSession.start("armored-car", seed=10)
    world = session.world
    run_until(session, ObjectiveBot(), lambda s: s.mission.phase == "outro")
    session.step()
    assert find(world, "patrol-pass")
    start = world.get(find(world, "Waingro"), Position).y
    run_until(session, ObjectiveBot(), lambda s: s.mission.outcome != "running")
    assert session.mission.outcome == "success"
    assert world.get(find(world, "Waingro"), Position).y < start - 32


def test_as_hanna_the_bot_stops_the_crew() -> None:
    report = run_headless("armored-car", 20_000, seed=1, side="lapd", bot=True)
    assert report["outcome"] == "success", report


def test_a_passive_hanna_lets_the_crew_play_its_objectives_and_get_away() -> None:
    session = MissionSession.start("armored-car", side="lapd", seed=1)
    for _ in range(20_000):
        if session.mission.outcome != "running":
            break
        session.step()
    mission = session.mission
    done = {o.id for o in mission.objectives if o.done}
    assert {"ram", "charge", "blast", "bonds"} <= done  # the AI crew worked the truck
    assert mission.outcome == "failed" and "switch car" in mission.reason
