"""Replays: recording the player's Intent, saving, playing back to the same hash, bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.bots.objective_bot import ObjectiveBot
from game.headless import run_headless
from game.replay import Replay, ReplayError, load_replay
from game.session import MissionSession
from game.sim.components import Intent
from game.sim.state_hash import state_hash


def _record_bot_run(seed: int, max_ticks: int) -> tuple[Replay, str]:
    """Play the sandbox with the bot, capturing the player's Intent before each step."""
    session = MissionSession.start("sandbox", seed=seed)
    world = session.world
    intent = world.get(session.mission.player, Intent)
    assert intent is not None
    replay = Replay("sandbox", "crew", seed)
    bot = ObjectiveBot()
    for _ in range(max_ticks):
        if session.mission.outcome != "running":
            break
        bot.think(world)
        replay.capture(world.tick, intent)
        session.step()
    replay.final_hash = state_hash(world)
    return replay, session.mission.outcome


@pytest.fixture(scope="module")
def recorded() -> tuple[Replay, str]:
    return _record_bot_run(seed=11, max_ticks=18000)


def test_recording_keeps_only_changes(recorded: tuple[Replay, str]) -> None:
    replay, outcome = recorded
    assert outcome == "success"
    assert 0 < len(replay.changes) < replay.ticks
    assert all(len(row) == 9 for row in replay.changes)
    ticks = [row[0] for row in replay.changes]
    assert ticks == sorted(set(ticks)) and ticks[0] == 0


def test_saved_replay_reproduces_the_final_hash(
    recorded: tuple[Replay, str], tmp_path: Path
) -> None:
    replay, _ = recorded
    path = tmp_path / "run.replay.json"
    replay.save(path)
    report = run_headless("sandbox", None, replay_path=path)
    assert report["mission"] == "sandbox" and report["seed"] == 11
    assert report["outcome"] == "success"
    assert report["ticks"] == replay.ticks
    assert report["hash"] == replay.final_hash
    assert report["replay_matches"] is True


def test_save_and_load_round_trip(recorded: tuple[Replay, str], tmp_path: Path) -> None:
    replay, _ = recorded
    path = tmp_path / "run.replay.json"
    replay.save(path)
    loaded = load_replay(path)
    assert (loaded.mission, loaded.side, loaded.seed, loaded.ticks, loaded.final_hash) == (
        replay.mission, replay.side, replay.seed, replay.ticks, replay.final_hash
    )
    assert loaded.changes == replay.changes
    assert not list(tmp_path.glob("*.tmp"))  # the write went through a temporary file


def test_a_tampered_replay_no_longer_matches(
    recorded: tuple[Replay, str], tmp_path: Path
) -> None:
    replay, _ = recorded
    path = tmp_path / "run.replay.json"
    replay.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["seed"] = 12
    path.write_text(json.dumps(data), encoding="utf-8")
    report = run_headless("sandbox", None, replay_path=path)
    assert report["replay_matches"] is False


def _valid_replay_data() -> dict[str, object]:
    return {"format": "heat-replay", "version": 1, "game": "0.1.0", "mission": "sandbox",
            "side": "crew", "seed": 1, "ticks": 2, "final_hash": "",
            "intents": [[0, 0.0, 0.0, 0.0, 0.0, False, False, False]]}


BAD_REPLAYS: dict[str, str | bytes] = {
    "truncated.json": '{"format": "heat-replay", "version": 1, "mis',
    "empty.json": "",
    "binary.json": b"\x89PNG\r\n\x1a\n\x00\x00",
    "list.json": "[1, 2, 3]",
    "other-format.json": json.dumps({**_valid_replay_data(), "format": "tiled-map"}),
    "future-version.json": json.dumps({**_valid_replay_data(), "version": 99}),
    "no-seed.json": json.dumps({k: v for k, v in _valid_replay_data().items() if k != "seed"}),
    "short-row.json": json.dumps({**_valid_replay_data(), "intents": [[0, 1.0]]}),
    "text-seed.json": json.dumps({**_valid_replay_data(), "seed": "lucky"}),
}


def _assert_one_line_naming(err: ReplayError, path: Path) -> None:
    message = str(err)
    assert "\n" not in message
    assert str(path) in message


@pytest.mark.parametrize("name", sorted(BAD_REPLAYS))
def test_bad_replay_files_raise_replay_error(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    content = BAD_REPLAYS[name]
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ReplayError) as caught:
        load_replay(path)
    _assert_one_line_naming(caught.value, path)


def test_missing_replay_file_raises_replay_error(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.replay.json"
    with pytest.raises(ReplayError) as caught:
        run_headless("sandbox", None, replay_path=path)
    _assert_one_line_naming(caught.value, path)
    assert "not found" in str(caught.value)


def test_a_directory_given_as_replay_raises_replay_error(tmp_path: Path) -> None:
    with pytest.raises(ReplayError) as caught:
        load_replay(tmp_path)
    _assert_one_line_naming(caught.value, tmp_path)


def test_intent_rows_with_wrong_types_raise_replay_error(tmp_path: Path) -> None:
    # Eight fields, so the row length check passes, but the tick is not a number.
    data = {**_valid_replay_data(), "intents": [["soon", 1.0, 0.0, 0.0, 0.0, False, False, False]]}
    path = tmp_path / "bad-row.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ReplayError) as caught:
        run_headless("sandbox", None, replay_path=path)
    _assert_one_line_naming(caught.value, path)
