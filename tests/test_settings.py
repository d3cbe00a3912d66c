"""Settings persist, bad files are set aside with a clear line, and keys can be rebound."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.scenes.context import GameContext
from game.scenes.settings_menu import ControlsScene, SettingsScene
from game.settings import DEFAULT_KEYS, Settings, load_settings, save_settings


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HEAT_CONFIG_DIR", str(tmp_path))
    return tmp_path


def test_settings_round_trip(config_dir: Path) -> None:
    settings = Settings(fullscreen=True, master_volume=0.3)
    settings.keys["reload"] = ["f"]
    save_settings(settings)
    loaded, warning = load_settings()
    assert warning == "" and loaded == settings


def test_missing_file_gives_defaults_silently() -> None:
    assert load_settings() == (Settings(), "")


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"master_volume": "loud"}',
                                     '{"keys": {"up": "w"}}', '{"fullscreen": 1}'])
def test_corrupt_file_is_set_aside_with_one_clear_line(config_dir: Path, content: str) -> None:
    path = config_dir / "settings.json"
    path.write_text(content, encoding="utf-8")
    settings, warning = load_settings()
    assert settings == Settings()
    assert str(path) in warning and "\n" not in warning and "settings.json.bad" in warning
    assert (config_dir / "settings.json.bad").read_text(encoding="utf-8") == content


def test_settings_menu_toggles_and_saves(config_dir: Path) -> None:
    ctx = GameContext()
    stack = SettingsScene(ctx)
    stack.handle("left")  # Master volume (the first option): 0.8 -> 0.7
    while not stack.menu.items[stack.menu.index].startswith("Fullscreen"):
        stack.handle("down")
    stack.handle("confirm")  # Fullscreen: off -> on
    saved = json.loads((config_dir / "settings.json").read_text(encoding="utf-8"))
    assert saved["fullscreen"] is True and saved["master_volume"] == pytest.approx(0.7)


def test_rebinding_a_key_moves_it_from_its_old_action(config_dir: Path) -> None:
    ctx = GameContext()
    scene = ControlsScene(ctx)
    reload_index = list(DEFAULT_KEYS).index("reload")
    for _ in range(reload_index):
        scene.handle("down")
    scene.handle("confirm")
    assert scene.wants_raw_key
    scene.bind("e")  # e was interact's key
    assert ctx.settings.keys["reload"] == ["e"] and "e" not in ctx.settings.keys["interact"]
    loaded, _ = load_settings()
    assert loaded.keys["reload"] == ["e"]
