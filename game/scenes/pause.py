"""Pause: the mission stays drawn underneath; resume, restart or quit to the title."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.scenes.base import POP, STAY, Scene, Transition, reset
from game.scenes.context import GameContext
from game.scenes.menu import Menu

if TYPE_CHECKING:
    from game.input.controls import Controls
    from game.scenes.mission import MissionScene

RESUME, RESTART, QUIT_TO_TITLE = "Resume", "Restart", "Quit to title"


class PauseScene(Scene):
    draws_below = True

    def __init__(self, ctx: GameContext, mission: MissionScene) -> None:
        self.ctx = ctx
        self.mission = mission
        self.menu = Menu([RESUME, RESTART, QUIT_TO_TITLE])

    def handle(self, action: str) -> Transition:
        if action in ("pause", "back"):
            return POP
        choice = self.menu.handle(action)
        if choice == RESUME:
            return POP
        if choice == RESTART or action == "restart":
            self.mission.restart()
            return POP
        if choice == QUIT_TO_TITLE:
            from game.scenes.title import TitleScene

            return reset(TitleScene(self.ctx))
        return STAY

    def update(self, dt: float, controls: Controls) -> Transition:
        """A save in Tiled reloads the map while paused too (the mission draws its lines)."""
        self.mission.poll_reload(dt)
        return STAY

    def draw(self, surface: pygame.Surface) -> None:
        if self.ctx.text is None:
            return
        shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        shade.fill((0, 0, 0, 150))
        surface.blit(shade, (0, 0))
        self.ctx.text.shadowed(surface, "PAUSED", (640, 200), 80, (235, 235, 235), True,
                               "midtop")
        self.menu.draw(surface, self.ctx.text, 640, 320)
