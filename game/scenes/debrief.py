"""Debrief or game over: the outcome and the numbers; R retries the same run at once."""

from __future__ import annotations

import pygame

from game.scenes.base import STAY, Go, Outcome, Run, Scene
from game.scenes.context import GameContext
from game.scenes.layout import panel, stage
from game.scenes.menu import Menu

RETRY, TITLE = "Retry (R)", "Back to title"
LINES_TOP = 180
MENU_SIZE = 32
BOTTOM = 690  # the notice line sits below


def debrief_layout(lines: int, items: int) -> tuple[int, int, int]:
    """Line step, text size and the menu's top so that the summary and the whole menu fit
    on the 720-pixel stage, however many lines the report has."""
    menu_h = items * (MENU_SIZE + 12) + 4
    room = BOTTOM - menu_h - 24 - LINES_TOP
    step = max(18, min(32, room // max(1, lines)))
    return step, min(28, step - 4), LINES_TOP + lines * step + 24


class DebriefScene(Scene):
    def __init__(self, ctx: GameContext, outcome: Outcome, run: Run, has_next: bool = False,
                 next_title: str = "", notice: str = "", rematch: Run | None = None,
                 rematch_label: str = "") -> None:
        self.ctx = ctx
        self.notice = notice  # one line, e.g. why progress could not be saved
        self.problems: list[str] = []  # a Retry that found the map saved broken
        self.outcome = outcome
        self.run = run
        self.next_label = f"Continue: {next_title}" if has_next else ""
        first = [self.next_label] if has_next else []
        self.rematch = rematch  # the other side against the run just won, when offered
        self.rematch_label = rematch_label if rematch is not None else ""
        first += [self.rematch_label] if self.rematch_label else []
        self.menu = Menu(first + ([TITLE, RETRY] if outcome.success else [RETRY, TITLE]))

    def handle(self, action: str) -> Go:
        choice = self.menu.handle(action)
        if action == "retry" or choice == RETRY:
            return Go("restart", run=self.run)
        if self.rematch is not None and choice == self.rematch_label:
            return Go("mission", run=self.rematch)
        if self.next_label and choice == self.next_label:
            return Go("next", run=self.run, outcome=self.outcome)
        if choice == TITLE or action in ("back", "pause"):
            return Go("title")
        return STAY

    def draw(self, surface: pygame.Surface) -> None:
        text = self.ctx.text
        if text is None:
            return
        surface.fill((10, 12, 18))
        view = stage(surface)
        result = self.outcome
        heading = "DEBRIEF" if result.success else result.banner
        color = (120, 220, 120) if result.success else (230, 70, 60)
        text.shadowed(view, heading, (640, 40), 88, color, True, "midtop")
        text.shadowed(view, f"{result.title} — {result.reason}", (640, 130), 30,
                      (220, 220, 220), False, "midtop")
        text.shadowed(view, result.grade, (1080, 40), 120, color, True, "midtop")
        text.shadowed(view, "GRADE", (1080, 150), 22, (170, 170, 170), False, "midtop")
        step, size, menu_top = debrief_layout(len(result.lines), len(self.menu.items))
        widest = max((text.render(line, size, (200, 200, 200)).get_width()
                      for line in result.lines), default=0)
        width = min(1240, max(680, widest + 40))
        panel(view, (640 - width // 2, LINES_TOP - 8, width, 16 + len(result.lines) * step))
        for i, line in enumerate(result.lines):
            text.shadowed(view, line, (640, LINES_TOP + i * step), size, (200, 200, 200),
                          False, "midtop")
        self.menu.draw(view, text, 640, menu_top, MENU_SIZE)
        if self.problems:
            from game.render.hud import draw_problems

            draw_problems(surface, text, self.problems,
                          "Cannot retry — the map has problems (fix them in Tiled and save):")
        if self.notice:
            text.shadowed(view, self.notice[:140], (640, 690), 22, (255, 90, 80), False,
                          "midtop")
