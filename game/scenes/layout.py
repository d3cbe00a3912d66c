"""Where menus draw: a 1280x720 stage centred in a canvas that may be wider or taller."""

from __future__ import annotations

import pygame

STAGE_W, STAGE_H = 1280, 720


def stage(surface: pygame.Surface) -> pygame.Surface:
    """The centred 1280x720 part of ``surface`` (all of it when it is no bigger)."""
    width, height = surface.get_size()
    w, h = min(width, STAGE_W), min(height, STAGE_H)
    return surface.subsurface(((width - w) // 2, (height - h) // 2, w, h))


def panel(surface: pygame.Surface, rect: pygame.Rect | tuple[int, int, int, int],
          alpha: int = 170) -> None:
    """A dark, see-through panel behind text, so it reads on any background."""
    box = pygame.Rect(rect)
    shade = pygame.Surface(box.size, pygame.SRCALPHA)
    shade.fill((8, 10, 14, alpha))
    surface.blit(shade, box.topleft)
