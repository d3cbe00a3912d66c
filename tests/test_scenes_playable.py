"""The two short scenes made only of mission data: the depository stake-out (both sides) and
the drive-in double-cross. The bot finishes each; doing the wrong thing fails where the story
says so."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest

from game.bots.objective_bot import ObjectiveBot
from game.level.missions import list_missions
from game.session import MissionSession
from game.sim.components import Intent, Position, Region
from game.sim.mission import MissionState

LIMIT = 12_000


def _run(mission: str, side: str, driver, seed: int = 0) -> MissionState:
    session = MissionSession.start(mission, side, seed)
    while session.mission.outcome == "running" and session.world.tick < LIMIT:
        driver(session)
        session.step()
        session.world.take_outbox()
    return session.mission


def _bot() -> callable:
    bot = ObjectiveBot()
    return lambda session: bot.think(session.world)


def _walk_to(session: MissionSession, name: str) -> None:
    world = session.world
    area = next(r for _, r in world.query(Region) if r.name == name)
    _walk_towards(session, area.x + area.w / 2, area.y + area.h / 2)


def _walk_towards(session: MissionSession, x: float, y: float) -> None:
    world = session.world
    me = session.mission.player
    pos, intent = world.get(me, Position), world.get(me, Intent)
    dx, dy = x - pos.x, y - pos.y
    d = math.hypot(dx, dy) or 1.0
    intent.move_x, intent.move_y = dx / d, dy / d


def test_the_scenes_are_in_the_catalogue_and_on_their_chapters() -> None:
    from game.campaign import CHAPTERS

    sides = {info.id: info.sides for info in list_missions()}
    assert sides["stakeout"] == ("crew", "lapd") and sides["drive-in"] == ("crew",)
    missions = {chapter.id: (chapter.mission, chapter.sides) for chapter in CHAPTERS}
    assert missions["stakeout"] == ("stakeout", ("crew", "lapd"))
    assert missions["eady"][0] == "drive-in"


@pytest.mark.parametrize(("mission", "side"), [("stakeout", "crew"), ("stakeout", "lapd"),
                                               ("drive-in", "crew")])
def test_the_bot_finishes_each_scene(mission: str, side: str) -> None:
    for seed in (0, 3):
        result = _run(mission, side, _bot(), seed)
        assert result.outcome == "success", (seed, result.reason)


def test_the_crew_that_hears_the_noise_and_walks_away_wins_and_the_one_that_stays_fails() -> None:
    won = _run("stakeout", "crew", _bot())
    assert won.outcome == "success" and won.objective("heard").done
    idle = _run("stakeout", "crew", lambda session: None)
    assert idle.outcome == "failed" and idle.reason == "Out of time."


def test_going_for_the_vault_after_the_noise_fails() -> None:
    def greedy(session: MissionSession) -> None:
        if session.mission.phase != "heard":
            _walk_to(session, "yard")
            return
        pos = session.world.get(session.mission.player, Position)
        if pos.y > 7 * 32:  # through the depository's south doors first
            _walk_towards(session, 29 * 32, 6 * 32)
        else:
            _walk_to(session, "vault")

    result = _run("stakeout", "crew", greedy)
    assert result.outcome == "failed" and "vault" in result.reason


def test_hanna_who_moves_while_they_are_near_spooks_them() -> None:
    def restless(session: MissionSession) -> None:
        if session.mission.phase == "near":
            session.world.get(session.mission.player, Intent).move_x = 1.0

    result = _run("stakeout", "lapd", restless)
    assert result.outcome == "failed" and "You moved" in result.reason
    still = _run("stakeout", "lapd", lambda session: None)
    assert still.outcome == "success"  # keeping still is the win


def test_standing_still_at_the_drive_in_fails() -> None:
    assert _run("drive-in", "crew", lambda session: None).outcome == "failed"


@pytest.mark.parametrize(("mission", "side"), [("stakeout", "lapd"), ("drive-in", "crew")])
def test_heat_run_bot_reaches_success(mission: str, side: str) -> None:
    out = subprocess.run([sys.executable, "-m", "game", "run", mission, "--side", side,
                          "--bot", "--ticks", str(LIMIT)], capture_output=True, text=True,
                         check=True)
    assert json.loads(out.stdout)["outcome"] == "success"
