"""The gamepad is rebindable like the keyboard: reload, use, drop, pause, restart and the four
crew orders each have a pad button (the orders on the d-pad unless moved) that the Controls
screen changes with a press, that settings.json keeps and checks, and that every hint names."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

from game.input.control_names import (
    hud_order_keys,
    keyboard_legend,
    pad_legend,
    prompt_keys,
    title_lines,
)
from game.input.controls import Controls, InputMapper
from game.scenes.context import GameContext
from game.scenes.settings_menu import ControlsScene
from game.settings import DEFAULT_PAD, Settings, load_settings, save_settings
from tests.test_game_pad import FakeGamePad, _button


@pytest.fixture
def controls_screen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ControlsScene:
    monkeypatch.setenv("HEAT_CONFIG_DIR", str(tmp_path))
    return ControlsScene(GameContext())


def choose(scene: ControlsScene, action: str) -> None:
    """Put the cursor on ``action``'s row and press confirm: the screen waits for a press."""
    scene.menu.index = scene.actions.index(action)
    scene.handle("confirm")
    assert scene.wants_raw_key


def test_a_pad_button_rebinds_an_action_and_is_saved(controls_screen: ControlsScene,
                                                      tmp_path: Path) -> None:
    choose(controls_screen, "reload")
    assert "gamepad button" in controls_screen.hint()
    controls_screen.bind_pad("leftshoulder")
    assert not controls_screen.wants_raw_key
    saved = json.loads((tmp_path / "settings.json").read_text())
    assert saved["pad_buttons"]["reload"] == "leftshoulder"
    assert "reload: r  |  LB" in controls_screen.menu.items


def test_one_button_one_action(controls_screen: ControlsScene) -> None:
    choose(controls_screen, "reload")
    controls_screen.bind_pad("y")  # Y was interact's
    pad = controls_screen.ctx.settings.pad_buttons
    assert (pad["reload"], pad["interact"]) == ("y", "")


def test_b_cancels_and_actions_without_a_pad_button_take_none(
        controls_screen: ControlsScene) -> None:
    choose(controls_screen, "reload")
    controls_screen.bind_pad("b")  # B always goes back: it cancels here
    choose(controls_screen, "screenshot")
    assert "B cancels" in controls_screen.hint()
    controls_screen.bind_pad("x")  # F12 has no pad twin: the press cancels
    assert not controls_screen.wants_raw_key
    assert controls_screen.ctx.settings.pad_buttons == DEFAULT_PAD


def test_reset_to_defaults_restores_the_pad_too(controls_screen: ControlsScene) -> None:
    choose(controls_screen, "order_goto")
    controls_screen.bind_pad("rightstick")
    controls_screen.menu.index = controls_screen.menu.items.index("Reset to defaults")
    controls_screen.handle("confirm")
    assert controls_screen.ctx.settings.pad_buttons == DEFAULT_PAD


def test_the_mapper_reads_the_bound_buttons() -> None:
    settings = Settings()
    settings.pad_buttons.update(reload="leftshoulder", order_follow="a")
    mapper = InputMapper(settings)
    assert _button(mapper, pygame.CONTROLLER_BUTTON_LEFTSHOULDER) == ["reload"]
    assert _button(mapper, pygame.CONTROLLER_BUTTON_X) == []
    assert _button(mapper, pygame.CONTROLLER_BUTTON_A) == ["confirm", "order_follow"]
    assert _button(mapper, pygame.CONTROLLER_BUTTON_DPAD_UP) == ["up"]  # follow moved off it
    controls = Controls()
    mapper.read_game_pad(FakeGamePad({}, {pygame.CONTROLLER_BUTTON_LEFTSHOULDER}), controls)
    assert controls.reload and not controls.interact
    controls = Controls()
    mapper.read_game_pad(FakeGamePad({}, {pygame.CONTROLLER_BUTTON_X}), controls)
    assert not controls.reload  # X no longer reloads


def test_a_bad_pad_button_in_the_file_resets_only_itself(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"pad_buttons": {"reload": "leftshoulder", "drop": "trigger",
                                                "jump": "a"}}))
    settings, message = load_settings(path)
    assert settings.pad_buttons["reload"] == "leftshoulder"
    assert settings.pad_buttons["drop"] == DEFAULT_PAD["drop"]
    assert message.count("\n") == 0 and "pad_buttons.drop" in message and "trigger" in message
    save_settings(settings, path)
    assert json.loads(path.read_text())["pad_buttons"]["jump"] == "a"  # a newer game's: kept


def test_every_hint_names_the_bound_controls() -> None:
    settings = Settings()
    settings.pad_buttons.update(interact="a", drop="leftshoulder", order_hold="rightstick")
    settings.keys["reload"] = ["t"]
    settings.keys["pause"] = ["p"]
    assert prompt_keys(settings, on_pad=True) == ("A", "LB")
    assert hud_order_keys(settings, on_pad=True) == ("Up", "RS", "Left", "Right")
    assert hud_order_keys(settings, on_pad=False) == ("1", "2", "3", "4")
    pad = dict((action, button) for button, action in pad_legend(settings))
    assert pad["use doors, charges, loot"] == "Hold A" and pad["drop a bag"] == "LB"
    assert pad["crew orders"] == "Up RS Left Right"
    assert dict((a, k) for k, a in pad_legend(Settings()))["crew orders"] == "D-pad"
    keys = dict((action, key) for key, action in keyboard_legend(settings))
    assert (keys["reload"], keys["pause, settings"]) == ("T", "P")
    assert "T reload" in title_lines(settings, on_pad=False)[0]
    assert "LB drop" in title_lines(settings, on_pad=True)[0]


def test_the_default_words_are_the_ones_the_game_always_showed() -> None:
    assert title_lines(Settings(), on_pad=False) == (
        "WASD move   Mouse aim   Left click fire   R reload   Esc pause",
        "Backspace restart   F3 debug overlay   F11 fullscreen   Gamepad supported")
    assert title_lines(Settings(), on_pad=True)[0] == (
        "Left stick move   Right stick aim   Right trigger fire   X reload   Y use   RB drop")


@pytest.mark.parametrize("value", [["x"], "x", 3, None, {"reload": 5}, {"reload": "x" * 500}])
def test_any_damaged_pad_buttons_value_is_one_line_and_the_defaults(tmp_path: Path,
                                                                    value: object) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"pad_buttons": value, "music_volume": 0.3}))
    settings, message = load_settings(path)
    assert settings.pad_buttons == DEFAULT_PAD and settings.music_volume == 0.3
    assert "\n" not in message and "pad_buttons" in message and len(message) < 400
