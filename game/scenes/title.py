"""The title screen: continue, a new campaign, the chapter list, the range, settings, quit."""

from __future__ import annotations

import pygame

from game.campaign import chapter
from game.input.control_names import title_lines
from game.scenes.base import QUIT, STAY, Go, Scene
from game.scenes.context import GameContext
from game.scenes.layout import stage
from game.scenes.menu import Menu
from game.scenes.notice import draw_notice

NEW, CHAPTERS = "New campaign", "Chapters"
START, SETTINGS, QUIT_GAME = "Start: the range", "Settings", "Quit"
MENU_SIZE = 36  # six items fit between the tagline and the controls


class TitleScene(Scene):
    def __init__(self, ctx: GameContext, notice: str = "", continue_to: str = "") -> None:
        self.ctx = ctx
        self.notice = notice  # one line, e.g. why a map could not be started
        self.continue_label = f"Continue: {chapter(continue_to).title}" if continue_to else ""
        first = [self.continue_label] if continue_to else []
        self.menu = Menu([*first, NEW, CHAPTERS, START, SETTINGS, QUIT_GAME])

    def handle(self, action: str) -> Go:
        choice = self.menu.handle(action)
        if choice is None:
            return STAY
        return {self.continue_label: Go("continue"), NEW: Go("new"), START: Go("start"),
                CHAPTERS: Go("chapters"), SETTINGS: Go("settings"), QUIT_GAME: QUIT}[choice]

    def draw(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        if ctx.assets is None or ctx.text is None:
            return
        surface.fill((8, 8, 12))
        view = stage(surface)
        view.blit(ctx.assets.image("ui/title.png"), (0, 0))
        text = ctx.text
        text.shadowed(view, "HEAT", (640, 100), 180, (255, 150, 60), True, "midtop")
        text.shadowed(view, "Los Angeles, 1995. A crew with a code. A cop without a life.",
                      (640, 250), 30, (220, 220, 220), False, "midtop")
        self.menu.draw(view, text, 640, 312, MENU_SIZE)
        for i, line in enumerate(title_lines(ctx.settings, ctx.using_pad)):
            text.shadowed(view, line, (640, 640 + i * 28), 24, (180, 180, 180), False,
                          "midtop")
        if self.notice:
            draw_notice(view, text, self.notice)
