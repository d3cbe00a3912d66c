"""Where each part of the HUD lives on a canvas of any size: corners and reserved bands.

    ┌ title, objectives ─────────────────────────────── clock, take ┐
    │                                                                │
    │              subtitles band (grows upwards, never lower)       │
    │              prompt band ("Hold E: …")                         │
    └ crew order, health ─────────────────────────── weapon, ammo ───┘
Bands do not overlap, so a subtitle can never cover a prompt, and nothing is placed by a fixed
1280x720 coordinate: every rectangle is measured from the canvas's own edges.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

MARGIN = 24
BOTTOM_BAND_H = 150  # health, crew orders, weapon
PROMPT_BAND_H = 48
GAP = 8
SIDE_COLUMN_W = 320  # the bottom corners' widgets: subtitles stay clear of them


@dataclass(frozen=True, slots=True)
class HudLayout:
    width: int
    height: int

    @classmethod
    def of(cls, surface: pygame.Surface) -> HudLayout:
        return cls(*surface.get_size())

    @property
    def prompt(self) -> pygame.Rect:
        top = self.height - BOTTOM_BAND_H - PROMPT_BAND_H
        return pygame.Rect(SIDE_COLUMN_W, top, self.width - 2 * SIDE_COLUMN_W, PROMPT_BAND_H)

    @property
    def subtitles_bottom(self) -> int:
        """Subtitle lines stack upwards from here; the prompt band is below it."""
        return self.prompt.top - GAP

    @property
    def subtitles_width(self) -> int:
        return min(self.width - 2 * SIDE_COLUMN_W + 160, 1000)

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
