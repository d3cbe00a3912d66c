"""Where each part of the HUD lives on a canvas of any size: corners and reserved bands.

    ┌ title, objectives ─────────────────────────────── clock, take ┐
    │                                                                │
    │                     (the player, mid-screen)                   │
    │                 prompt band ("Hold E: …")                      │
    │ carry, squad   ┌ subtitles band: 3 rows, newest ┐              │
    └ health ────────└ at the bottom ─────────────────┘ weapon, ammo ┘
Like a modern PC game, radio lines sit in a low band between the bottom corners' widgets, so they
never cover the middle of the screen where the player stands. Bands do not overlap, so a subtitle
can never cover a prompt, and nothing is placed by a fixed 1280x720 coordinate: every rectangle is
measured from the canvas's own edges.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

MARGIN = 24
PROMPT_BAND_H = 48
GAP = 8
SIDE_COLUMN_W = 320  # the prompt band keeps this clear of either side
LEFT_COLUMN_W = 480  # squad panel (440 px from the margin), health, carry: subtitles start here
RIGHT_COLUMN_W = 280  # weapon and ammo ("RELOADING" at 40 px): subtitles end before this
SUBTITLE_ROWS = 3
SUBTITLE_ROW_H = 44  # the largest subtitle size (36 px) and its panel
SUBTITLE_BOTTOM = 12  # from the canvas's bottom edge


@dataclass(frozen=True, slots=True)
class HudLayout:
    width: int
    height: int

    @classmethod
    def of(cls, surface: pygame.Surface) -> HudLayout:
        return cls(*surface.get_size())

    @property
    def subtitles(self) -> pygame.Rect:
        """The low band radio lines fill from the bottom up, between the bottom corners."""
        height = SUBTITLE_ROWS * SUBTITLE_ROW_H
        width = self.width - LEFT_COLUMN_W - RIGHT_COLUMN_W
        return pygame.Rect(LEFT_COLUMN_W, self.height - SUBTITLE_BOTTOM - height, width, height)

    @property
    def prompt(self) -> pygame.Rect:
        """Just above the subtitles band, still below the middle third of the screen."""
        top = self.subtitles.top - GAP - PROMPT_BAND_H
        return pygame.Rect(SIDE_COLUMN_W, top, self.width - 2 * SIDE_COLUMN_W, PROMPT_BAND_H)

    @property
    def top_right(self) -> tuple[int, int]:
        return self.width - MARGIN, 18

    @property
    def bottom_right(self) -> tuple[int, int]:
        return self.width - MARGIN, self.height - MARGIN

    @property
    def bottom_left(self) -> tuple[int, int]:
        return MARGIN, self.height - MARGIN


def text_panel(surface: pygame.Surface, rect: pygame.Rect, alpha: int = 150,
               pad: int = 6) -> None:
    """A dark, see-through panel behind a piece of HUD text."""
    if alpha <= 0:
        return
    box = rect.inflate(2 * pad, pad)
    shade = pygame.Surface(box.size, pygame.SRCALPHA)
    shade.fill((6, 8, 12, alpha))
    surface.blit(shade, box.topleft)
