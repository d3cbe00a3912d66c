"""Debrief or game over: the outcome and the numbers; R retries the same run at once."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.scenes.base import STAY, Go, Outcome, Run, Scene
from game.scenes.context import GameContext
from game.scenes.layout import panel, stage
from game.scenes.menu import Menu
from game.scenes.notice import draw_notice

RETRY, TITLE = "Retry (R)", "Back to title"
LINES_TOP = 180  # the numbers start under the heading and the reason
MENU_SIZE = 36
LINE_STEP = 32  # px between lines when they all fit at the full size
SMALLEST_STEP = 20


def fit_lines(width_at: Callable[[str, int], int], lines: tuple[str, ...], room_w: int,
              room_h: int) -> tuple[int, int]:
    """(font size, line step) at which every line fits ``room_w`` wide and all of them fit
    ``room_h`` tall: the full size when they fit, smaller down to a floor when they do not."""
    step = max(SMALLEST_STEP, min(LINE_STEP, room_h // max(1, len(lines))))
    while step > SMALLEST_STEP and max((width_at(line, step - 4) for line in lines),
                                       default=0) > room_w:
        step -= 2
    return step - 4, step


class DebriefScene(Scene):
    input_guard_s = 0.6  # it comes up by itself: Enter or R held over from play is not a choice
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
        lines = result.lines
        menu_h = len(self.menu.items) * (MENU_SIZE + 12) + 16
        size, step = fit_lines(lambda line, px: text.render(line, px).get_width(), lines,
                               view.get_width() - 80, view.get_height() - LINES_TOP - menu_h - 44)
        wide = max((text.render(line, size).get_width() for line in lines), default=0)
        half = max(340, wide // 2 + 20)
        panel(view, (640 - half, LINES_TOP - 8, half * 2, 16 + len(lines) * step))
        for i, line in enumerate(lines):
            text.shadowed(view, line, (640, LINES_TOP + i * step), size, (200, 200, 200), False,
                          "midtop")
        self.menu.draw(view, text, 640, LINES_TOP + len(lines) * step + 30, MENU_SIZE)
        if self.problems:
            from game.render.hud import draw_problems

            draw_problems(surface, text, self.problems,
                          "Cannot retry — the map has problems (fix them in Tiled and save):")
        if self.notice:
            draw_notice(view, text, self.notice)
