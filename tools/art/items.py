"""Pick-up items, effects and the aiming cursor for HEAT.

Items are 24x24 with a dark outline (bonds duffel, explosive charge, medkit);
effects are additive-looking glows on transparency (muzzle flash 24x16
pointing east, spark 8x8); the cursor is a 24x24 white crosshair with a dark
outline, centred on pixel (12, 12).
"""

from __future__ import annotations

import math
from pathlib import Path

import pygame

from art.common import RGB, Canvas, add_outline, glow, offset, write_sprites


def bonds() -> pygame.Surface:
    """Black duffel bag stuffed with banded bearer bonds."""
    canvas = Canvas(24, 24)
    bag: RGB = (36, 38, 44)
    canvas.rect(offset(bag, -14), (2, 7, 20, 14), 6)
    canvas.rect(bag, (2.5, 7.5, 19, 12.5), 6)
    for x, tilt in ((6, -1.5), (10.5, 0.5), (15, -0.5)):
        canvas.polygon((206, 214, 186), [(x, 10 + tilt), (x + 5, 9 + tilt),
                                         (x + 5.5, 4 + tilt), (x + 0.5, 5 + tilt)])
        canvas.line((120, 150, 96), (x + 0.3, 7.3 + tilt), (x + 5.2, 6.3 + tilt), 1.1)
    canvas.line((70, 72, 80), (6, 19), (18, 19), 1.2)
    for x in (5, 19):
        canvas.line(offset(bag, 22), (x, 9), (x, 19), 1.0)
    canvas.line((90, 92, 100), (4, 12), (20, 12), 0.8)
    canvas.rect((150, 150, 156), (11, 11, 2.5, 2), 0.6)
    return add_outline(canvas.result())


def charge() -> pygame.Surface:
    """Plastic explosive block with detonator, wires and a red arming light."""
    canvas = Canvas(24, 24)
    canvas.rect((98, 102, 74), (3, 6, 18, 13), 2)
    canvas.rect((122, 126, 92), (4, 7, 16, 4), 1.5)
    canvas.line((40, 40, 40), (3, 10), (21, 10), 1)
    canvas.line((40, 40, 40), (3, 15), (21, 15), 1)
    canvas.rect((34, 36, 40), (8, 9, 8, 7), 1.2)
    canvas.line((200, 50, 40), (10, 9), (7, 3), 0.9)
    canvas.line((60, 110, 210), (14, 9), (17, 3), 0.9)
    canvas.circle((255, 40, 30), (12, 12.5), 1.6)
    surface = add_outline(canvas.result())
    glow(surface, (12.5, 13), 5, (255, 60, 40), 0.5)
    return surface


def medkit() -> pygame.Surface:
    """White first-aid case with a red cross and a handle."""
    canvas = Canvas(24, 24)
    canvas.rect((70, 72, 78), (8, 3, 8, 5), 1.5)
    canvas.rect((20, 22, 26), (9.5, 4.5, 5, 3), 0.5)
    canvas.rect((150, 152, 158), (2, 6, 20, 15), 2.5)
    canvas.rect((226, 228, 232), (2, 6, 20, 13.5), 2.5)
    canvas.rect((214, 36, 40), (10, 8.5, 4, 10))
    canvas.rect((214, 36, 40), (7, 11.5, 10, 4))
    return add_outline(canvas.result())


def muzzle_flash() -> pygame.Surface:
    """Bright yellow-white flame cone pointing east, soft transparent edges."""
    canvas = Canvas(24, 16)
    canvas.big.fill((255, 230, 120, 0))
    layers = (((255, 190, 60, 190), 6.5, 23.5), ((255, 232, 120, 240), 4.4, 19),
              ((255, 255, 236, 255), 2.2, 13))
    for color, half, tip in layers:
        canvas.polygon(color, [(0, 8 - half * 0.3), (tip * 0.62, 8 - half),
                               (tip * 0.78, 8 - half * 0.45), (tip, 8),
                               (tip * 0.78, 8 + half * 0.45), (tip * 0.62, 8 + half),
                               (0, 8 + half * 0.3)])
    for angle, length in ((-38, 10), (38, 10), (-16, 17), (16, 17)):
        rad = math.radians(angle)
        end = (1 + length * math.cos(rad), 8 + length * math.sin(rad))
        canvas.line((255, 214, 100, 220), (1, 8), end, 1.0)
    canvas.circle((255, 255, 255, 255), (2, 8), 2.4)
    return canvas.result()


def spark() -> pygame.Surface:
    """Tiny four-point spark: white core, yellow arms."""
    canvas = Canvas(8, 8, 8)
    canvas.big.fill((255, 220, 120, 0))
    canvas.line((255, 200, 80, 230), (0.5, 4), (7.5, 4), 1.1)
    canvas.line((255, 200, 80, 230), (4, 0.5), (4, 7.5), 1.1)
    canvas.line((255, 230, 150, 160), (1.5, 1.5), (6.5, 6.5), 0.8)
    canvas.line((255, 230, 150, 160), (1.5, 6.5), (6.5, 1.5), 0.8)
    canvas.circle((255, 255, 240, 255), (4, 4), 1.5)
    return canvas.result()


def cursor() -> pygame.Surface:
    """Crosshair: ring, four ticks and a centre dot, white on dark outline."""
    canvas = Canvas(24, 24)
    k = canvas.scale
    white, dark = (250, 250, 250, 255), (8, 8, 12, 255)
    ticks = (((12, 1.5), (12, 5)), ((12, 19), (12, 22.5)),
             ((1.5, 12), (5, 12)), ((19, 12), (22.5, 12)))
    for color, width, radius in ((dark, 3.2, 7.6), (white, 1.2, 6.6)):
        for a, b in ticks:
            canvas.line(color, a, b, width)
        pygame.draw.circle(canvas.big, color, (12 * k, 12 * k), round(radius * k),
                           round(width * k))
    canvas.circle(dark, (12, 12), 1.9)
    canvas.circle(white, (12, 12), 0.9)
    return canvas.result()


def build(assets: Path) -> list[Path]:
    """Write items, effects and the cursor into ``assets/sprites``."""
    makers = (("bonds", bonds), ("charge", charge), ("medkit", medkit),
              ("muzzle_flash", muzzle_flash), ("spark", spark), ("cursor", cursor))
    return write_sprites(assets, makers)
