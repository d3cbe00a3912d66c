"""Pause: the mission stays drawn underneath; resume, restart, settings or quit to the title."""

from __future__ import annotations

import pygame

from game.scenes.base import BACK, STAY, Go, Run, Scene
from game.scenes.context import GameContext
from game.scenes.layout import panel, stage
from game.scenes.menu import Menu

RESUME, RESTART, SETTINGS, QUIT_TO_TITLE = "Resume", "Restart", "Settings", "Quit to title"


class PauseScene(Scene):
    draws_below = True

    def __init__(self, ctx: GameContext, run: Run) -> None:
        self.ctx = ctx
        self.run = run
        self.menu = Menu([RESUME, RESTART, SETTINGS, QUIT_TO_TITLE])

    def handle(self, action: str) -> Go:
        if action in ("pause", "back"):
            return BACK
        choice = self.menu.handle(action)
        if choice == RESUME:
            return BACK
        if choice == RESTART or action == "restart":
            return Go("restart", run=self.run)
        if choice == SETTINGS:
            return Go("settings")
        if choice == QUIT_TO_TITLE:
            return Go("title")
        return STAY

    def draw(self, surface: pygame.Surface) -> None:
        if self.ctx.text is None:
            return
        panel(surface, surface.get_rect(), 150)
        view = stage(surface)
        panel(view, (440, 180, 400, 380), 200)
        self.ctx.text.shadowed(view, "PAUSED", (640, 200), 80, (235, 235, 235), True,
                               "midtop")
        self.menu.draw(view, self.ctx.text, 640, 320)
