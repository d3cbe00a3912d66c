"""The Scene interface and the transitions scenes ask the stack for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

if TYPE_CHECKING:
    from game.input.controls import Controls


@dataclass(frozen=True, slots=True)
class Transition:
    kind: str  # none | push | pop | replace | reset | quit
    scene: Scene | None = None


STAY = Transition("none")
POP = Transition("pop")
QUIT = Transition("quit")


def push(scene: Scene) -> Transition:
    return Transition("push", scene)


def replace(scene: Scene) -> Transition:
    return Transition("replace", scene)


def reset(scene: Scene) -> Transition:
    """Clear the whole stack and start again from ``scene`` (e.g. quit to title)."""
    return Transition("reset", scene)


class Scene:
    """Base scene: override what you need. ``draw`` must never change state."""

    draws_below = False  # overlays (pause) let the scene underneath draw first

    def enter(self) -> None: ...
    def exit(self) -> None: ...
    def pause(self) -> None: ...
    def resume(self) -> None: ...

    def handle(self, action: str) -> Transition:
        return STAY

    def update(self, dt: float, controls: Controls) -> Transition:
        return STAY

    def draw(self, surface: pygame.Surface) -> None: ...
