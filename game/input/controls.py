"""Reads devices into Controls (held state) and Actions (presses), through rebindable keys.

Every menu works with a gamepad alone: the d-pad and the left stick move (up/down/left/right),
A confirms, B goes back, Start pauses. Stick dead-zones, mouse sensitivity and whether interact
is held or toggled come from the settings.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import pygame

from game.input.game_pad import (
    AXIS_FULL,
    open_game_pad,
    pad_held,
    pad_instance_id,
    pad_sticks,
    press_actions,
)
from game.render.viewport import Viewport, viewport_for
from game.settings import DEFAULT_KEYS, Settings

TRIGGER_THRESHOLD = 0.5
DEVICE_NEUTRAL = frozenset({"screenshot", "fullscreen"})  # keys that do not mean "on keyboard"
STICK_PRESS = 0.6  # a stick pushed this far counts as one menu step ...
STICK_RELEASE = 0.3  # ... and must come back inside this before it steps again
MENU_KEYS = {pygame.K_UP: "up", pygame.K_DOWN: "down", pygame.K_LEFT: "left",
             pygame.K_RIGHT: "right"}
RAW_PAD_BUTTONS = {0: ["confirm"], 1: ["back"], 7: ["pause"], 6: ["restart"], 2: ["reload"],
                   3: ["interact"]}
"""A pad SDL has no controller mapping for, read by raw button number (not rebindable)."""


@dataclass
class Controls:
    """What the devices hold this frame, independent of any scene."""

    move_x: float = 0.0
    move_y: float = 0.0
    aim_screen: tuple[float, float] | None = None  # mouse, canvas px
    aim_stick: tuple[float, float] | None = None  # right stick direction
    fire: bool = False
    reload: bool = False
    interact: bool = False
    drop: bool = False


def stick(x: float, y: float, deadzone: float) -> tuple[float, float] | None:
    """A stick's reading past a radial dead-zone, rescaled so it starts from zero there."""
    length = math.hypot(x, y)
    if length <= deadzone:
        return None
    scale = min(1.0, (length - deadzone) / (1.0 - deadzone)) / length
    return x * scale, y * scale


def key_known(name: str) -> bool:
    try:
        pygame.key.key_code(name)
    except (ValueError, pygame.error):
        return False
    return True


def reset_unknown_keys(settings: Settings) -> list[str]:
    """Key names pygame does not know ("nosuchkey") are dropped, and an action left with none
    gets its default keys back; one "keys.ACTION (why)" per action changed."""
    resets = []
    for action, names in settings.keys.items():
        known = [name for name in names if key_known(name)]
        if len(known) == len(names) or action not in DEFAULT_KEYS:
            continue
        unknown = ", ".join(name for name in names if name not in known)
        settings.keys[action] = known or list(DEFAULT_KEYS[action])
        resets.append(f"keys.{action} ({unknown} is not a key name; now "
                      f"{', '.join(settings.keys[action])})")
    return resets


