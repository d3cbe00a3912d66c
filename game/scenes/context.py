"""What every scene may use, handed in at construction: settings, assets, audio, progress.

Services only: per-run inputs (mission, side, seed, chapter) travel as ``Run`` values with the
transitions (game/scenes/base.py), never as fields set here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from game.settings import Settings

if TYPE_CHECKING:
    from game.audio.sound_board import SoundBoard
    from game.render.assets import Assets
    from game.render.text_cache import TextCache


class CampaignProgress(Protocol):
    """The part of the progress store the menus need (game/progress.py provides the real one)."""

    def finished_chapters(self) -> set[str]: ...

    def record_finish(self, chapter_id: str, side: str, grade: str, time_s: float) -> None: ...


@dataclass
class MemoryProgress:
    """Progress kept for this session only: used when no store can be opened, and in tests."""

    done: dict[str, tuple[str, str, float]] = field(default_factory=dict)

    def finished_chapters(self) -> set[str]:
        return set(self.done)

    def record_finish(self, chapter_id: str, side: str, grade: str, time_s: float) -> None:
        self.done[chapter_id] = (side, grade, time_s)


@dataclass
class GameContext:
    settings: Settings = field(default_factory=Settings)
    record: Path | None = None  # `heat play --record`: where each attempt's replay is saved
    autopilot: bool = False  # the scripted bot plays (demo mode)
    assets: Assets | None = None  # None when running without a window (tests)
    text: TextCache | None = None
    sound: SoundBoard | None = None
    progress: CampaignProgress = field(default_factory=MemoryProgress)
    view_size: tuple[int, int] = (1280, 720)  # the canvas scenes draw on, set by the window
    debug_overlay: bool = False
    fps: float = 0.0
    frame_ms: float = 0.0
    apply_settings: Callable[[Settings], None] | None = None  # the app's window/audio/keys
