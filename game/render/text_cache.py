"""Rendered text surfaces kept between frames, so unchanged HUD text is not re-rendered."""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.render.assets import Assets

LIMIT = 256


@dataclass
class TextCache:
    assets: Assets
    cache: dict[tuple[str, int, tuple[int, int, int], bool], pygame.Surface] = field(
        default_factory=dict)

    def render(self, text: str, size: int, color: tuple[int, int, int] = (235, 235, 235),
               bold: bool = False) -> pygame.Surface:
        key = (text, size, color, bold)
        surface = self.cache.get(key)
        if surface is None:
            if len(self.cache) > LIMIT:
                self.cache.clear()
            surface = self.assets.font(size, bold).render(text, True, color)
            self.cache[key] = surface
        return surface

    def shadowed(self, surface: pygame.Surface, text: str, pos: tuple[int, int], size: int,
                 color: tuple[int, int, int] = (235, 235, 235), bold: bool = False,
                 anchor: str = "topleft") -> pygame.Rect:
        """Text with a dark drop shadow, readable on any background."""
        front = self.render(text, size, color, bold)
        back = self.render(text, size, (0, 0, 0), bold)
        rect = front.get_rect(**{anchor: pos})
        surface.blit(back, rect.move(2, 2))
        surface.blit(front, rect)
        return rect