@dataclass
class InputMapper:
    settings: Settings
    key_codes: dict[str, set[int]] = field(default_factory=dict)
    pads: dict[int, pygame.joystick.JoystickType] = field(default_factory=dict)
    game_pads: dict[int, Any] = field(default_factory=dict)  # SDL game controllers, by id
    viewport: Viewport = field(default_factory=lambda: viewport_for((1280, 720)))
    cursor: tuple[float, float] | None = None  # the aim point on the canvas
    relative: bool = False  # the mouse moves the cursor by sensitivity times its motion
    using_pad: bool = False
    interact_latched: bool = False  # interact_mode "toggle": on until pressed again
    stick_armed: dict[int, bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rebind()

    def rebind(self) -> None:
        self.key_codes = {}
        for action, names in self.settings.keys.items():
            codes = set()
            for name in names:
                try:
                    codes.add(pygame.key.key_code(name))
                except (ValueError, pygame.error):
                    continue
            self.key_codes[action] = codes

    def actions_for(self, event: pygame.event.Event) -> list[str]:
        """Menu and toggle actions triggered by one event (presses only)."""
        if event.type == pygame.KEYDOWN:
            found = [a for a, codes in self.key_codes.items() if event.key in codes]
            if not set(found) <= DEVICE_NEUTRAL or not found:
                self.using_pad = False  # a key played with: hints name keys again
            if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE):
                found.append("confirm")
            if event.key == pygame.K_r:
                found.append("retry")
            menu = MENU_KEYS.get(event.key)
            if menu is not None and menu not in found:
                found.append(menu)  # menus always answer the arrows, whatever is rebound
            if event.key == pygame.K_ESCAPE and not found:
                found.append("back")  # and Esc, when "pause" was moved off it
            self._latch(found)
            return found
        if event.type in (pygame.CONTROLLERBUTTONDOWN, pygame.CONTROLLERAXISMOTION):
            return self._game_pad_actions(event)
        if getattr(event, "instance_id", None) in self.game_pads and event.type in (
                pygame.JOYBUTTONDOWN, pygame.JOYHATMOTION, pygame.JOYAXISMOTION):
            return []  # the same press arrives as a controller event, mapped by name
        if event.type == pygame.JOYBUTTONDOWN:
            self.using_pad = True
            found = list(RAW_PAD_BUTTONS.get(event.button, []))
            self._latch(found)
            return found
        if event.type == pygame.JOYHATMOTION:
            hx, hy = event.value
            return (["up"] if hy > 0 else ["down"] if hy < 0 else []) + \
                (["right"] if hx > 0 else ["left"] if hx < 0 else [])
        if event.type == pygame.JOYAXISMOTION and event.axis in (0, 1):
            return self._stick_step(event.axis, event.value)
        if event.type == pygame.JOYDEVICEADDED:
            self._add_pad(event.device_index)
        if event.type == pygame.JOYDEVICEREMOVED:
            self.pads.pop(event.instance_id, None)
            self.game_pads.pop(event.instance_id, None)
        if event.type == pygame.MOUSEMOTION:
            self.using_pad = False
            self._move_cursor(event.pos, event.rel)
        return []

    def _add_pad(self, device_index: int) -> None:
        """A pad SDL knows is opened as a game controller (one layout for all); others raw."""
        known = open_game_pad(device_index)
        if known is not None:
            self.game_pads[pad_instance_id(known)] = known
            return
        pad = pygame.joystick.Joystick(device_index)
        self.pads[pad.get_instance_id()] = pad

    def _game_pad_actions(self, event: pygame.event.Event) -> list[str]:
        if event.type == pygame.CONTROLLERBUTTONDOWN:
            self.using_pad = True
            found = press_actions(event.button, self.settings.pad_buttons)
            self._latch(found)
            return found
        if event.axis in (pygame.CONTROLLER_AXIS_LEFTX, pygame.CONTROLLER_AXIS_LEFTY):
            return self._stick_step(event.axis, event.value / AXIS_FULL)
        return []

    def _latch(self, actions: list[str]) -> None:
        if "interact" in actions and self.settings.interact_mode == "toggle":
            self.interact_latched = not self.interact_latched

    def _stick_step(self, axis: int, value: float) -> list[str]:
        """The left stick steps through menus like the d-pad, once per push."""
        if abs(value) < STICK_RELEASE:
            self.stick_armed[axis] = True
            return []
        if abs(value) < STICK_PRESS or not self.stick_armed.get(axis, True):
            return []
        self.stick_armed[axis] = False
        if axis == 1:
            return ["down"] if value > 0 else ["up"]
        return ["right"] if value > 0 else ["left"]

    def _move_cursor(self, pos: tuple[int, int], rel: tuple[int, int]) -> None:
        if not self.relative or self.cursor is None:
            self.cursor = self.viewport.to_canvas(*pos)
            return
        width, height = self.viewport.canvas
        speed = self.settings.mouse_sensitivity / self.viewport.scale
        x = min(max(self.cursor[0] + rel[0] * speed, 0.0), width - 1.0)
        y = min(max(self.cursor[1] + rel[1] * speed, 0.0), height - 1.0)
        self.cursor = (x, y)

    def poll(self) -> Controls:
        keys = pygame.key.get_pressed()
        held = {a: any(keys[c] for c in codes) for a, codes in self.key_codes.items()}
        controls = Controls(
            move_x=float(held.get("right", False)) - float(held.get("left", False)),
            move_y=float(held.get("down", False)) - float(held.get("up", False)),
            fire=pygame.mouse.get_pressed(5)[self.settings.mouse_fire - 1],
            reload=held.get("reload", False), interact=held.get("interact", False),
            drop=held.get("drop", False),
        )
        if pygame.mouse.get_focused():
            if self.cursor is None or not self.relative:
                self.cursor = self.viewport.to_canvas(*pygame.mouse.get_pos())
            controls.aim_screen = self.cursor
        for pad in self.pads.values():
            self.read_pad(pad, controls)
        for known in self.game_pads.values():
            self.read_game_pad(known, controls)
        if self.settings.interact_mode == "toggle":
            controls.interact = self.interact_latched
        return controls

    def read_pad(self, pad: pygame.joystick.JoystickType, controls: Controls) -> None:
        axes = [pad.get_axis(i) for i in range(pad.get_numaxes())]
        if len(axes) >= 2:
            moved = stick(axes[0], axes[1], self.settings.move_deadzone)
            if moved is not None:
                controls.move_x, controls.move_y = moved
        if len(axes) >= 5:
            aimed = stick(axes[3], axes[4], self.settings.aim_deadzone)
            if aimed is not None:
                controls.aim_stick = aimed
        if len(axes) >= 6 and axes[5] > TRIGGER_THRESHOLD:
            controls.fire = True
        if pad.get_numbuttons() > 3:
            controls.reload = controls.reload or pad.get_button(2)
            controls.interact = controls.interact or pad.get_button(3)
        if pad.get_numbuttons() > 5:  # the right shoulder button drops what is carried
            controls.drop = controls.drop or pad.get_button(5)

    def read_game_pad(self, pad: Any, controls: Controls) -> None:
        (lx, ly), (rx, ry), fire = pad_sticks(pad)
        moved = stick(lx, ly, self.settings.move_deadzone)
        if moved is not None:
            controls.move_x, controls.move_y = moved
        aimed = stick(rx, ry, self.settings.aim_deadzone)
        if aimed is not None:
            controls.aim_stick = aimed
        controls.fire = controls.fire or fire
        reload, interact, drop = pad_held(pad, self.settings.pad_buttons)
        controls.reload = controls.reload or reload
        controls.interact = controls.interact or interact
        controls.drop = controls.drop or drop
