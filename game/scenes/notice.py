"""A screen's notices (a settings file reset, progress not saved, a map that would not load):
each one wrapped whole onto as many lines as it needs, on a dark panel at the top of the stage,
never cut mid-word and never drawn over the menu."""

from __future__ import annotations

import pygame

from game.render.text_cache import TextCache
from game.render.wrap_text import wrap_px
from game.scenes.layout import panel

NOTICE_RED = (255, 130, 120)  # on the panel's near-black: contrast well above 4.5:1
NOTICE_SIZE = 22
NOTICE_STEP = 26
NOTICE_WIDTH = 1180
MAX_LINES = 6


def notice_lines(text: TextCache, notice: str, width: int = NOTICE_WIDTH) -> list[str]:
    """Every notice (one per line of ``notice``) word-wrapped to ``width`` pixels."""
    lines = [line for paragraph in notice.splitlines()
             for line in wrap_px(text, paragraph, NOTICE_SIZE, width)]
    if len(lines) > MAX_LINES:
        lines = [*lines[:MAX_LINES - 1], f"... and {len(lines) - MAX_LINES + 1} more lines "
                 "(the whole message is on the terminal)"]
    return lines


def draw_notice(surface: pygame.Surface, text: TextCache, notice: str, top: int = 8) -> int:
    """Draws the notices from ``top`` down on the 1280-wide stage; returns the bottom y."""
    lines = notice_lines(text, notice)
    if not lines:
        return top
    width = max(text.render(line, NOTICE_SIZE, NOTICE_RED).get_width() for line in lines)
    centre = surface.get_width() // 2
    panel(surface, (centre - width // 2 - 12, top - 4, width + 24,
                    len(lines) * NOTICE_STEP + 8), 225)
    for i, line in enumerate(lines):
        text.shadowed(surface, line, (centre, top + i * NOTICE_STEP), NOTICE_SIZE, NOTICE_RED,
                      False, "midtop")
    return top + len(lines) * NOTICE_STEP
