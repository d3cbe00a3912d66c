"""Progress that lasts: bests per mission and side, chapters and unlocks round-trip; a damaged,
unreadable or misplaced file is refused in one line with nothing lost; a kill at any moment of
a save leaves the old file or the new one, whole."""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.progress import (
    MissionBest,
    Progress,
    ProgressError,
    finish_chapter,
    load_progress,
    progress_from_dict,
    progress_path,
    progress_to_dict,
    record_result,
    save_progress,
    unlock,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HEAT_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data" / "progress.json"


def _played() -> Progress:
    progress = record_result(Progress(), "armored-car", "crew", "B", 212.5)
    progress = record_result(progress, "sandbox", "crew", "A", 30.0)
    progress = finish_chapter(progress, "range", "armored-car")
    progress = finish_chapter(progress, "armored-car", "double-cross")
    return unlock(progress, "side:lapd")


def test_progress_round_trips_in_the_data_folder(path: Path) -> None:
    assert load_progress() == (Progress(), "")
    progress = _played()
    assert save_progress(progress) == ""  # the folder is made on the first save
    assert path.is_file() and progress_path() == path
    assert load_progress() == (progress, "")
    assert progress.resume_chapter == "double-cross" and progress.has_finished("range")
    assert progress.best("armored-car", "crew") == MissionBest("B", 212.5)
    assert progress.best("armored-car", "lapd") is None and progress.is_unlocked("side:lapd")


def test_without_an_override_progress_lives_in_the_platform_data_folder(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import user_data_path

    monkeypatch.delenv("HEAT_DATA_DIR", raising=False)
    assert progress_path() == user_data_path("heat", appauthor=False) / "progress.json"


def test_the_best_grade_and_the_best_time_are_kept_each_on_its_own() -> None:
    progress = record_result(Progress(), "armored-car", "crew", "C", 100.0)
    progress = record_result(progress, "armored-car", "crew", "A", 180.0)
    progress = record_result(progress, "armored-car", "crew", "D", 90.0)
    assert progress.best("armored-car", "crew") == MissionBest("A", 90.0)
    progress = record_result(progress, "armored-car", "lapd", "B", 300.0)
    assert progress.best("armored-car", "lapd") == MissionBest("B", 300.0)
    assert progress.best("armored-car", "crew") == MissionBest("A", 90.0)
    assert record_result(progress, "armored-car", "crew", "F", 1.0) == progress


@pytest.mark.parametrize("grade, time_s", [("Z", 10.0), ("A", float("nan")), ("A", -1.0),
                                           ("A", float("inf")), ("", 5.0)])
def test_an_impossible_result_is_refused(grade: str, time_s: float) -> None:
    with pytest.raises(ProgressError):
        record_result(Progress(), "sandbox", "crew", grade, time_s)


def test_chapters_and_unlocks_are_counted_once() -> None:
    progress = finish_chapter(finish_chapter(Progress(), "range", "a"), "range", "b")
    assert progress.finished == ("range",) and progress.resume_chapter == "b"
    assert unlock(unlock(Progress(), "x"), "x").unlocks == ("x",)


def _one_line(message: str, path: Path) -> None:
    assert message and "\n" not in message and str(path) in message, message


@pytest.mark.parametrize("content", ["{half", "[]", "", '{"format": "heat-progress", '
                                     '"version": 99}', '{"format": "something-else"}'])
def test_a_damaged_file_is_refused_in_one_line_and_kept_aside(path: Path, content: str) -> None:
    path.parent.mkdir()
    path.write_text(content, encoding="utf-8")
    progress, notice = load_progress()
    assert progress == Progress()
    _one_line(notice, path)
    assert "progress.json.bad" in notice
    assert (path.parent / "progress.json.bad").read_text(encoding="utf-8") == content
    assert load_progress() == (Progress(), "")  # the next launch is quiet


def test_one_bad_entry_costs_only_itself(path: Path) -> None:
    save_progress(_played())
    data = json.loads(path.read_text(encoding="utf-8"))
    data["best"]["sandbox"]["crew"]["time_s"] = "fast"
    data["best"]["heist"] = {"lapd": {"grade": "Q", "time_s": 3}}
    data["unlocks"].append(7)
    raw = json.dumps(data).replace('"fast"', "NaN")
    path.write_text(raw, encoding="utf-8")
    progress, notice = load_progress()
    _one_line(notice, path)
    assert "best.sandbox.crew" in notice and "best.heist.lapd" in notice and "unlocks" in notice
    assert progress.best("armored-car", "crew") == MissionBest("B", 212.5)
    assert progress.best("sandbox", "crew") is None
    assert progress.finished == ("range", "armored-car") and progress.unlocks == ("side:lapd",)
    assert (path.parent / "progress.json.bad").read_text(encoding="utf-8") == raw


def test_fields_a_newer_game_wrote_survive_a_save(path: Path) -> None:
    data = json.loads(json.dumps({"format": "heat-progress", "version": 1,
                                  "ghosts": {"armored-car": "ghost-1.json"}, "playtime_s": 9}))
    path.parent.mkdir()
    path.write_text(json.dumps(data), encoding="utf-8")
    progress, notice = load_progress()
    assert notice == ""
    save_progress(record_result(progress, "sandbox", "crew", "A", 1.0))
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["ghosts"] == {"armored-car": "ghost-1.json"} and saved["playtime_s"] == 9
    assert saved["best"]["sandbox"]["crew"] == {"grade": "A", "time_s": 1.0}


def test_an_older_bad_copy_is_never_overwritten(path: Path) -> None:
    path.parent.mkdir()
    (path.parent / "progress.json.bad").write_text("first", encoding="utf-8")
    path.write_text("second{", encoding="utf-8")
    _, notice = load_progress()
    assert "progress.json.bad.2" in notice
    assert (path.parent / "progress.json.bad").read_text(encoding="utf-8") == "first"
    assert (path.parent / "progress.json.bad.2").read_text(encoding="utf-8") == "second{"


def test_a_folder_in_place_of_the_file_is_one_line_and_never_replaced(path: Path) -> None:
    path.mkdir(parents=True)
    progress, notice = load_progress()
    assert progress == Progress() and "folder" in notice
    _one_line(notice, path)
    _one_line(save_progress(_played()), path)
    assert path.is_dir()


def test_a_fifo_in_place_of_the_file_does_not_hang(path: Path) -> None:
    path.parent.mkdir()
    os.mkfifo(path)
    code = "from game.progress import load_progress; print(load_progress()[1])"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, check=False,
                            env={**os.environ, "HEAT_DATA_DIR": str(path.parent)})
    assert result.returncode == 0, result.stderr
    assert "not a regular file" in result.stdout and path.is_fifo()


def test_an_unreadable_file_is_moved_aside_so_no_save_replaces_it(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_progress(_played())
    original = path.read_text(encoding="utf-8")
    real_open = os.open

    def refuse(file: object, flags: int, *args: object) -> int:
        if Path(str(file)) == path:  # as root nothing is unreadable: refuse as the kernel would
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, flags, *args)

    monkeypatch.setattr(os, "open", refuse)
    progress, notice = load_progress()
    monkeypatch.undo()
    assert progress == Progress() and "Permission denied" in notice
    _one_line(notice, path)
    assert save_progress(progress) == ""
    assert (path.parent / "progress.json.bad").read_text(encoding="utf-8") == original


def test_a_read_only_folder_is_one_line(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    message = save_progress(_played())
    _one_line(message, path)
    assert "Read-only file system" in message and not path.exists()


WRITER = """
import sys
from pathlib import Path
from game.progress import MissionBest, Progress, save_progress
path = Path(sys.argv[1])
version = 0
while True:
    version += 1
    best = MissionBest("A", float(version))
    bests = tuple((f"mission-{n:04d}", "crew", best) for n in range(200 + version % 300))
    # Sizes change from save to save, so a torn or mixed file would show.
    assert save_progress(Progress(bests=bests, unlocks=(f"version:{version}",)), path) == ""
    if version == 1:
        print("saved", flush=True)
"""


def _whole(path: Path) -> int:
    """The version in the file, checking that the file is one complete save."""
    progress, notice = load_progress(path)
    assert notice == "", notice
    (name,) = progress.unlocks
    version = int(name.removeprefix("version:"))
    assert len(progress.bests) == 200 + version % 300
    assert {best.time_s for _, _, best in progress.bests} == {float(version)}
    return version


def test_a_kill_at_any_moment_leaves_the_old_or_the_new_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    delays = random.Random(13)
    last = 0
    for _ in range(20):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], cwd=ROOT,
                                  stdout=subprocess.PIPE, text=True)
        assert writer.stdout is not None and writer.stdout.readline() == "saved\n"
        try:
            writer.wait(timeout=delays.uniform(0.0, 0.3))
        except subprocess.TimeoutExpired:
            writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=60)
        writer.stdout.close()
        assert writer.returncode == -signal.SIGKILL
        last = _whole(path)
        assert last >= 1
    leftovers = [p for p in tmp_path.iterdir() if p.name != "progress.json"]
    assert all(p.name.startswith(".progress.json.") for p in leftovers), leftovers
    for temp in leftovers:  # what killed writers left is swept once it is old
        os.utime(temp, (1.0, 1.0))
    fresh = tmp_path / ".progress.json.fresh.tmp"
    fresh.write_text("a save in progress", encoding="utf-8")
    assert save_progress(Progress(), path) == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == [fresh.name, "progress.json"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                  max_size=3),
    max_leaves=10)
