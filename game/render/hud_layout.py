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
# The corner widgets' largest extent, for markers at the screen's edge to keep out of:
OBJECTIVES_BOX = (800, 160)  # title and up to five objective rows, the longest LAX's
CLOCK_BOX = (200, 130)  # clock, its caption and the take
LEFT_STACK_H = 240  # carry panel, squad panel and health bar, up from the bottom
AMMO_BOX = (150, 110)


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
    def reserved(self) -> list[pygame.Rect]:
        """Where the corner widgets and the subtitles band draw: edge markers keep out."""
        w, h = self.width, self.height
        return [pygame.Rect(0, 0, *OBJECTIVES_BOX),
                pygame.Rect(w - CLOCK_BOX[0], 0, *CLOCK_BOX),
                pygame.Rect(0, h - LEFT_STACK_H, LEFT_COLUMN_W, LEFT_STACK_H),
                pygame.Rect(w - AMMO_BOX[0], h - AMMO_BOX[1], *AMMO_BOX),
                self.subtitles]

    @property
    def top_right(self) -> tuple[int, int]:
        return self.width - MARGIN, 18

    @property
    def bottom_right(self) -> tuple[int, int]:
        return self.width - MARGIN, self.height - MARGIN

    @property
    def bottom_left(self) -> tuple[int, int]:
        return MARGIN, self.height - MARGIN


def clear_of_hud(point: tuple[float, float], layout: HudLayout, margin: float,
                 step: float = 4.0) -> tuple[float, float]:
    """``point`` slid up or down toward the screen's middle until it is ``margin`` px clear of
    every reserved HUD box (unchanged when it already is). Its x stays, so an edge marker stays
    on its edge, beside the squad panel or under the objectives rather than on them; the
    middle band of the screen is never reserved, so it always comes clear."""
    boxes = [box.inflate(2 * margin, 2 * margin) for box in layout.reserved]
    x, y = point
    middle = layout.height / 2
    dy = step if y < middle else -step
    while any(box.collidepoint(x, y) for box in boxes) and abs(y - middle) >= step:
        y += dy
    return x, y


def text_panel(surface: pygame.Surface, rect: pygame.Rect, alpha: int = 150,
               pad: int = 6) -> None:
    """A dark, see-through panel behind a piece of HUD text."""
    if alpha <= 0:
        return
    box = rect.inflate(2 * pad, pad)
    shade = pygame.Surface(box.size, pygame.SRCALPHA)
    shade.fill((6, 8, 12, alpha))
    surface.blit(shade, box.topleft)
