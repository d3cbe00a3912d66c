"""The credits after the last chapter: the story ends here, never with a drop to the title."""

from __future__ import annotations

import pygame

from game.scenes.base import STAY, Go, Scene
from game.scenes.context import GameContext
from game.scenes.layout import stage

ORANGE = (255, 150, 60)
GREY = (190, 190, 190)
CREDITS = (
    "HEAT", "", "A game after Michael Mann's film (1995)", "", "Design, code, maps and art",
    "generated for this project", "", "Thank you for playing.",
)


class CreditsScene(Scene):
    """The end of the story: never a drop to the title without a word."""

    def handle(self, action: str) -> Go:
        return Go("title") if action in ("confirm", "back", "pause") else STAY

    def __init__(self, ctx: GameContext) -> None:
        self.ctx = ctx

    def draw(self, surface: pygame.Surface) -> None:
        if self.ctx.text is None:
            return
        surface.fill((4, 4, 8))
        view = stage(surface)
        for i, line in enumerate(CREDITS):
            size, colour = (90, ORANGE) if i == 0 else (30, GREY)
            self.ctx.text.shadowed(view, line, (640, 120 + i * 44 + (40 if i else 0)), size,
                                   colour, i == 0, "midtop")
        self.ctx.text.shadowed(view, "Enter: back to the title", (640, 660), 24, GREY, False,
                               "midtop")
