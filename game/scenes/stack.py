"""The scene stack (a pushdown automaton) that applies transitions and routes input."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pygame

from game.scenes.base import Scene, Transition

if TYPE_CHECKING:
    from game.input.controls import Controls


@dataclass
class SceneStack:
    scenes: list[Scene] = field(default_factory=list)
    running: bool = True

    @classmethod
    def starting_with(cls, scene: Scene) -> SceneStack:
        stack = cls()
        stack.apply(Transition("push", scene))
        return stack

    @property
    def top(self) -> Scene:
        return self.scenes[-1]

    def handle(self, action: str) -> None:
        if self.scenes:
            self.apply(self.top.handle(action))

    def update(self, dt: float, controls: Controls) -> None:
        if self.scenes:
            self.apply(self.top.update(dt, controls))

    def draw(self, surface: pygame.Surface) -> None:
        first = len(self.scenes) - 1
        while first > 0 and self.scenes[first].draws_below:
            first -= 1
        for scene in self.scenes[first:]:
            scene.draw(surface)

    def apply(self, transition: Transition) -> None:
        kind, scene = transition.kind, transition.scene
        if kind == "none":
            return
        if kind == "quit":
            while self.scenes:
                self.scenes.pop().exit()
            self.running = False
            return
        if kind in ("pop", "replace", "reset") and self.scenes:
            self.scenes.pop().exit()
        if kind == "reset":
            while self.scenes:
                self.scenes.pop().exit()
        if kind in ("push", "replace", "reset") and scene is not None:
            if kind == "push" and self.scenes:
                self.top.pause()
            self.scenes.append(scene)
            scene.enter()
        elif kind == "pop" and self.scenes:
            self.top.resume()
        if not self.scenes:
            self.running = False
