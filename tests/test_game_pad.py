"""Pads SDL knows are read through its game-controller layer: Start pauses and the d-pad moves
on every pad (read raw, a DualShock's Start is button 6, which the raw mapping calls restart,
and its d-pad is four buttons), and a press is never taken twice."""

from __future__ import annotations

import pygame
import pytest

from game.input.controls import Controls, InputMapper
from game.input.game_pad import AXIS_FULL
from game.scenes.context import GameContext
from game.scenes.flow import Flow
from game.scenes.settings_menu import SettingsScene
from game.settings import Settings


class FakeGamePad:
    """Stands in for pygame._sdl2.controller.Controller (no pad can be attached in CI)."""

    def __init__(self, axes: dict[int, int], buttons: set[int]) -> None:
        self.axes, self.buttons = axes, buttons

    def get_axis(self, which: int) -> int:
        return self.axes.get(which, 0)

    def get_button(self, which: int) -> bool:
        return which in self.buttons


def _button(mapper: InputMapper, button: int) -> list[str]:
    return mapper.actions_for(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=button,
                                                 instance_id=3))


def test_controller_buttons_map_by_name() -> None:
    mapper = InputMapper(Settings())
    assert _button(mapper, pygame.CONTROLLER_BUTTON_START) == ["pause"]
    assert _button(mapper, pygame.CONTROLLER_BUTTON_BACK) == ["restart"]
    assert _button(mapper, pygame.CONTROLLER_BUTTON_A) == ["confirm"]
    assert _button(mapper, pygame.CONTROLLER_BUTTON_B) == ["back"]
    # the d-pad moves through menus and, in a mission, gives the crew its orders
    assert _button(mapper, pygame.CONTROLLER_BUTTON_DPAD_DOWN) == ["down", "order_hold"]
    assert _button(mapper, pygame.CONTROLLER_BUTTON_DPAD_LEFT) == ["left", "order_cover"]


def test_a_game_pads_raw_events_are_not_taken_a_second_time() -> None:
    mapper = InputMapper(Settings())
    mapper.game_pads[3] = FakeGamePad({}, set())
    raw = pygame.event.Event(pygame.JOYBUTTONDOWN, button=6, joy=0, instance_id=3)
    assert mapper.actions_for(raw) == []  # raw 6 on a DualShock is Start, not restart
    hat = pygame.event.Event(pygame.JOYHATMOTION, value=(0, -1), joy=0, instance_id=3, hat=0)
    assert mapper.actions_for(hat) == []
    other = pygame.event.Event(pygame.JOYBUTTONDOWN, button=7, joy=1, instance_id=4)
    assert mapper.actions_for(other) == ["pause"]  # a pad SDL does not know stays raw


def test_the_left_stick_steps_menus_once_per_push() -> None:
    mapper = InputMapper(Settings())

    def push(value: float) -> list[str]:
        return mapper.actions_for(pygame.event.Event(
            pygame.CONTROLLERAXISMOTION, axis=pygame.CONTROLLER_AXIS_LEFTY,
            value=int(value * AXIS_FULL), instance_id=3))

    assert push(0.9) == ["down"]
    assert push(0.95) == []
    assert push(0.0) == []
    assert push(-0.9) == ["up"]


def test_sticks_trigger_and_buttons_are_read_each_frame() -> None:
    mapper = InputMapper(Settings())
    mapper.game_pads[3] = FakeGamePad(
        {pygame.CONTROLLER_AXIS_LEFTX: 32767, pygame.CONTROLLER_AXIS_RIGHTY: -32768,
         pygame.CONTROLLER_AXIS_TRIGGERRIGHT: 30000}, {pygame.CONTROLLER_BUTTON_X})
    controls = Controls()
    mapper.read_game_pad(mapper.game_pads[3], controls)
    assert controls.move_x == pytest.approx(1.0) and controls.move_y == 0.0
    assert controls.aim_stick == pytest.approx((0.0, -1.0))
    assert controls.fire and controls.reload and not controls.interact


def test_the_settings_are_reached_and_changed_with_controller_events_alone(
        tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HEAT_CONFIG_DIR", str(tmp_path))
    ctx = GameContext()
    flow = Flow(ctx)
    mapper = InputMapper(ctx.settings)
    for button in (pygame.CONTROLLER_BUTTON_DPAD_DOWN,) * 3 + (pygame.CONTROLLER_BUTTON_A,):
        for action in _button(mapper, button):
            flow.handle(action)
    assert isinstance(flow.top, SettingsScene)
    for action in _button(mapper, pygame.CONTROLLER_BUTTON_DPAD_LEFT):
        flow.handle(action)
    assert ctx.settings.master_volume == pytest.approx(0.7)
    for action in _button(mapper, pygame.CONTROLLER_BUTTON_B):
        flow.handle(action)
    assert type(flow.top).__name__ == "TitleScene"


def _key(mapper: InputMapper, key: int) -> list[str]:
    return mapper.actions_for(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode=""))


def test_menus_keep_the_arrows_and_esc_after_a_rebind() -> None:
    settings = Settings()
    settings.keys["down"] = ["f"]  # what Keys and buttons leaves after binding down to F
    settings.keys["pause"] = ["p"]
    mapper = InputMapper(settings)
    assert _key(mapper, pygame.K_DOWN) == ["down"]
    assert _key(mapper, pygame.K_f) == ["down"]
    assert _key(mapper, pygame.K_ESCAPE) == ["back"]
    assert _key(mapper, pygame.K_p) == ["pause"]


def test_esc_bound_to_pause_is_only_pause() -> None:
    mapper = InputMapper(Settings())
    assert _key(mapper, pygame.K_ESCAPE) == ["pause"]  # never pause and back at once
    assert _key(mapper, pygame.K_UP) == ["up"]


def test_the_right_shoulder_drops_what_is_carried() -> None:
    mapper = InputMapper(Settings())
    pad = FakeGamePad({}, {pygame.CONTROLLER_BUTTON_RIGHTSHOULDER})
    controls = Controls()
    mapper.read_game_pad(pad, controls)
    assert controls.drop and not controls.reload


def test_prompts_name_the_pads_buttons_after_the_pad_was_used() -> None:
    from game.input.control_names import prompt_keys

    settings = Settings()
    assert prompt_keys(settings, on_pad=False) == ("e", "g")
    assert prompt_keys(settings, on_pad=True) == ("Y", "RB")
    mapper = InputMapper(settings)
    _button(mapper, pygame.CONTROLLER_BUTTON_A)
    assert mapper.using_pad
    _key(mapper, pygame.K_w)
    assert not mapper.using_pad  # a key press puts the keyboard's names back


def test_the_keys_screen_tells_a_pad_player_how_to_cancel_and_fits(
        screen, tmp_path, monkeypatch) -> None:
    from game.scenes.settings_menu import ControlsScene

    _, text = screen
    monkeypatch.setenv("HEAT_CONFIG_DIR", str(tmp_path))
    scene = ControlsScene(GameContext())
    assert text.render(scene.hint(), 22).get_width() <= 1240
    scene.handle("confirm")
    assert "B cancels" in scene.hint()
