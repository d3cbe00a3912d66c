"""Player settings saved as JSON in the user's config folder; a bad file never loses defaults."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

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


def _option(default: object, *, low: float | None = None, high: float | None = None,
            choices: tuple[str, ...] = ()) -> Any:
    """A settings field with its default and what a valid value is (a range or a choice)."""
    meta: dict[str, object] = {}
    if low is not None and high is not None:
        meta["range"] = (low, high)
    if choices:
        meta["choices"] = choices
    return field(default=default, metadata=meta)


DIFFICULTY_DAMAGE = {"story": 0.4, "easy": 0.7, "normal": 1.0, "hard": 1.5}  # damage taken


@dataclass
class Settings:
    fullscreen: bool = False
    master_volume: float = _option(0.8, low=0.0, high=1.0)
    sfx_volume: float = _option(1.0, low=0.0, high=1.0)  # effects: shots, impacts, steps
    voice_volume: float = _option(1.0, low=0.0, high=1.0)  # radio and voices
    music_volume: float = _option(0.7, low=0.0, high=1.0)  # score and ambience beds
    screen_shake: bool = True
    keys: dict[str, list[str]] = field(default_factory=lambda: {
        k: list(v) for k, v in DEFAULT_KEYS.items()})
    mouse_fire: int = _option(1, low=1, high=3)  # mouse button that fires (1 left, 3 right)
    # display
    scale_mode: str = _option("fit", choices=("fit", "whole"))  # fill the window / whole pixels
    flashes: bool = True  # bright full-screen flashes (blasts)
    camera_lookahead: bool = True  # the camera leans toward where you aim
    # subtitles and captions
    subtitles: bool = True
    subtitle_size: str = _option("medium", choices=("small", "medium", "large"))
    subtitle_background: float = _option(0.6, low=0.0, high=1.0)  # panel opacity
    captions: bool = True  # important sounds in words, with their direction
    # difficulty and assists
    difficulty: str = _option("normal", choices=tuple(DIFFICULTY_DAMAGE))
    damage_taken: float = _option(1.0, low=0.25, high=2.0)  # set by difficulty, then free
    game_speed: float = _option(1.0, low=0.5, high=1.0)
    aim_assist: float = _option(0.5, low=0.0, high=1.0)  # gamepad only; 0 is off
    interact_mode: str = _option("hold", choices=("hold", "toggle"))
    # devices
    mouse_sensitivity: float = _option(1.0, low=0.25, high=3.0)
    move_deadzone: float = _option(0.25, low=0.05, high=0.6)  # left stick
    aim_deadzone: float = _option(0.25, low=0.05, high=0.6)  # right stick


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
