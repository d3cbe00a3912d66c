"""Reads devices into Controls (held state) and Actions (presses), through rebindable keys."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pygame

from game.settings import Settings

STICK_DEADZONE = 0.25
TRIGGER_THRESHOLD = 0.5


@dataclass
class Controls:
    """What the devices hold this frame, independent of any scene."""

    move_x: float = 0.0
    move_y: float = 0.0
    aim_screen: tuple[float, float] | None = None  # mouse, logical canvas px
    aim_stick: tuple[float, float] | None = None  # right stick direction
    fire: bool = False
    reload: bool = False
    interact: bool = False
    drop: bool = False


@dataclass
class InputMapper:
    settings: Settings
    key_codes: dict[str, set[int]] = field(default_factory=dict)
    pads: dict[int, pygame.joystick.JoystickType] = field(default_factory=dict)
    last_mouse: tuple[int, int] = (0, 0)
    using_pad: bool = False

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
            if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE):
                found.append("confirm")
            if event.key == pygame.K_r:
                found.append("retry")
            return found
        if event.type == pygame.JOYBUTTONDOWN:
            self.using_pad = True
            return {0: ["confirm"], 1: ["back"], 7: ["pause"], 6: ["restart"],
                    2: ["reload"], 3: ["interact"]}.get(event.button, [])
        if event.type == pygame.JOYHATMOTION and event.value[1]:
            return ["up"] if event.value[1] > 0 else ["down"]
        if event.type == pygame.JOYDEVICEADDED:
            pad = pygame.joystick.Joystick(event.device_index)
            self.pads[pad.get_instance_id()] = pad
        if event.type == pygame.JOYDEVICEREMOVED:
            self.pads.pop(event.instance_id, None)
        if event.type == pygame.MOUSEMOTION:
            self.using_pad = False
        return []

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
            controls.aim_screen = pygame.mouse.get_pos()
        for pad in self.pads.values():
            _read_pad(pad, controls)
        return controls


def _read_pad(pad: pygame.joystick.JoystickType, controls: Controls) -> None:
    axes = [pad.get_axis(i) for i in range(pad.get_numaxes())]
    if len(axes) >= 2 and math.hypot(axes[0], axes[1]) > STICK_DEADZONE:
        controls.move_x, controls.move_y = axes[0], axes[1]
    if len(axes) >= 5 and math.hypot(axes[3], axes[4]) > STICK_DEADZONE:
        controls.aim_stick = (axes[3], axes[4])
    if len(axes) >= 6 and axes[5] > TRIGGER_THRESHOLD:
        controls.fire = True
    if pad.get_numbuttons() > 3:
        controls.reload = controls.reload or pad.get_button(2)
        controls.interact = controls.interact or pad.get_button(3)
