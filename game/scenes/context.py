"""What every scene may use, handed in at construction: settings, assets, audio, options."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from game.settings import Settings

if TYPE_CHECKING:
    from game.audio.music import MusicPlayer
    from game.audio.sound_board import SoundBoard
    from game.render.assets import Assets
    from game.render.text_cache import TextCache


@dataclass
class MissionChoice:
    name: str = "sandbox"  # mission id or a .tmx path
    side: str = "crew"
    seed: int = 0


@dataclass
class GameContext:
    settings: Settings = field(default_factory=Settings)
    choice: MissionChoice = field(default_factory=MissionChoice)
    record: Path | None = None
    assets: Assets | None = None  # None when running without a window (tests)
    text: TextCache | None = None
    sound: SoundBoard | None = None
    music: MusicPlayer | None = None  # the score; None without audio
    debug_overlay: bool = False
    fps: float = 0.0
    frame_ms: float = 0.0
    autopilot: bool = False  # the scripted bot plays (demo mode)
    chapter: str = ""  # campaign chapter being played, if any
    notice: str = ""  # one line shown on the title screen (e.g. a map error)
    apply_settings: Callable[[Settings], None] | None = None  # the app's window/audio/keys
