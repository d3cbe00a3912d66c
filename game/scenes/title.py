"""The title screen: start the mission, toggle fullscreen, quit."""

from __future__ import annotations

import pygame

from game.level.errors import MapError
from game.level.missions import UnknownMissionError
from game.scenes.base import QUIT, STAY, Scene, Transition, push
from game.scenes.context import GameContext
from game.scenes.menu import Menu

START, CAMPAIGN, SETTINGS, QUIT_GAME = "Start: the range", "Campaign", "Settings", "Quit"
CONTROLS = (
    "WASD move   Mouse aim   Left click fire   R reload   Esc pause",
    "Backspace restart   F3 debug overlay   F11 fullscreen   Gamepad supported",
)


class TitleScene(Scene):
    def __init__(self, ctx: GameContext) -> None:
        self.ctx = ctx
        self.menu = Menu([START, CAMPAIGN, SETTINGS, QUIT_GAME])

    def handle(self, action: str) -> Transition:
        choice = self.menu.handle(action)
        if choice == START:
            return self._start()
        if choice == CAMPAIGN:
            from game.scenes.briefing import ChapterSelectScene

            return push(ChapterSelectScene(self.ctx))
        if choice == SETTINGS:
            from game.scenes.settings_menu import SettingsScene

            return push(SettingsScene(self.ctx))
        if choice == QUIT_GAME:
            return QUIT
        return STAY

    def _start(self) -> Transition:
        from game.scenes.mission import MissionScene

        self.ctx.chapter = ""
        try:
            return push(MissionScene(self.ctx))
        except (MapError, UnknownMissionError) as err:
            self.ctx.notice = str(err)
            return STAY

    def draw(self, surface: pygame.Surface) -> None:
        ctx = self.ctx
        if ctx.assets is None or ctx.text is None:
            return
        surface.blit(ctx.assets.image("ui/title.png"), (0, 0))
        text = ctx.text
        text.shadowed(surface, "HEAT", (640, 120), 180, (255, 150, 60), True, "midtop")
        text.shadowed(surface, "Los Angeles, 1995. A crew with a code. A cop without a life.",
                      (640, 270), 30, (220, 220, 220), False, "midtop")
        self.menu.draw(surface, text, 640, 380, 48)
        for i, line in enumerate(CONTROLS):
            text.shadowed(surface, line, (640, 620 + i * 28), 24, (180, 180, 180), False,
                          "midtop")
        if ctx.notice:
            text.shadowed(surface, ctx.notice[:140], (640, 560), 22, (255, 90, 80), False,
                          "midtop")
