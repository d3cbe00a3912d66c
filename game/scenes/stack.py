"""The scene stack (a pushdown automaton): push, pop, replace, clear; draws overlays on top."""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.scenes.base import Scene


@dataclass
class SceneStack:
    scenes: list[Scene] = field(default_factory=list)

    @property
    def top(self) -> Scene:
        return self.scenes[-1]

    def push(self, scene: Scene) -> None:
        if self.scenes:
            self.top.pause()
        self.scenes.append(scene)
        scene.enter()

    def pop(self) -> None:
        if self.scenes:
            self.scenes.pop().exit()
        if self.scenes:
            self.top.resume()

    def replace(self, scene: Scene) -> None:
        if self.scenes:
            self.scenes.pop().exit()
        self.scenes.append(scene)
        scene.enter()

    def clear(self) -> None:
        while self.scenes:
            self.scenes.pop().exit()

    def draw(self, surface: pygame.Surface) -> None:
        first = len(self.scenes) - 1
        while first > 0 and self.scenes[first].draws_below:
            first -= 1
        for scene in self.scenes[first:]:
            scene.draw(surface)
