"""Hostile settings files: FIFOs, folders, unreadable files, read-only folders, bad values,
older .bad copies and two processes saving at once. Nothing crashes, hangs or is lost."""

from __future__ import annotations

import errno
import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.scenes.context import GameContext
from game.scenes.settings_menu import SettingsScene
from game.settings import LIMITS, Settings, load_settings, save_settings, title_notice

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HEAT_CONFIG_DIR", str(tmp_path))
    return tmp_path / "settings.json"


def _one_line_naming(message: str, path: Path) -> None:
    assert message and "\n" not in message and str(path) in message, message


def test_a_fifo_in_place_of_the_file_does_not_hang_start_up(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "settings.json")
    code = ("from game.settings import load_settings, save_settings, Settings\n"
            "s, line = load_settings()\n"
            "print(s == Settings()); print(line); print(save_settings(s))\n")
    # A hang would raise TimeoutExpired and fail the test (no timing is asserted).
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, check=False,
                            env={**os.environ, "HEAT_CONFIG_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    same, loaded, saved = result.stdout.splitlines()
    assert same == "True"
    assert "not a regular file" in loaded and "not a regular file" in saved
    assert (tmp_path / "settings.json").is_fifo()  # never replaced by a save


def test_a_folder_in_place_of_the_file_gives_defaults_and_one_line(path: Path) -> None:
    path.mkdir()
    settings, message = load_settings()
    assert settings == Settings()
    _one_line_naming(message, path)
    assert "folder" in message
    _one_line_naming(save_settings(settings), path)
    assert path.is_dir()


def test_an_unreadable_file_gives_defaults_and_one_line(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, whom permission bits do not stop: make the kernel's refusal directly.
    path.write_text('{"fullscreen": true}', encoding="utf-8")
    real_open = os.open

    def refuse(file: object, flags: int, *args: object) -> int:
        if Path(str(file)) == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, flags, *args)

    monkeypatch.setattr(os, "open", refuse)
    settings, message = load_settings()
    assert settings == Settings()
    _one_line_naming(message, path)
    assert "Permission denied" in message and "settings.json.bad" in message
    monkeypatch.undo()
    assert save_settings(settings) == ""  # the save cannot replace what could not be read
    kept = path.parent / "settings.json.bad"
    assert kept.read_text(encoding="utf-8") == '{"fullscreen": true}'  # nothing lost


def test_a_huge_file_is_moved_aside_not_read(path: Path) -> None:
    path.write_bytes(b" " * (1024 * 1024) + b"{}")
    settings, message = load_settings()
    assert settings == Settings() and "larger than" in message and ".bad" in message
    assert (path.parent / "settings.json.bad").stat().st_size == 1024 * 1024 + 2


def test_a_read_only_folder_means_not_saved_in_one_line(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path.write_text('{"fullscreen": true}', encoding="utf-8")

    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    message = save_settings(Settings(master_volume=0.1))
    _one_line_naming(message, path)
    assert "Read-only file system" in message
    assert path.read_text(encoding="utf-8") == '{"fullscreen": true}'


def test_a_config_folder_that_is_a_file_means_not_saved_in_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "heat"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("HEAT_CONFIG_DIR", str(blocker))
    settings, message = load_settings()
    assert settings == Settings() and "Not a directory" in message and "\n" not in message
    message = save_settings(Settings())
    assert message and "\n" not in message and "settings not saved" in message
    assert blocker.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.parametrize("field, value", [  # value: the JSON text in the file
    ("mouse_fire", "99"), ("mouse_fire", "0"), ("mouse_fire", "1.5"), ("mouse_fire", '"left"'),
    ("master_volume", "NaN"), ("master_volume", "Infinity"), ("sfx_volume", "-Infinity"),
    ("master_volume", "1e999"), ("master_volume", "2"), ("master_volume", "-0.5"),
    ("sfx_volume", "9" * 5000), ("fullscreen", "1"), ("screen_shake", "null"),
])
def test_one_bad_field_resets_only_itself(path: Path, field: str, value: str) -> None:
    good = {"fullscreen": True, "master_volume": 0.25, "sfx_volume": 0.5,
            "screen_shake": False, "mouse_fire": 3, "keys": {"reload": ["f"]}}
    del good[field]
    raw = json.dumps(good)[:-1] + f', "{field}": {value}}}'
    path.write_text(raw, encoding="utf-8")
    settings, message = load_settings()
    _one_line_naming(message, path)
    assert f"reset to default: {field} (" in message and "settings.json.bad" in message
    assert getattr(settings, field) == getattr(Settings(), field)
    for name, kept in good.items():
        if name != "keys":
            assert getattr(settings, name) == kept, name
    assert settings.keys["reload"] == ["f"]
    assert (path.parent / "settings.json.bad").read_text(encoding="utf-8") == raw
    again, quiet = load_settings()  # the repaired file was saved: no message next launch
    assert quiet == "" and again == settings


def test_a_bad_key_binding_resets_only_that_action(path: Path) -> None:
    path.write_text(json.dumps({"keys": {"reload": ["f"], "up": [3], "down": "s"},
                                "mouse_fire": 3}), encoding="utf-8")
    settings, message = load_settings()
    assert "keys.up" in message and "keys.down" in message and "reload" not in message
    assert settings.keys["reload"] == ["f"] and settings.keys["up"] == ["w", "up"]
    assert settings.mouse_fire == 3


def test_unknown_fields_and_actions_survive_a_save(path: Path) -> None:
    path.write_text(json.dumps({"fullscreen": True, "subtitle_size": "large",
                                "future": {"nested": [1, 2]},
                                "keys": {"dance": ["x"], "reload": ["f"]}}), encoding="utf-8")
    settings, message = load_settings()
    assert message == "" and settings.fullscreen and settings.keys["reload"] == ["f"]
    settings.master_volume = 0.5
    assert save_settings(settings) == ""
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["subtitle_size"] == "large" and saved["future"] == {"nested": [1, 2]}
    assert saved["keys"]["dance"] == ["x"] and saved["keys"]["reload"] == ["f"]
    assert saved["master_volume"] == 0.5 and saved["fullscreen"] is True
    assert "from_file" not in saved


def test_an_older_bad_copy_is_never_overwritten(path: Path) -> None:
    older = path.parent / "settings.json.bad"
    older.write_text("the first broken file", encoding="utf-8")
    for attempt in (2, 3):
        path.write_text(f"{{broken {attempt}", encoding="utf-8")
        _, message = load_settings()
        assert f"settings.json.bad.{attempt}" in message
        kept = path.parent / f"settings.json.bad.{attempt}"
        assert kept.read_text(encoding="utf-8") == f"{{broken {attempt}"
    assert older.read_text(encoding="utf-8") == "the first broken file"


def test_saves_leave_no_temporary_files(path: Path) -> None:
    for volume in (0.1, 0.2, 0.3):
        assert save_settings(Settings(master_volume=volume)) == ""
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]


SAVER = """
import sys
from pathlib import Path
from game.settings import Settings, save_settings
path, volume = Path(sys.argv[1]), float(sys.argv[2])
for _ in range(300):
    problem = save_settings(Settings(master_volume=volume, keys={"up": ["x"] * 8}), path)
    assert problem == "", problem
"""


def test_two_processes_saving_at_once_never_tear(path: Path) -> None:
    savers = [subprocess.Popen([sys.executable, "-c", SAVER, str(path), volume], cwd=ROOT)
              for volume in ("0.25", "0.75")]
    seen = set()
    while any(p.poll() is None for p in savers):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            continue
        seen.add(data["master_volume"])  # a torn file would fail to parse here
    assert [p.wait(timeout=120) for p in savers] == [0, 0]
    assert seen <= {0.25, 0.75}
    assert load_settings(path)[1] == ""
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                  max_size=4),
    max_leaves=12)