best_entries = st.dictionaries(st.text(max_size=10), st.dictionaries(
    st.sampled_from(["crew", "lapd", ""]),
    st.fixed_dictionaries({"grade": st.sampled_from(["A", "B", "F", "?"]) | json_values,
                           "time_s": st.floats() | json_values}), max_size=2), max_size=3)
progress_files = st.fixed_dictionaries(
    {"format": st.just("heat-progress"), "version": st.just(1)},
    optional={"resume_chapter": st.text(max_size=10) | json_values,
              "finished": st.lists(st.text(max_size=10)) | json_values,
              "best": best_entries | json_values,
              "unlocks": st.lists(st.text(max_size=10)) | json_values,
              "extra": json_values})


@settings(max_examples=200)
@given(progress_files)
def test_any_decoded_progress_keeps_its_good_entries_and_round_trips(data: dict) -> None:
    progress, dropped = progress_from_dict(data)
    assert all("\n" not in line for line in dropped)
    again, none = progress_from_dict(json.loads(json.dumps(progress_to_dict(progress))))
    assert (again, none) == (progress, [])


@settings(max_examples=60)
@given(progress_files)
def test_any_progress_file_loads_saves_and_reloads_the_same(data: dict) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "progress.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        progress, notice = load_progress(path)
        assert "\n" not in notice
        assert save_progress(progress, path) == ""
        assert load_progress(path) == (progress, "")
