"""Briefing cards between missions, and the chapter list they are chosen from."""

from __future__ import annotations

import pygame

from game.campaign import CHAPTERS, Chapter, next_chapter
from game.level.missions import is_playable
from game.scenes.base import POP, STAY, Scene, Transition, replace
from game.scenes.context import GameContext, MissionChoice
from game.scenes.menu import Menu

PAPER = (222, 214, 196)
INK = (34, 30, 28)


class BriefingScene(Scene):
    """Pages through a chapter's cards; after the last, starts its mission or the next card."""

    def __init__(self, ctx: GameContext, chapter: Chapter) -> None:
        self.ctx = ctx
        self.chapter = chapter
        self.page = 0

    def handle(self, action: str) -> Transition:
        if action in ("pause", "back"):
            from game.scenes.title import TitleScene

            return replace(TitleScene(self.ctx))
        if action not in ("confirm", "right"):
            return STAY
        if self.page + 1 < len(self.chapter.cards):
            self.page += 1
            return STAY
        return self._after()

    def _after(self) -> Transition:
        self.ctx.chapter = self.chapter.id
        if self.chapter.mission and is_playable(self.chapter.mission):
            from game.scenes.mission import MissionScene

            self.ctx.choice = MissionChoice(self.chapter.mission, self.ctx.choice.side,
                                            self.ctx.choice.seed)
            return replace(MissionScene(self.ctx))
        following = next_chapter(self.chapter.id)
        if following is None:
            from game.scenes.title import TitleScene

            return replace(TitleScene(self.ctx))
        return replace(BriefingScene(self.ctx, following))

    def draw(self, surface: pygame.Surface) -> None:
        text = self.ctx.text
        if text is None:
            return
        surface.fill((12, 14, 20))
        card = self.chapter.cards[self.page]
        pygame.draw.rect(surface, PAPER, (190, 70, 900, 560), border_radius=6)
        text.shadowed(surface, self.chapter.title.upper(), (640, 24), 36, (255, 150, 60), True,
                      "midtop")
        surface.blit(text.render(card.heading, 44, INK, True), (230, 100))
        y = 170
        for paragraph in card.body:
            for line in wrap(paragraph, 70):
                surface.blit(text.render(line, 30, INK), (230, y))
                y += 32
            y += 18
        footer = f"{self.page + 1} / {len(self.chapter.cards)}   Enter: continue   Esc: title"
        text.shadowed(surface, footer, (640, 660), 24, (190, 190, 190), False, "midtop")


class ChapterSelectScene(Scene):
    def __init__(self, ctx: GameContext) -> None:
        self.ctx = ctx
        self.menu = Menu([self._label(c) for c in CHAPTERS])

    @staticmethod
    def _label(chapter: Chapter) -> str:
        if not chapter.mission:
            return f"{chapter.title} (story)"
        return chapter.title if is_playable(chapter.mission) else f"{chapter.title} (coming)"

    def handle(self, action: str) -> Transition:
        if action in ("pause", "back"):
            return POP
        if self.menu.handle(action) is None:
            return STAY
        return replace(BriefingScene(self.ctx, CHAPTERS[self.menu.index]))

    def draw(self, surface: pygame.Surface) -> None:
        if self.ctx.text is None:
            return
        surface.fill((10, 12, 18))
        self.ctx.text.shadowed(surface, "CAMPAIGN", (640, 40), 72, (255, 150, 60), True,
                               "midtop")
        self.menu.draw(surface, self.ctx.text, 640, 150, 34)


def wrap(paragraph: str, width: int) -> list[str]:
    """Greedy word wrap to at most ``width`` characters a line."""
    lines: list[str] = []
    line = ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines
