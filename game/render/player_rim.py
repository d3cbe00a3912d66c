"""A thin bright rim traced round the player's own sprite, so he can find himself on dark ground.

Only the player's screen gets it, drawn over the lighting: the sprite under it stays as dark as
the light model makes it, and nothing the AI samples changes.
"""

from __future__ import annotations

import pygame

RIM = (215, 240, 255)
NEIGHBOURS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def rim_mask(image: pygame.Surface) -> pygame.Mask:
    """The pixels just outside the sprite's opaque shape, on a mask one pixel larger each side."""
    shape = pygame.mask.from_surface(image)
    w, h = shape.get_size()
    rim = pygame.Mask((w + 2, h + 2))
    for dx, dy in NEIGHBOURS:
        rim.draw(shape, (1 + dx, 1 + dy))
    rim.erase(shape, (1, 1))
    return rim


def draw_rim(surface: pygame.Surface, image: pygame.Surface, centre: tuple[float, float],
             zoom: float) -> pygame.Rect:
    """Draw the rim of ``image`` (a frame in world pixels) centred on the screen point
    ``centre`` at the camera's zoom; returns where it went."""
    rim = rim_mask(image).to_surface(setcolor=(*RIM, 255), unsetcolor=(0, 0, 0, 0))
    if zoom != 1.0:
        rim = pygame.transform.scale(rim, (max(1, round(rim.get_width() * zoom)),
                                           max(1, round(rim.get_height() * zoom))))
    rect = rim.get_rect(center=(round(centre[0]), round(centre[1])))
    surface.blit(rim, rect)
    return rect
