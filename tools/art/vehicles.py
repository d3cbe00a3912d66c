"""Top-down vehicle sprites for HEAT, all facing east (front at +x).

armored_car 128x56, tow_truck 120x52, police_car 112x48 (LAPD black and
white with a red/blue light bar) and sedan 104x46 (the dark blue switch car).
Light falls from the top-left: the north flank of each body is highlighted
and the south flank shaded.
"""

from __future__ import annotations

from pathlib import Path

import pygame

from art.common import RGB, Canvas, add_outline, offset, write_sprites

ROAD_RIM: RGB = (196, 198, 204)
"""A pale ring inside the dark outline: a vehicle (and its wreck) stands out from the road."""

GLASS: RGB = (20, 26, 36)
GLASS_HI: RGB = (96, 122, 150)
HEADLIGHT: RGB = (250, 244, 214)
TAILLIGHT: RGB = (200, 30, 36)
TYRE: RGB = (16, 16, 18)


def shaded_box(canvas: Canvas, color: RGB, rect: tuple[float, float, float, float],
               radius: float) -> None:
    """A body panel: dark rim, base colour, highlight band along the north side."""
    x, y, w, h = rect
    canvas.rect(offset(color, -40), rect, radius)
    canvas.rect(color, (x + 1, y + 1, w - 2, h - 3), radius - 1)
    canvas.rect(offset(color, 26), (x + 3, y + 1.5, w - 6, h * 0.18), radius * 0.4)


def tyres(canvas: Canvas, xs: tuple[float, ...], y0: float, y1: float) -> None:
    """Tyres peeking out from under the body at both flanks."""
    for x in xs:
        canvas.rect(TYRE, (x - 6, y0, 12, 3.5), 1.2)
        canvas.rect(TYRE, (x - 6, y1 - 3.5, 12, 3.5), 1.2)


def lamps(canvas: Canvas, length: float, y0: float, y1: float,
          rear: float = 2.2) -> None:
    """Headlights at the front corners, tail lights at the rear corners."""
    for y in (y0 + 2.5, y1 - 7.5):
        canvas.rect(HEADLIGHT, (length - 5, y, 3, 5), 1.2)
        canvas.rect(TAILLIGHT, (rear, y, 2.6, 5), 1)


def glasshouse(canvas: Canvas, xs: tuple[float, float, float, float],
               y0: float, y1: float, roof: RGB) -> None:
    """Rear window, roof and windshield between x positions ``xs``."""
    rear, roof_start, roof_end, front = xs
    mid_top, mid_bottom = y0 + 3, y1 - 3
    canvas.polygon(GLASS, [(rear, y0 + 5), (roof_start, mid_top),
                           (roof_start, mid_bottom), (rear, y1 - 5)])
    canvas.polygon(GLASS, [(roof_end, mid_top), (front, y0 + 4.5),
                           (front, y1 - 4.5), (roof_end, mid_bottom)])
    canvas.line(GLASS_HI, (roof_end + 2.5, y0 + 6), (front - 2.5, y0 + 9), 1.2)
    canvas.rect(offset(roof, -30), (roof_start - 0.6, mid_top - 0.6,
                                    roof_end - roof_start + 1.2, mid_bottom - mid_top + 1.2), 3)
    canvas.rect(roof, (roof_start, mid_top, roof_end - roof_start,
                       mid_bottom - mid_top), 3)
    canvas.rect(offset(roof, 22), (roof_start + 2, mid_top + 1.5,
                                   roof_end - roof_start - 4, 3), 1.5)


def mirrors(canvas: Canvas, x: float, y0: float, y1: float, color: RGB) -> None:
    """Wing mirrors sticking out just ahead of the windshield."""
    canvas.rect(color, (x, y0 - 2, 3, 3), 1)
    canvas.rect(color, (x, y1 - 1, 3, 3), 1)


def sedan() -> pygame.Surface:
    """Dark blue four-door sedan (the crew's switch car), 104x46."""
    canvas = Canvas(104, 46)
    tyres(canvas, (22, 80), 3, 43)
    shaded_box(canvas, (34, 46, 84), (2, 4, 100, 38), 10)
    mirrors(canvas, 64, 4, 42, (24, 32, 60))
    glasshouse(canvas, (26, 36, 60, 71), 5, 41, (34, 46, 84))
    lamps(canvas, 104, 4, 42)
    return add_outline(add_outline(canvas.result(), ROAD_RIM))


