"""Player settings saved as JSON in the user's config folder: a bad value resets only itself,
with one line saying so, and nothing the player wrote is lost.

``load_settings`` never raises: a missing file is the defaults; a folder, FIFO or unreadable
file in its place is the defaults and one line; a damaged file keeps every good field, resets
the bad ones, keeps the old bytes aside as ``settings.json.bad`` (``.bad.2``... when one is
already there) and saves the repaired settings. Fields this version does not know (a newer
game's) are kept and written back on the next save. ``save_settings`` writes atomically and
returns a one-line problem instead of raising.
"""

from __future__ import annotations

import copy
import json
import math
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from game.paths import user_config_dir
from game.safe_files import (
    UnusableFileError,
    clip,
    keep_aside_then_save,
    load_json_file,
    move_aside_if_file,
    write_atomically,
)

DEFAULT_KEYS: dict[str, list[str]] = {
    "up": ["w", "up"],
    "down": ["s", "down"],
    "left": ["a", "left"],
    "right": ["d", "right"],
    "reload": ["r"],
    "interact": ["e"],
    "drop": ["g"],
    "pause": ["escape"],
    "restart": ["backspace"],
    "debug": ["f3"],
    "fullscreen": ["f11"],
    "screenshot": ["f12"],
    "order_follow": ["1"],
    "order_hold": ["2"],
    "order_cover": ["3"],
    "order_goto": ["4"],
}

DEFAULT_PAD: dict[str, str] = {
    "reload": "x",
    "interact": "y",
    "drop": "rightshoulder",
    "pause": "start",
    "restart": "back",
    "order_follow": "dpup",
    "order_hold": "dpdown",
    "order_cover": "dpleft",
    "order_goto": "dpright",
}
"""The actions a gamepad can be bound to, and their buttons (SDL game-controller names). The
sticks, the right trigger (fire), A (confirm) and B (back) are fixed; "" is no button."""

PAD_BUTTONS: tuple[str, ...] = (
    "a", "x", "y", "leftshoulder", "rightshoulder", "back", "start", "leftstick", "rightstick",
    "dpup", "dpdown", "dpleft", "dpright")
"""Buttons an action may be bound to: every button but B (it always goes back) and Guide."""

MAX_FILE_BYTES = 256 * 1024
MAX_TEXT = 200
MAX_KEYS_PER_ACTION = 8
MAX_KEY_NAME = 32
NOT_SAVED = "from_file"


# Inclusive ranges for numeric fields (a float field not listed must still be finite), and the
# values a choice field may take (text fields not listed take any short text): the settings
# screen (game/scenes/options.py) steps within these, and the loader checks against them.
LIMITS: dict[str, tuple[float, float]] = {
    "master_volume": (0.0, 1.0),
    "sfx_volume": (0.0, 1.0),
    "voice_volume": (0.0, 1.0),
    "music_volume": (0.0, 1.0),
    "mouse_fire": (1, 5),
    "subtitle_background": (0.0, 1.0),
    "damage_taken": (0.25, 2.0),
    "game_speed": (0.5, 1.0),
    "aim_assist": (0.0, 1.0),
    "mouse_sensitivity": (0.25, 3.0),
    "move_deadzone": (0.05, 0.6),
    "aim_deadzone": (0.05, 0.6),
    "zoom": (1.0, 3.0),
}
DIFFICULTY_DAMAGE = {"story": 0.4, "easy": 0.7, "normal": 1.0, "hard": 1.5}  # damage taken
CHOICES: dict[str, tuple[object, ...]] = {
    "scale_mode": ("fit", "whole"),
    "subtitle_size": ("small", "medium", "large"),
    "difficulty": tuple(DIFFICULTY_DAMAGE),
    "interact_mode": ("hold", "toggle"),
    "palette": ("default", "colourblind"),
}


