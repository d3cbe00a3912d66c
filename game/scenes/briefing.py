"""The campaign's screens between missions: chapter list, side choice, briefing cards."""

from __future__ import annotations

import pygame

from game.campaign import CHAPTERS, Chapter
from game.level.missions import is_playable
from game.scenes.base import BACK, STAY, Go, Run, Scene
from game.scenes.context import GameContext
from game.scenes.layout import stage
from game.scenes.menu import Menu

PAPER = (222, 214, 196)
INK = (34, 30, 28)
ORANGE = (255, 150, 60)
GREY = (190, 190, 190)
SIDE_NAMES = {"crew": "The crew (McCauley)", "lapd": "The police (Hanna)"}


class BriefingScene(Scene):
    """Pages through a chapter's cards; after the last, the flow starts what comes next."""

    def __init__(self, ctx: GameContext, chapter: Chapter, run: Run) -> None:
        self.ctx = ctx
        self.chapter = chapter
        self.run = run
        self.page = 0

    def handle(self, action: str) -> Go:
        if action in ("pause", "back"):
            return Go("title")
        if action == "left" and self.page > 0:
            self.page -= 1
            return STAY
        if action not in ("confirm", "right"):
            return STAY
        if self.page + 1 < len(self.chapter.cards):
            self.page += 1
            return STAY
        return Go("briefed", run=self.run)

    def draw(self, surface: pygame.Surface) -> None:
        text = self.ctx.text
        if text is None:
            return
        surface.fill((12, 14, 20))
        view = stage(surface)
        card = self.chapter.cards[self.page]
        pygame.draw.rect(view, PAPER, (190, 70, 900, 560), border_radius=6)
        text.shadowed(view, self.chapter.title.upper(), (640, 24), 36, ORANGE, True, "midtop")
        view.blit(text.render(card.heading, 44, INK, True), (230, 100))
        y = 170
        for paragraph in card.body:
            for line in wrap(paragraph, 70):
                view.blit(text.render(line, 30, INK), (230, y))
                y += 32
            y += 18
        side = f"   Playing: {SIDE_NAMES.get(self.run.side, self.run.side)}" \
            if self.run.mission else ""
        footer = f"{self.page + 1} / {len(self.chapter.cards)}   Enter: continue   " \
                 f"Esc: title{side}"
        text.shadowed(view, footer, (640, 660), 24, GREY, False, "midtop")


class ChapterSelectScene(Scene):
    def __init__(self, ctx: GameContext, finished: set[str] | None = None) -> None:
        self.ctx = ctx
        self.finished = finished or set()
        self.menu = Menu([self._label(c) for c in CHAPTERS])

    def _label(self, chapter: Chapter) -> str:
        mark = "  [done]" if chapter.id in self.finished else ""
        if not chapter.mission:
            return f"{chapter.title} (story){mark}"
        playable = is_playable(chapter.mission)
        return (chapter.title if playable else f"{chapter.title} (coming)") + mark

    def handle(self, action: str) -> Go:
        if action in ("pause", "back"):
            return BACK
        if self.menu.handle(action) is None:
            return STAY
        return Go("chapter", chapter=CHAPTERS[self.menu.index].id)

    def draw(self, surface: pygame.Surface) -> None:
        if self.ctx.text is None:
            return
        surface.fill((10, 12, 18))
        view = stage(surface)
        self.ctx.text.shadowed(view, "CAMPAIGN", (640, 40), 72, ORANGE, True, "midtop")
        self.menu.draw(view, self.ctx.text, 640, 150, 34)


class SideScene(Scene):
    """For a chapter playable from both sides: whose story to play this time."""

    def __init__(self, ctx: GameContext, chapter: Chapter, sides: tuple[str, ...]) -> None:
        self.ctx = ctx
        self.chapter = chapter
        self.sides = sides
        self.menu = Menu([SIDE_NAMES.get(s, s) for s in sides])

    def handle(self, action: str) -> Go:
        if action in ("pause", "back"):
            return Go("title")
        if self.menu.handle(action) is None:
            return STAY
        run = Run(self.chapter.mission, self.sides[self.menu.index], 0, self.chapter.id)
        return Go("chapter", chapter=self.chapter.id, run=run)

    def draw(self, surface: pygame.Surface) -> None:
        if self.ctx.text is None:
            return
        surface.fill((10, 12, 18))
        view = stage(surface)
        self.ctx.text.shadowed(view, self.chapter.title.upper(), (640, 60), 64, ORANGE, True,
                               "midtop")
        self.ctx.text.shadowed(view, "Choose a side", (640, 150), 34, GREY, False, "midtop")
        self.menu.draw(view, self.ctx.text, 640, 260, 44)


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
