"""Replays as a user hands them over: a map given by path records and replays, a replay of
another mission says so, --record into a folder that cannot take it is refused at start, and
no number in a replay file can crash, hang or overflow the game."""

from __future__ import annotations

import copy
import errno
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game import cli, replay
from game.headless import run_headless
from game.input.controls import Controls
from game.level.missions import UnknownMissionError
from game.replay import Replay, ReplayError, check_can_record, load_replay
from game.scenes.base import Run
from game.scenes.context import GameContext
from game.scenes.mission import MissionScene
from game.sim.units import DT

ROOT = Path(__file__).resolve().parent.parent


def heat(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    return subprocess.run([sys.executable, "-m", "game", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def _one_line(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode == 1, result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def path_map_replay(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``heat play maps/combat-range.tmx --record FILE`` played by the demo bot for 400 ticks,
    through the real mission scene, then left (which saves the recording)."""
    record = tmp_path_factory.mktemp("rec") / "range.replay.json"
    ctx = GameContext(record=record, autopilot=True)
    cwd = Path.cwd()
    os.chdir(ROOT)  # the map is named relative to the checkout, as a user would type it
    try:
        scene = MissionScene(ctx, Run("maps/combat-range.tmx", "crew", 3))
        for _ in range(400):
            scene.update(DT, Controls())
        scene.exit()
    finally:
        os.chdir(cwd)
    assert record.is_file()
    return record


def test_a_replay_of_a_map_given_by_path_replays(path_map_replay: Path) -> None:
    result = heat("run", "maps/combat-range.tmx", "--replay", str(path_map_replay))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["mission"] == "combat-range" and report["seed"] == 3
    assert report["replay_matches"] is True


def test_a_replay_of_another_mission_says_so(path_map_replay: Path) -> None:
    line = _one_line(heat("run", "sandbox", "--replay", str(path_map_replay)),
                     str(path_map_replay), "'combat-range'", "'sandbox'")
    assert "not" in line


def test_replaying_under_the_wrong_name_in_process_is_a_replay_error(
        path_map_replay: Path) -> None:
    with pytest.raises(ReplayError, match="combat-range"):
        run_headless("armored-car", None, replay_path=path_map_replay)


@pytest.mark.parametrize("where", ["missing-folder", "folder-is-a-file", "a-folder"])
def test_record_where_it_cannot_be_saved_is_refused_at_start(tmp_path: Path, where: str) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    target = {"missing-folder": tmp_path / "gone" / "run.json",
              "folder-is-a-file": tmp_path / "file" / "run.json",
              "a-folder": tmp_path}[where]
    # Refused before any window opens: were it not, the game would run until the timeout.
    _one_line(heat("play", "sandbox", "--record", str(target)), str(target), "cannot record")


def test_record_into_a_read_only_folder_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # As root, permission bits do not stop a write: make the refusal a read-only mount gives.
    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(ReplayError, match="Read-only file system") as caught:
        check_can_record(tmp_path / "run.json")
    assert "\n" not in str(caught.value)
    with pytest.raises(ReplayError, match="not saved") as caught:
        Replay("sandbox", "crew", 1).save(tmp_path / "run.json")
    assert not (tmp_path / "run.json").exists()


def test_record_into_a_writable_folder_is_accepted(tmp_path: Path) -> None:
    check_can_record(tmp_path / "run.json")
    assert list(tmp_path.iterdir()) == []  # the probe leaves nothing behind


def test_the_command_line_and_replays_share_one_tick_cap() -> None:
    assert cli.MAX_TICKS == replay.MAX_TICKS and cli.MAX_SEED == replay.MAX_SEED


def _valid() -> dict:
    return {"format": "heat-replay", "version": 1, "game": "0.1.0", "mission": "sandbox",
            "side": "crew", "seed": 1, "ticks": 30, "final_hash": "",
            "intents": [[0, 1.0, 0.0, 300.0, 200.0, False, False, False],
                        [10, 0.0, -1.0, 310.0, 190.0, True, False, False]],
            "orders": [[5, "hold", 0.0, 0.0]]}


def _with(path: list, value: str) -> str:
    """The valid replay as JSON text with the value at ``path`` replaced by raw JSON text."""
    data = _valid()
    marker = "__value__"
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = marker
    return json.dumps(data).replace(json.dumps(marker), value)


ABSURD = {
    "seed-nan": (["seed"], "NaN"), "seed-inf": (["seed"], "1e999"),
    "seed-40-digits": (["seed"], "9" * 40), "seed-50000-digits": (["seed"], "7" * 50000),
    "seed-float": (["seed"], "1.5"), "ticks-huge": (["ticks"], "1000000000000"),
    "ticks-negative": (["ticks"], "-5"), "ticks-inf": (["ticks"], "Infinity"),
    "move-nan": (["intents", 0, 1], "NaN"), "move-big": (["intents", 0, 2], "5"),
    "aim-inf": (["intents", 1, 3], "-Infinity"), "aim-1e300": (["intents", 1, 4], "1e300"),
    "tick-inf": (["intents", 1, 0], "1e999"), "tick-huge": (["intents", 1, 0], "10000000000"),
    "order-x-nan": (["orders", 0, 2], "NaN"), "order-y-big": (["orders", 0, 3], "1e200"),
    "order-tick-float": (["orders", 0, 0], "2.5"), "side-unknown": (["side"], '"aliens"'),
    "mission-number": (["mission"], "1e999"), "intents-object": (["intents"], "{}"),
    "deep-nesting": (["orders"], "[" * 100000 + "]" * 100000),
    "row-not-a-list": (["intents", 0], '"fire"'), "tick-repeated": (["intents", 1, 0], "0"),
    "hash-not-text": (["final_hash"], "[]"),
}


@pytest.mark.parametrize("name", sorted(ABSURD))
def test_absurd_numbers_in_a_replay_are_one_clear_line(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.json"
    path.write_text(_with(*ABSURD[name]), encoding="utf-8")
    with pytest.raises(ReplayError) as caught:
        load_replay(path)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message and len(message) < 400


def test_the_valid_replay_used_above_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "fine.json"
    path.write_text(json.dumps(_valid()), encoding="utf-8")
    assert run_headless("sandbox", None, replay_path=path)["ticks"] == 30


def test_an_absurd_replay_through_the_command_line_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "nan.json"
    path.write_text(_with(["intents", 0, 1], "NaN"), encoding="utf-8")
    _one_line(heat("run", "sandbox", "--replay", str(path)), str(path), "move")


def test_a_fifo_given_as_a_replay_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    _one_line(heat("run", "sandbox", "--replay", str(fifo)), str(fifo), "not a regular file")


leaves = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=8),
                   st.just([]), st.just({}), st.just(10**40))


@st.composite
def mutated_replays(draw: st.DrawFn) -> dict:
    """The valid replay with a few values anywhere in it replaced by anything JSON can hold."""
    data = _valid()
    for _ in range(draw(st.integers(1, 3))):
        target: list | dict = data
        while True:
            key = draw(st.sampled_from(list(range(len(target))) if isinstance(target, list)
                                       else list(target)))
            inner = target[key]
            if not isinstance(inner, list | dict) or not inner or draw(st.booleans()):
                break
            target = inner
        target[key] = draw(leaves)
    return data


@settings(max_examples=300)
@given(mutated_replays())
def test_any_mutated_replay_is_refused_in_one_line_or_plays(data: dict) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.json"
        path.write_text(json.dumps(copy.deepcopy(data)), encoding="utf-8")
        try:
            loaded = load_replay(path)
        except ReplayError as err:
            assert "\n" not in str(err) and str(path) in str(err)
            return
        try:
            report = run_headless(loaded.mission, 5, replay_path=path)
        except UnknownMissionError as err:  # a mutated mission id: the CLI's one line
            assert "\n" not in str(err) and loaded.mission in str(err)
            return
        assert report["ticks"] <= 5
