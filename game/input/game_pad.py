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
BUTTON_ACTIONS = MappingProxyType({
    pygame.CONTROLLER_BUTTON_A: ("confirm",), pygame.CONTROLLER_BUTTON_B: ("back",),
    pygame.CONTROLLER_BUTTON_START: ("pause",), pygame.CONTROLLER_BUTTON_BACK: ("restart",),
    pygame.CONTROLLER_BUTTON_X: ("reload",), pygame.CONTROLLER_BUTTON_Y: ("interact",),
    pygame.CONTROLLER_BUTTON_DPAD_UP: ("up",), pygame.CONTROLLER_BUTTON_DPAD_DOWN: ("down",),
    pygame.CONTROLLER_BUTTON_DPAD_LEFT: ("left",),
    pygame.CONTROLLER_BUTTON_DPAD_RIGHT: ("right",),
})
"""Menu and toggle actions for a controller button press (the same as the raw mapping's)."""


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


def pad_held(pad: Any) -> tuple[bool, bool, bool]:
    """(reload, interact, drop) held: X, Y and the right shoulder button."""
    return bool(pad.get_button(pygame.CONTROLLER_BUTTON_X)), \
        bool(pad.get_button(pygame.CONTROLLER_BUTTON_Y)), \
        bool(pad.get_button(pygame.CONTROLLER_BUTTON_RIGHTSHOULDER))