@dataclass
class Settings:
    fullscreen: bool = False
    master_volume: float = 0.8
    sfx_volume: float = 1.0  # effects: shots, impacts, steps, alarms
    screen_shake: bool = True
    flashes: bool = True  # full-screen flashes of blasts (a comfort toggle beside screen_shake)
    zoom: float = 2.0  # camera zoom in the missions (see game/render/camera.py DEFAULT_ZOOM)
    palette: str = "default"  # sprite palette: default | colourblind
    keys: dict[str, list[str]] = field(default_factory=lambda: {
        k: list(v) for k, v in DEFAULT_KEYS.items()})
    mouse_fire: int = 1  # mouse button that fires (1 left, 2 middle, 3 right, 4-5 side)
    pad_buttons: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_PAD))
    voice_volume: float = 1.0  # radio and voices
    music_volume: float = 0.7  # score
    scale_mode: str = "fit"  # fit: fill the window; whole: whole-pixel multiples
    camera_lookahead: bool = True  # the camera leans toward where you aim
    pause_in_background: bool = True  # a mission pauses when its window loses the keyboard
    subtitles: bool = True
    subtitle_size: str = "medium"
    subtitle_background: float = 0.6  # opacity of the panel behind subtitles
    captions: bool = True  # important sounds in words, with their direction
    difficulty: str = "normal"  # a preset: sets damage_taken, which can then be changed
    damage_taken: float = 1.0
    game_speed: float = 1.0
    aim_assist: float = 0.5  # gamepad only; 0 is off
    interact_mode: str = "hold"
    mouse_sensitivity: float = 1.0
    move_deadzone: float = 0.25  # left stick
    aim_deadzone: float = 0.25  # right stick
    # What the file held, so that fields this version does not know survive the next save.
    from_file: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


def settings_path() -> Path:
    return user_config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> tuple[Settings, str]:
    """Settings from disk, or defaults; the message ("" when all is well) is one line saying
    what was reset and where the old file is kept."""
    path = path or settings_path()
    return load_json_file(path, MAX_FILE_BYTES, settings_from_dict, Settings,
                          everything="every setting", not_object="the file is not a JSON object",
                          unusable=_unusable, repaired=_repaired)


def _unusable(path: Path, trouble: UnusableFileError) -> str:
    """A file that cannot be read at all: a regular one is moved aside (so no save replaces
    it); a folder or pipe stays, and no save will replace it either."""
    try:
        moved = move_aside_if_file(path)
    except UnusableFileError as failed:
        return f"{path} {trouble}: default settings in use; the file {failed}"
    if moved is None:
        return (f"{path} {trouble}: default settings in use, and changes cannot be saved — "
                "move it away")
    return f"{path} {trouble}: default settings in use; the file is moved aside as {moved.name}"


def title_notice(message: str) -> str:
    """A load message as the title screen shows it: the file named without its folder."""
    return message.replace(str(settings_path().parent) + os.sep, "")


def settings_from_dict(raw: dict[str, Any]) -> tuple[Settings, list[str]]:
    """Settings from a decoded file, and what was reset: "name (why)" for each bad field."""
    settings = Settings(from_file=copy.deepcopy(raw))
    resets: list[str] = []
    for f in fields(Settings):
        if f.name == NOT_SAVED or f.name not in raw:
            continue
        if f.name == "keys":
            settings.keys, problems = _keys(raw["keys"])
            resets += problems
            continue
        if f.name == "pad_buttons":
            settings.pad_buttons, problems = _pad_buttons(raw["pad_buttons"])
            resets += problems
            continue
        problem = _problem(f.name, raw[f.name], getattr(settings, f.name))
        if problem:
            resets.append(f"{f.name} ({problem})")
        else:
            value = raw[f.name]
            setattr(settings, f.name, float(value) if isinstance(value, int) and
                    isinstance(getattr(settings, f.name), float) else value)
    return settings, resets


