"""The rematch: a recorded crew run played back as a ghost while the bot plays the police;
deterministic; the AI takes the ghost over when it is down, cut off, or the recording ends; the
last run per chapter and side is kept for it; `heat run --ghost` runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from game.bots.objective_bot import ObjectiveBot
from game.rematch import (
    load_last_run,
    play_rematch,
    record_run,
    rematch_side,
    save_last_run,
    start_rematch,
)
from game.replay import load_replay
from game.sim.components import Brain, Downed, PlayerControlled, Position
from game.sim.ghost import drive_ghost
from game.sim.state_hash import state_hash

NIGHT = str(Path(__file__).parent / "fixtures" / "missions" / "night_deposit.tmx")


@pytest.fixture(scope="module")
def crew_run():
    replay, outcome = record_run(NIGHT, "crew", 1, 12_000)
    assert outcome == "success" and replay.positions and replay.changes
    return replay


def test_the_ghost_walks_where_the_player_walked(crew_run) -> None:
    session, ghost = start_rematch(NIGHT, crew_run)
    assert not session.world.has(ghost.entity, Brain)  # the recording drives it, not the AI
    play_rematch(session, ghost, None, 61)
    pos = session.world.get(ghost.entity, Position)
    x, y = ghost.positions[60]
    assert ghost.active and abs(pos.x - x) < 8 and abs(pos.y - y) < 8


def test_a_rematch_against_the_same_run_is_the_same_every_time(crew_run) -> None:
    results = []
    for _ in range(2):
        session, ghost = start_rematch(NIGHT, crew_run)
        ran = play_rematch(session, ghost, ObjectiveBot(), crew_run.ticks + 600)
        results.append((ran, session.mission.outcome, state_hash(session.world),
                        ghost.handed_over_tick, ghost.why))
    assert results[0] == results[1]


def test_the_ai_takes_over_a_downed_ghost(crew_run) -> None:
    session, ghost = start_rematch(NIGHT, crew_run)
    play_rematch(session, ghost, None, 30)
    session.world.add(ghost.entity, Downed(session.world.time_s, 30.0))
    drive_ghost(session.world, ghost)
    assert ghost.why == "down" and ghost.handed_over_tick == 30
    assert session.world.has(ghost.entity, Brain)
    assert not session.world.has(ghost.entity, PlayerControlled)


def test_the_ai_takes_over_a_ghost_cut_off_from_its_recorded_path(crew_run) -> None:
    session, ghost = start_rematch(NIGHT, crew_run)
    play_rematch(session, ghost, None, 100)
    pos = session.world.get(ghost.entity, Position)
    pos.x -= 200.0  # pushed well away (6 m) from where the recording had it
    play_rematch(session, ghost, None, 30)
    assert ghost.why == "cut off" and ghost.handed_over_tick == 120
    assert session.world.has(ghost.entity, Brain)


def test_the_recording_running_out_hands_over_too() -> None:
    replay, _ = record_run("stakeout", "crew", 0, 12_000)
    session, ghost = start_rematch("stakeout", replay)
    play_rematch(session, ghost, ObjectiveBot(), replay.ticks + 3600)
    assert ghost.why == "ended" and ghost.handed_over_tick == replay.ticks
    assert session.mission.outcome == "success"  # Hanna kept still against her own crew run


def test_the_last_run_is_kept_per_chapter_and_side(tmp_path: Path, crew_run) -> None:
    assert rematch_side("stakeout", ("crew", "lapd"), tmp_path) == ""
    assert save_last_run(crew_run, "stakeout", tmp_path) == ""
    assert (tmp_path / "stakeout.crew.json").is_file()
    assert rematch_side("stakeout", ("crew", "lapd"), tmp_path) == "lapd"
    assert rematch_side("stakeout", ("crew",), tmp_path) == ""
    loaded, problem = load_last_run("stakeout", "crew", tmp_path)
    assert problem == "" and loaded is not None and loaded.positions == crew_run.positions
    (tmp_path / "stakeout.crew.json").write_text("{broken", encoding="utf-8")
    loaded, problem = load_last_run("stakeout", "crew", tmp_path)
    assert loaded is None and "stakeout.crew.json" in problem and "\n" not in problem


def test_heat_run_ghost_plays_the_police_against_the_crew_run(tmp_path: Path,
                                                              crew_run) -> None:
    path = tmp_path / "crew.json"
    crew_run.save(path)
    assert load_replay(path).positions == crew_run.positions
    cmd = [sys.executable, "-m", "game", "run", NIGHT, "--side", "lapd", "--ghost", str(path),
           "--bot"]
    first = subprocess.run(cmd, capture_output=True, text=True, check=True)
    report = json.loads(first.stdout)
    assert report["side"] == "lapd" and report["outcome"] in ("success", "failed", "running")
    second = subprocess.run(cmd, capture_output=True, text=True, check=True)
    assert json.loads(second.stdout)["hash"] == report["hash"]
    wrong = subprocess.run([*cmd[:6], "crew", *cmd[7:]], capture_output=True, text=True)
    assert wrong.returncode != 0 and wrong.stderr.count("\n") == 1
    assert "give that --side" in wrong.stderr


def test_a_chapter_won_in_the_game_keeps_its_run_for_the_rematch(tmp_path: Path,
                                                                monkeypatch) -> None:
    from game.input.controls import Controls
    from game.scenes.base import Run
    from game.scenes.context import GameContext
    from game.scenes.mission import MissionScene

    monkeypatch.setenv("HEAT_DATA_DIR", str(tmp_path))
    scene = MissionScene(GameContext(autopilot=True), Run("stakeout", "crew", 0, "stakeout"))
    assert scene.recording is not None  # a chapter records even without --record
    for _ in range(2000):
        scene.update(1 / 30, Controls())
        if scene.recording is None:  # saved when the debrief came up
            break
    assert scene.session.mission.outcome == "success"
    kept, problem = load_last_run("stakeout", "crew", tmp_path / "runs")
    assert problem == "" and kept is not None and kept.positions
    assert rematch_side("stakeout", ("crew", "lapd"), tmp_path / "runs") == "lapd"


def test_the_armored_car_crew_run_against_the_police_bot_is_deterministic() -> None:
    replay, outcome = record_run("armored-car", "crew", 0, 20_000)
    assert outcome == "success"
    results = []
    for _ in range(2):
        session, ghost = start_rematch("armored-car", replay)
        # the police bot holds the alley and lets the crew come to it: give the fight time
        ran = play_rematch(session, ghost, ObjectiveBot(), replay.ticks + 9000)
        results.append((ran, session.mission.outcome, state_hash(session.world), ghost.why))
    assert results[0] == results[1] and results[0][1] != "running"


def test_a_replay_with_bad_positions_is_refused_in_one_line(tmp_path: Path) -> None:
    from game.replay import ReplayError

    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "heat-replay", "version": 1, "mission": "stakeout",
                                "side": "crew", "seed": 0, "ticks": 5, "intents": [],
                                "positions": [[0, 1.0, float("1e300") * 10]]}),
                    encoding="utf-8")
    with pytest.raises(ReplayError) as caught:
        load_replay(path)
    assert "bad.json" in str(caught.value) and "\n" not in str(caught.value)
