"""The downtown shootout: its beats (Breedan at the wheel, Shiherlis carried, Cheritto's hostage),
both sides played by the bot on seeds nobody tuned, and both sides lost by doing nothing."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from game.campaign import CHAPTERS
from game.debrief_crew import crew_fates, money_line
from game.headless import run_headless
from game.level.check_map import problems_in
from game.level.missions import CATALOGUE, mission_sides
from game.paths import maps_dir
from game.scenes.outcome import outcome_of
from game.session import MissionSession
from game.sim.components import Dead, Downed, Intent, Position, Region
from game.sim.damage import kill
from game.sim.mission.lookup import find
from game.sim.mission.state import ObjectiveState
from game.sim.world import World

MAP = maps_dir() / "downtown.tmx"


def _ticks_until(session: MissionSession, done: Callable[[], bool], limit: int = 3600) -> None:
    for _ in range(limit):
        if done():
            return
        session.step()
        session.world.take_outbox()
    raise AssertionError(f"not reached in {limit} ticks (phase {session.mission.phase!r})")


def _put(world: World, name: str, x: float, y: float) -> int:
    eid = find(world, name)
    pos = world.get(eid, Position)
    pos.x, pos.y = x, y
    return eid


def _region_centre(world: World, name: str) -> tuple[float, float]:
    area = next(r for _, r in world.query(Region) if r.name == name)
    return area.x + area.w / 2, area.y + area.h / 2


def _objective(session: MissionSession, oid: str) -> ObjectiveState:
    return next(o for o in session.mission.objectives if o.id == oid)


def test_map_checks_clean_and_is_in_the_catalogue_and_campaign() -> None:
    assert problems_in(MAP) == []
    assert any(s.id == "downtown" for s in CATALOGUE)
    assert mission_sides("downtown") == ("crew", "lapd")
    assert any(c.mission == "downtown" for c in CHAPTERS)


def test_breedan_dies_at_the_wheel_when_the_crew_reaches_the_car() -> None:
    session = MissionSession.start("downtown", "crew", 3)
    world = session.world
    breedan = find(world, "Breedan")
    assert not world.has(breedan, Dead)
    _put(world, "McCauley", *_region_centre(world, "getaway"))
    _ticks_until(session, lambda: session.mission.phase == "ambush", 120)
    assert world.has(breedan, Dead)
    car, body = world.get(find(world, "breedan-car"), Position), world.get(breedan, Position)
    assert math.hypot(car.x - body.x, car.y - body.y) < 64  # at the wheel, not down the street


def test_shiherlis_goes_down_in_the_middle_block_and_can_be_dragged() -> None:
    session = MissionSession.start("downtown", "crew", 4)
    world = session.world
    _put(world, "McCauley", *_region_centre(world, "getaway"))
    _ticks_until(session, lambda: session.mission.phase == "street", 600)
    x, y = _region_centre(world, "mid-block")
    chris = _put(world, "Shiherlis", x, y)
    neil = _put(world, "McCauley", x + 20, y)
    _ticks_until(session, lambda: world.has(chris, Downed), 30)
    start = world.get(chris, Position)
    before = (start.x, start.y)
    intent = world.get(neil, Intent)
    for _ in range(90):  # hold Interact over him and walk east
        intent.interact, intent.move_x, intent.move_y = True, 1.0, 0.0
        session.step()
        world.take_outbox()
    after = world.get(chris, Position)
    assert after.x - before[0] > 24, "McCauley did not drag Shiherlis"


def _hostage_taken(seed: int) -> MissionSession:
    session = MissionSession.start("downtown", "lapd", seed)
    world = session.world
    _ticks_until(session, lambda: find(world, "McCauley") != 0, 5)
    x, y = _region_centre(world, "parking-lot")
    _put(world, "Cheritto", x, y)
    _ticks_until(session, lambda: session.mission.flags.get("hostage-taken", False), 10)
    return session


def test_cheritto_takes_a_hostage_in_the_lot_and_the_shot_can_be_taken() -> None:
    session = _hostage_taken(5)
    world = session.world
    him, her = (world.get(find(world, n), Position) for n in ("Cheritto", "hostage"))
    assert math.hypot(him.x - her.x, him.y - her.y) < 40  # held close
    assert "hostage" in session.mission.countdowns
    from game.sim.damage import kill

    kill(world, find(world, "Cheritto"), session.mission.player, him.x, him.y)
    _ticks_until(session, lambda: _objective(session, "hostage-shot").done, 10)
    assert not world.has(find(world, "hostage"), Dead)


def test_the_hostage_shot_is_lost_when_nobody_takes_it() -> None:
    session = _hostage_taken(6)
    world = session.world
    _ticks_until(session, lambda: _objective(session, "hostage-shot").failed, 60 * 17)
    assert find(world, "Cheritto") == 0  # he slipped away
    assert crew_fates(world, session.mission)["Cheritto"] == "got away"


def test_the_debrief_calls_the_crew_roll_who_was_lost_and_who_made_it() -> None:
    session = MissionSession.start("downtown", "crew", 3)
    world = session.world
    _put(world, "McCauley", *_region_centre(world, "getaway"))
    _ticks_until(session, lambda: session.mission.phase == "ambush", 120)
    chris = find(world, "Shiherlis")
    at = world.get(chris, Position)
    kill(world, chris, 0, at.x, at.y)  # his bag stays in the street with him
    session.mission.outcome = "success"  # as if McCauley had just reached a way out
    fates = crew_fates(world, session.mission)
    assert fates["Breedan"] == "lost" and fates["McCauley"] == "out"
    assert fates["Shiherlis"] == "lost"
    lines = outcome_of(world, session.mission).lines
    crew = " ".join(lines[lines.index(next(ln for ln in lines if ln.startswith("Crew"))):])
    assert "Breedan lost" in crew and "McCauley out" in crew
    money = money_line(world, session.mission)
    assert money == "Carried out  $8,100,000 of $12,200,000   Left behind  $4,100,000"
    assert lines[0].startswith("Take  $8,100,000 of $12,200,000")  # the take is what got out
    assert "The code  walked away from $4,100,000" in lines


@pytest.mark.parametrize("side", ["crew", "lapd"])
def test_the_bot_wins_on_seeds_nobody_tuned(side: str) -> None:
    outcomes = [run_headless("downtown", 12000, seed, side, bot=True)["outcome"]
                for seed in (101, 202, 303)]
    assert outcomes.count("success") >= 2, outcomes


@pytest.mark.parametrize("side", ["crew", "lapd"])
def test_doing_nothing_loses(side: str) -> None:
    assert run_headless("downtown", 20000, 404, side)["outcome"] == "failed"
