"""Gamepads through SDL's game-controller layer, which names every known pad's buttons and
axes alike (A is the bottom face button, Start is Start) on every system. The raw joystick
numbering differs by pad and system: on a DualShock read through SDL's HIDAPI driver button 6
is Start (raw numbering made it "restart") and the d-pad is four buttons, not a hat; on Windows
an Xbox pad's right stick is axes 2 and 3, not 3 and 4. Pads SDL does not know stay raw
(game/input/controls.py reads those).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import pygame

AXIS_FULL = 32767.0  # controller axes are 16-bit integers
TRIGGER_PRESS = 0.5
MENU_BUTTONS = MappingProxyType({
    pygame.CONTROLLER_BUTTON_A: ("confirm",), pygame.CONTROLLER_BUTTON_B: ("back",),
    pygame.CONTROLLER_BUTTON_DPAD_UP: ("up",), pygame.CONTROLLER_BUTTON_DPAD_DOWN: ("down",),
    pygame.CONTROLLER_BUTTON_DPAD_LEFT: ("left",),
    pygame.CONTROLLER_BUTTON_DPAD_RIGHT: ("right",),
})
"""The menus' fixed buttons: A confirms, B goes back, the d-pad moves (whatever is bound)."""

BUTTONS = MappingProxyType({
    "a": pygame.CONTROLLER_BUTTON_A, "b": pygame.CONTROLLER_BUTTON_B,
    "x": pygame.CONTROLLER_BUTTON_X, "y": pygame.CONTROLLER_BUTTON_Y,
    "back": pygame.CONTROLLER_BUTTON_BACK, "guide": pygame.CONTROLLER_BUTTON_GUIDE,
    "start": pygame.CONTROLLER_BUTTON_START,
    "leftstick": pygame.CONTROLLER_BUTTON_LEFTSTICK,
    "rightstick": pygame.CONTROLLER_BUTTON_RIGHTSTICK,
    "leftshoulder": pygame.CONTROLLER_BUTTON_LEFTSHOULDER,
    "rightshoulder": pygame.CONTROLLER_BUTTON_RIGHTSHOULDER,
    "dpup": pygame.CONTROLLER_BUTTON_DPAD_UP, "dpdown": pygame.CONTROLLER_BUTTON_DPAD_DOWN,
    "dpleft": pygame.CONTROLLER_BUTTON_DPAD_LEFT, "dpright": pygame.CONTROLLER_BUTTON_DPAD_RIGHT,
})
"""SDL's controller button names (as settings.json stores them) and their numbers."""

LABELS = MappingProxyType({
    "a": "A", "b": "B", "x": "X", "y": "Y", "back": "Back", "guide": "Guide", "start": "Start",
    "leftstick": "LS", "rightstick": "RS", "leftshoulder": "LB", "rightshoulder": "RB",
    "dpup": "D-pad Up", "dpdown": "D-pad Down", "dpleft": "D-pad Left",
    "dpright": "D-pad Right", "": "-",
})
"""How hints name each button (an Xbox-style pad's printing)."""


SHORT = MappingProxyType({"dpup": "Up", "dpdown": "Down", "dpleft": "Left", "dpright": "Right"})
"""The d-pad's directions where a hint has little room (the HUD's order panel)."""


def button_name(button: int) -> str:
    """SDL's name for a controller button number ("" for one it has no name for)."""
    return next((name for name, number in BUTTONS.items() if number == button), "")


def press_actions(button: int, bound: dict[str, str]) -> list[str]:
    """What one controller button press asks for: its fixed menu action, then every action
    bound to it (``bound``: action -> button name, the settings' pad_buttons)."""
    name = button_name(button)
    found = list(MENU_BUTTONS.get(button, ()))
    found += [action for action, button_of in bound.items() if name and button_of == name]
    return found


def open_game_pad(device_index: int) -> Any | None:
    """The pad at ``device_index`` as a game controller, or None when SDL has no mapping for
    it (or no controller support): then it is read as a raw joystick."""
    try:
        from pygame._sdl2 import controller
    except ImportError:
        return None
    try:
        if not controller.get_init():
            controller.init()
        if not controller.is_controller(device_index):
            return None
        return controller.Controller(device_index)
    except pygame.error:
        return None


def pad_instance_id(pad: Any) -> int:
    """The joystick instance id SDL puts on this pad's events."""
    return int(pad.as_joystick().get_instance_id())


def axis(pad: Any, which: int) -> float:
    return max(-1.0, min(1.0, pad.get_axis(which) / AXIS_FULL))


def pad_sticks(pad: Any) -> tuple[tuple[float, float], tuple[float, float], bool]:
    """(left stick, right stick, right trigger pressed), sticks from -1 to 1."""
    left = (axis(pad, pygame.CONTROLLER_AXIS_LEFTX), axis(pad, pygame.CONTROLLER_AXIS_LEFTY))
    right = (axis(pad, pygame.CONTROLLER_AXIS_RIGHTX), axis(pad, pygame.CONTROLLER_AXIS_RIGHTY))
    fire = axis(pad, pygame.CONTROLLER_AXIS_TRIGGERRIGHT) > TRIGGER_PRESS
    return left, right, fire


def pad_held(pad: Any, bound: dict[str, str]) -> tuple[bool, bool, bool]:
    """(reload, interact, drop) held: the buttons bound to them (X, Y and RB unless changed)."""
    def held(action: str) -> bool:
        number = BUTTONS.get(bound.get(action, ""))
        return number is not None and bool(pad.get_button(number))
    return held("reload"), held("interact"), held("drop")


def pad_button(bound: dict[str, str], action: str) -> str:
    """How hints name the pad button bound to ``action`` ("-" for none)."""
    return LABELS.get(bound.get(action, ""), "-")


def pad_short(bound: dict[str, str], action: str) -> str:
    """pad_button, with the d-pad named by its direction alone."""
    name = bound.get(action, "")
    return SHORT.get(name) or LABELS.get(name, "-")
