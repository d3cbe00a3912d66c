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
    from game.audio.music import MusicPlayer
    from game.audio.sound_board import SoundBoard
    from game.render.assets import Assets
    from game.render.text_cache import TextCache


class CampaignProgress(Protocol):
    """What the menus need of the progress store (game/scenes/saved_progress.py adapts the
    real one in game/progress.py)."""

    def finished_chapters(self) -> set[str]: ...

    def resume_chapter(self) -> str:
        """The chapter Continue starts; "" for none."""
        ...

    def resume_card(self) -> int:
        """The card of the resume chapter the player was reading (0: the first)."""
        ...

    def mark_place(self, chapter_id: str, card: int) -> str:
        """The player is reading ``card`` of ``chapter_id``: Continue comes back here."""
        ...

    def finish_story(self, chapter_id: str, next_chapter_id: str) -> str:
        """A chapter told only in cards was read to the end."""
        ...

    def record_win(self, mission_id: str, side: str, grade: str, time_s: float,
                   chapter_id: str = "", next_chapter_id: str = "") -> str:
        """Count a won run (and finish its chapter); returns "" or one line of trouble."""
        ...


@dataclass
class MemoryProgress:
    """Progress kept for this session only: in tests, and when nothing can be saved."""

    finished: list[str] = field(default_factory=list)
    resume: str = ""
    card: int = 0
    wins: list[tuple[str, str, str, float]] = field(default_factory=list)

    def finished_chapters(self) -> set[str]:
        return set(self.finished)

    def resume_chapter(self) -> str:
        return self.resume

    def resume_card(self) -> int:
        return self.card

    def mark_place(self, chapter_id: str, card: int) -> str:
        self.resume, self.card = chapter_id, card
        return ""

    def finish_story(self, chapter_id: str, next_chapter_id: str) -> str:
        if chapter_id not in self.finished:
            self.finished.append(chapter_id)
        self.resume, self.card = next_chapter_id, 0
        return ""

    def record_win(self, mission_id: str, side: str, grade: str, time_s: float,
                   chapter_id: str = "", next_chapter_id: str = "") -> str:
        self.wins.append((mission_id, side, grade, time_s))
        if chapter_id:
            if chapter_id not in self.finished:
                self.finished.append(chapter_id)
            self.resume, self.card = next_chapter_id, 0
        return ""


@dataclass
class GameContext:
    settings: Settings = field(default_factory=Settings)
    record: Path | None = None  # `heat play --record`: where each attempt's replay is saved
    autopilot: bool = False  # the scripted bot plays (demo mode)
    assets: Assets | None = None  # None when running without a window (tests)
    text: TextCache | None = None
    sound: SoundBoard | None = None
    music: MusicPlayer | None = None  # the score; None without audio
    progress: CampaignProgress = field(default_factory=MemoryProgress)
    view_size: tuple[int, int] = (1280, 720)  # the canvas scenes draw on, set by the window
    debug_overlay: bool = False
    using_pad: bool = False  # the player's last input came from a gamepad: hints name its buttons
    fps: float = 0.0
    frame_ms: float = 0.0
    runs: Path | None = None  # where chapters' last runs are kept (rematch); None: user data
    apply_settings: Callable[[Settings], None] | None = None  # the app's window/audio/keys
    assets_reported: list[str] = field(default_factory=list)  # missing files said on stderr