def police_car() -> pygame.Surface:
    """LAPD black-and-white cruiser with a red/blue light bar, 112x48."""
    canvas = Canvas(112, 48)
    tyres(canvas, (24, 86), 3, 45)
    black, white = (26, 27, 32), (214, 216, 220)
    shaded_box(canvas, black, (2, 4, 108, 40), 10)
    canvas.rect(white, (30, 4.6, 44, 38.5), 2)
    canvas.rect(offset(white, -40), (30, 40, 44, 3.1), 1)
    mirrors(canvas, 70, 4, 44, black)
    glasshouse(canvas, (28, 39, 64, 76), 5, 43, white)
    canvas.rect((20, 20, 24), (49, 9, 6, 30), 1.5)
    canvas.rect((236, 40, 46), (49.8, 10, 4.4, 13.5), 1)
    canvas.rect((50, 90, 255), (49.8, 24.5, 4.4, 13.5), 1)
    canvas.rect((255, 255, 255), (50.6, 12, 1.6, 5), 0.6)
    canvas.rect((190, 220, 255), (50.6, 30, 1.6, 5), 0.6)
    lamps(canvas, 112, 4, 44)
    return add_outline(add_outline(canvas.result(), ROAD_RIM))


def armored_car() -> pygame.Surface:
    """Grey-white armored cash truck: cab at the front, box body, 128x56."""
    canvas = Canvas(128, 56)
    tyres(canvas, (20, 44, 104), 3, 53)
    steel = (172, 174, 176)
    shaded_box(canvas, offset(steel, -10), (94, 7, 32, 42), 6)
    canvas.polygon(GLASS, [(112, 11), (119, 12.5), (119, 43.5), (112, 45)])
    canvas.line(GLASS_HI, (114, 14), (117, 18), 1.1)
    canvas.rect((40, 42, 46), (96, 11, 14, 34), 2)
    canvas.rect(offset(steel, 10), (97, 12, 12, 32), 2)
    mirrors(canvas, 110, 7, 49, (60, 62, 66))
    shaded_box(canvas, steel, (2, 3, 92, 50), 4)
    for x in (24, 48, 72):
        canvas.line(offset(steel, -26), (x, 6), (x, 49), 0.8)
    for x in (8, 32, 56, 80):
        for y in (7, 47):
            canvas.circle(offset(steel, -38), (x, y), 0.8)
    canvas.rect((120, 122, 126), (40, 18, 16, 18), 2)
    canvas.rect((210, 212, 214), (42, 20, 12, 5), 1)
    canvas.rect((246, 186, 60), (121, 9, 3, 6), 1)
    canvas.rect((246, 186, 60), (121, 41, 3, 6), 1)
    canvas.rect(TAILLIGHT, (2.2, 6, 2.4, 6), 1)
    canvas.rect(TAILLIGHT, (2.2, 44, 2.4, 6), 1)
    return add_outline(add_outline(canvas.result(), ROAD_RIM))


def tow_truck() -> pygame.Surface:
    """Dark red tow truck: cab at the front, tow boom and hook at the rear."""
    canvas = Canvas(120, 52)
    tyres(canvas, (30, 56, 98), 4, 48)
    red, metal = (118, 28, 30), (62, 64, 70)
    shaded_box(canvas, metal, (14, 6, 62, 40), 3)
    for x in range(20, 74, 8):
        canvas.line(offset(metal, -22), (x, 9), (x, 43), 0.8)
    canvas.line((30, 30, 34), (2, 26), (40, 26), 5)
    canvas.line((150, 130, 60), (4, 26), (40, 26), 2.4)
    canvas.rect((36, 36, 40), (36, 19, 10, 14), 2)
    canvas.line((200, 200, 200), (3, 26), (12, 26), 0.6)
    canvas.circle((34, 34, 38), (3, 26), 2.6)
    canvas.circle((150, 150, 156), (3, 26), 1.2)
    shaded_box(canvas, red, (74, 4, 44, 44), 8)
    mirrors(canvas, 100, 4, 48, (60, 16, 18))
    glasshouse(canvas, (76, 80, 98, 108), 6, 46, red)
    canvas.rect((30, 30, 34), (86, 10, 4, 32), 1)
    for y in (12, 20, 28, 34):
        canvas.rect((255, 170, 30), (86.6, y, 2.8, 4.6), 0.8)
    lamps(canvas, 120, 4, 48, rear=14.4)
    return add_outline(add_outline(canvas.result(), ROAD_RIM))


def build(assets: Path) -> list[Path]:
    """Write every vehicle sprite into ``assets/sprites``."""
    makers = (("armored_car", armored_car), ("tow_truck", tow_truck),
              ("police_car", police_car), ("sedan", sedan))
    return write_sprites(assets, makers)