field_names = st.sampled_from(["fullscreen", "master_volume", "sfx_volume", "screen_shake",
                               "keys", "mouse_fire", "other"])


@given(st.dictionaries(field_names, json_values, max_size=7))
def test_any_decoded_file_loads_in_range_and_the_menu_draws_it(data: dict) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        settings, message = load_settings(path)
        assert "\n" not in message
        for name, (low, high) in LIMITS.items():
            value = getattr(settings, name)
            assert math.isfinite(value) and low <= value <= high
        assert all(isinstance(v, list) for v in settings.keys.values())
        SettingsScene(GameContext(settings=settings))._labels()
        assert load_settings(path) == (settings, "")


@given(st.binary(max_size=200))
def test_any_bytes_load_without_raising(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_bytes(data)
        settings, message = load_settings(path)
        assert "\n" not in message
        assert isinstance(settings, Settings)


def test_an_unknown_field_holding_nan_does_not_block_saving(path: Path) -> None:
    path.write_text('{"future": NaN, "keys": {"": Infinity}, "fullscreen": true}',
                    encoding="utf-8")
    settings, message = load_settings()
    assert message == "" and settings.fullscreen
    assert save_settings(settings) == ""
    assert load_settings() == (settings, "")


def test_the_title_screen_notice_names_the_file_without_its_folder(path: Path) -> None:
    path.write_text('{"mouse_fire": 99}', encoding="utf-8")
    _, message = load_settings()
    notice = title_notice(message)
    assert notice.startswith("settings.json: reset to default: mouse_fire (99 ")
    assert str(path.parent) not in notice and len(notice) <= 140


def test_saved_files_are_readable_like_any_other(path: Path) -> None:
    assert save_settings(Settings()) == ""
    assert path.stat().st_mode & 0o777 == 0o644
    path.chmod(0o600)
    assert save_settings(Settings(fullscreen=True)) == ""
    assert path.stat().st_mode & 0o777 == 0o600  # a mode the player chose is kept


def test_a_settings_file_kept_as_a_symlink_stays_one(path: Path) -> None:
    real = path.parent / "dotfiles" / "heat-settings.json"
    real.parent.mkdir()
    real.write_text('{"fullscreen": true}', encoding="utf-8")
    path.symlink_to(real)
    settings, message = load_settings()
    assert message == "" and settings.fullscreen
    assert save_settings(Settings(master_volume=0.3)) == ""
    assert path.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["master_volume"] == 0.3


def test_a_bad_file_in_a_read_only_folder_is_left_as_it_was(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path.write_text('{"mouse_fire": 99, "fullscreen": true}', encoding="utf-8")
    real_open = os.open

    def read_only(file: object, flags: int, *args: object) -> int:
        if flags & os.O_CREAT:  # what a read-only mount answers, even to root
            raise OSError(errno.EROFS, "Read-only file system", str(file))
        return real_open(file, flags, *args)

    monkeypatch.setattr(os, "open", read_only)
    monkeypatch.setattr(tempfile, "mkstemp", lambda *a, **k: read_only("temp", os.O_CREAT))
    settings, message = load_settings()
    assert settings.fullscreen and settings.mouse_fire == 1
    _one_line_naming(message, path)
    assert "left as it was" in message and "Read-only file system" in message
    assert path.read_text(encoding="utf-8") == '{"mouse_fire": 99, "fullscreen": true}'
    assert "Read-only file system" in save_settings(settings)