def _problem(name: str, value: object, default: object) -> str:
    """Why ``value`` cannot be the setting ``name`` (whose default is ``default``); "" if fine."""
    shown = clip(value)
    if isinstance(default, bool) or isinstance(value, bool):
        return "" if type(value) is type(default) else f"{shown} is not true or false"
    if isinstance(default, int | float):
        return _number_problem(name, value, default)
    if not isinstance(value, type(default)):
        return f"{shown} is not a {type(default).__name__}"
    if isinstance(value, str) and len(value) > MAX_TEXT:
        return f"{len(value)} characters is too long"
    if name in CHOICES and value not in CHOICES[name]:
        return f"{shown} is not one of {', '.join(map(str, CHOICES[name]))}"
    return ""


def _number_problem(name: str, value: object, default: float) -> str:
    shown = clip(value)
    wants_int = isinstance(default, int)
    if not isinstance(value, int | float) or (wants_int and not isinstance(value, int)):
        return f"{shown} is not a {'whole number' if wants_int else 'number'}"
    if not math.isfinite(value):
        return f"{shown} is not a finite number"
    low, high = LIMITS.get(name, (-math.inf, math.inf))
    if not low <= value <= high:
        return f"{shown} is not between {low:g} and {high:g}"
    return ""


def _keys(value: object) -> tuple[dict[str, list[str]], list[str]]:
    """Key bindings: good actions kept, bad ones reset; actions this version does not know
    stay in ``from_file`` untouched."""
    keys = {k: list(v) for k, v in DEFAULT_KEYS.items()}
    if not isinstance(value, dict):
        return keys, [f"keys ({clip(value)} is not an object of action: [key names])"]
    problems = []
    for action, names in value.items():
        if action not in DEFAULT_KEYS:
            continue
        if (not isinstance(names, list) or len(names) > MAX_KEYS_PER_ACTION
                or not all(isinstance(n, str) and 0 < len(n) <= MAX_KEY_NAME for n in names)):
            problems.append(f"keys.{action} ({clip(names)} is not a short list of key names)")
        else:
            keys[action] = list(names)
    return keys, problems


def _pad_buttons(value: object) -> tuple[dict[str, str], list[str]]:
    """Pad bindings like keys: good actions kept, a bad button resets its action alone, actions
    this version does not know stay in ``from_file``."""
    pad = dict(DEFAULT_PAD)
    if not isinstance(value, dict):
        return pad, [f"pad_buttons ({clip(value)} is not an object of action: button)"]
    problems = []
    for action, name in value.items():
        if action not in DEFAULT_PAD:
            continue
        if name != "" and name not in PAD_BUTTONS:
            problems.append(f"pad_buttons.{action} ({clip(name)} is not one of "
                            f"{', '.join(PAD_BUTTONS)}, or \"\"; now {DEFAULT_PAD[action]})")
        else:
            pad[action] = name
    return pad, problems


def _repaired(path: Path, data: bytes, settings: Settings, resets: list[str]) -> tuple[
        Settings, str]:
    """Keep the old bytes aside, then save the repaired settings; one line says what happened."""
    reset = f"{path}: reset to default: {', '.join(resets)}"
    return settings, keep_aside_then_save(
        path, data, lambda: save_settings(settings, path), reset,
        kept="old file kept as", unsaved="the repaired settings could not be saved")


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    """What to save: the file's unknown fields and key actions, then every setting."""
    data = copy.deepcopy(settings.from_file)
    for f in fields(Settings):
        if f.name == NOT_SAVED:
            continue
        value = copy.deepcopy(getattr(settings, f.name))
        if f.name in ("keys", "pad_buttons") and isinstance(data.get(f.name), dict):
            value = {**data[f.name], **value}
        data[f.name] = value
    return data


def save_settings(settings: Settings, path: Path | None = None) -> str:
    """Write the settings atomically; returns "" or one line saying why they were not saved."""
    path = path or settings_path()
    text = json.dumps(settings_to_dict(settings), indent=2)  # kept unknown fields may hold NaN
    try:
        write_atomically(path, text.encode("utf-8"), make_folder=True)
    except UnusableFileError as trouble:
        return f"{path}: settings not saved: the file {trouble}"
    return ""
