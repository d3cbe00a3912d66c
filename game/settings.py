"""Player settings saved as JSON in the user's config folder; a bad file never loses defaults."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from game.paths import user_config_dir

DEFAULT_KEYS: dict[str, list[str]] = {
    "up": ["w", "up"],
    "down": ["s", "down"],
    "left": ["a", "left"],
    "right": ["d", "right"],
    "reload": ["r"],
    "interact": ["e"],
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


# Inclusive ranges for numeric fields, and the values a choice field may take: the settings
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
    "zoom": (1.0, 3.0),  # the look engineer's camera zoom
}
DIFFICULTY_DAMAGE = {"story": 0.4, "easy": 0.7, "normal": 1.0, "hard": 1.5}  # damage taken
CHOICES: dict[str, tuple[object, ...]] = {
    "scale_mode": ("fit", "whole"),
    "subtitle_size": ("small", "medium", "large"),
    "difficulty": tuple(DIFFICULTY_DAMAGE),
    "interact_mode": ("hold", "toggle"),
    "palette": ("default", "colourblind"),  # the look engineer's sprite palettes
}


@dataclass
class Settings:
    fullscreen: bool = False
    master_volume: float = 0.8
    sfx_volume: float = 1.0  # effects: shots, impacts, steps, alarms
    screen_shake: bool = True
    keys: dict[str, list[str]] = field(default_factory=lambda: {
        k: list(v) for k, v in DEFAULT_KEYS.items()})
    mouse_fire: int = 1  # mouse button that fires (1 left, 3 right)
    voice_volume: float = 1.0  # radio and voices
    music_volume: float = 0.7  # score
    scale_mode: str = "fit"  # fit: fill the window; whole: whole-pixel multiples
    flashes: bool = True  # bright full-screen flashes (blasts)
    camera_lookahead: bool = True  # the camera leans toward where you aim
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


def settings_path() -> Path:
    return user_config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> tuple[Settings, str]:
    """Settings from disk, or defaults; the message says what happened to a bad file."""
    path = path or settings_path()
    if not path.exists():
        return Settings(), ""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return _from_dict(data), ""
    except (ValueError, TypeError, AttributeError) as exc:
        backup = path.with_suffix(".json.bad")
        path.replace(backup)
        return Settings(), (f"{path}: unreadable settings ({exc}); defaults in use, the old file "
                            f"is kept as {backup.name} — fix or delete it")


def _from_dict(data: dict) -> Settings:
    if not isinstance(data, dict):
        raise TypeError("top level is not an object")
    settings = Settings()
    for f in fields(Settings):
        if f.name not in data:
            continue
        value, default = data[f.name], getattr(settings, f.name)
        if f.name == "keys":
            value = _keys(value)
        else:
            _check_type(f.name, value, default)
            _check_allowed(f.name, value)
            value = float(value) if isinstance(default, float) else value
        setattr(settings, f.name, value)
    return settings


def _check_type(name: str, value: object, default: object) -> None:
    if isinstance(default, bool) or isinstance(value, bool):
        ok = isinstance(value, bool) and isinstance(default, bool)
    elif isinstance(default, float):
        ok = isinstance(value, int | float)
    else:
        ok = isinstance(value, type(default))
    if not ok:
        raise TypeError(f"'{name}' should be {type(default).__name__}")


def _check_allowed(name: str, value: object) -> None:
    low, high = LIMITS.get(name, (None, None))
    if low is not None and high is not None and not low <= value <= high:  # type: ignore
        raise TypeError(f"'{name}' should be from {low} to {high}")
    if name in CHOICES and value not in CHOICES[name]:
        raise TypeError(f"'{name}' should be one of {', '.join(map(str, CHOICES[name]))}")


def _keys(value: object) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise TypeError("'keys' should be an object of action: [key names]")
    keys = {k: list(v) for k, v in DEFAULT_KEYS.items()}
    for action, names in value.items():
        if action not in DEFAULT_KEYS:
            raise TypeError(f"unknown action '{action}' in keys")
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise TypeError(f"keys.{action} should be a list of key names")
        keys[action] = names
    return keys


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    tmp.replace(path)
