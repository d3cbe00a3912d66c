"""The Scene interface and the values scenes hand the flow: where to go next, and with what."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

if TYPE_CHECKING:
    from game.input.controls import Controls


@dataclass(frozen=True, slots=True)
class Run:
    """Everything one attempt at a mission is started from; never changed once made."""

    mission: str = "sandbox"  # mission id or a .tmx path
    side: str = "crew"
    seed: int = 0
    chapter: str = ""  # the campaign chapter being played; "" for a single mission
    ghost_of: str = ""  # a rematch: the side whose stored run of the chapter drives its ghost


@dataclass(frozen=True, slots=True)
class Outcome:
    """How an attempt ended, as the debrief shows it."""

    success: bool
    title: str
    reason: str
    banner: str  # JOB DONE, KILLED, DOWN, BUSTED, FAILED
    grade: str
    lines: tuple[str, ...]
    time_s: float = 0.0
    flags: tuple[str, ...] = ()  # the mission's flags that were set (LAX: where McCauley fell)


@dataclass(frozen=True, slots=True)
class Go:
    """A transition by name (see game/scenes/flow.py for every name and where it leads)."""

    to: str
    run: Run | None = None
    chapter: str = ""
    outcome: Outcome | None = None
    notice: str = ""


STAY = Go("stay")
BACK = Go("back")
QUIT = Go("quit")


class Scene:
    """Base scene: override what you need. ``draw`` must never change state."""

    draws_below = False  # overlays (pause) let the scene underneath draw first
    animated = False  # False: the picture only changes after input, so idle frames are skipped

    def enter(self) -> None: ...
    def exit(self) -> None: ...
    def pause(self) -> None: ...
    def resume(self) -> None: ...

    def handle(self, action: str) -> Go:
        return STAY

    def update(self, dt: float, controls: Controls) -> Go:
        return STAY

    def background_update(self, dt: float) -> None:
        """Called instead of ``update`` while an overlay (pause) is on top."""

    def draw(self, surface: pygame.Surface) -> None: ...
