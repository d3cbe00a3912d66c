"""Runs the game with a virtual gamepad plugged in, pressed from the test through stdin.

``python tests/virtual_pad.py play --windowed`` starts ``heat play --windowed`` in this process
after attaching a virtual joystick (SDL's own virtual joystick driver, reached with ctypes in the
SDL library pygame loaded). Each stdin line is one press: ``button N`` (down, then up a few frames
later), ``hat X Y`` (held, then centred), or ``axis N VALUE`` (held; -1..1). The game sees the
same JOYDEVICEADDED / JOYBUTTONDOWN / JOYHATMOTION / JOYAXISMOTION events a real pad sends.
"""

from __future__ import annotations

import ctypes
import sys
import threading
import time
from pathlib import Path

import pygame

ROOT = Path(__file__).resolve().parent.parent
JOYSTICK_TYPE_GAMECONTROLLER = 1
AXES, BUTTONS, HATS = 6, 15, 1
HAT_BITS = {(0, 0): 0, (0, 1): 1, (1, 0): 2, (0, -1): 4, (-1, 0): 8}
HOLD_S = 0.12  # a press is held this long: several of the game's frames see it


def sdl_library() -> ctypes.CDLL:
    """The SDL that pygame itself loaded (the same handle, so the same joystick list)."""
    maps = Path("/proc/self/maps").read_text().splitlines()
    path = next(line.split()[-1] for line in maps if "libSDL2-2" in line)
    sdl = ctypes.CDLL(path)
    sdl.SDL_JoystickOpen.restype = ctypes.c_void_p
    sdl.SDL_JoystickSetVirtualButton.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_uint8]
    sdl.SDL_JoystickSetVirtualHat.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_uint8]
    sdl.SDL_JoystickSetVirtualAxis.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int16]
    return sdl


def press(sdl: ctypes.CDLL, pad: int, line: str) -> None:
    what, *numbers = line.split()
    if what == "button":
        sdl.SDL_JoystickSetVirtualButton(pad, int(numbers[0]), 1)
        time.sleep(HOLD_S)
        sdl.SDL_JoystickSetVirtualButton(pad, int(numbers[0]), 0)
    elif what == "hat":
        bits = HAT_BITS[int(numbers[0]), int(numbers[1])]
        sdl.SDL_JoystickSetVirtualHat(pad, 0, bits)
        time.sleep(HOLD_S)
        sdl.SDL_JoystickSetVirtualHat(pad, 0, 0)
    elif what == "axis":
        value = max(-32768, min(32767, round(float(numbers[1]) * 32767)))
        sdl.SDL_JoystickSetVirtualAxis(pad, int(numbers[0]), value)


def feed(sdl: ctypes.CDLL, pad: int) -> None:
    for line in sys.stdin:
        if line.strip():
            press(sdl, pad, line)


def main() -> int:
    pygame.init()
    sdl = sdl_library()
    index = sdl.SDL_JoystickAttachVirtual(JOYSTICK_TYPE_GAMECONTROLLER, AXES, BUTTONS, HATS)
    if index < 0:
        print("virtual_pad: SDL could not attach a virtual joystick", file=sys.stderr)
        return 3
    pad = sdl.SDL_JoystickOpen(index)
    threading.Thread(target=feed, args=(sdl, pad), daemon=True).start()
    sys.path.insert(0, str(ROOT))
    from game.cli import main as heat

    return heat(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
