"""Build the HEAT city tileset image ``assets/tiles/city.png``.

32 tiles of 32x32 px in 8 columns x 4 rows, no margin or spacing.  Tile ids
(row-major) are fixed by the game and by ``city.tsx``:

 0 asphalt, 1 lane line (horizontal), 2 lane line (vertical), 3 sidewalk,
 4 crosswalk, 5 grass verge, 6 interior floor, 7 bank marble,
 8 concrete wall, 9 brick wall, 10 glass wall, 11 freeway pylon, 12 crate,
 13 dumpster, 14 jersey barrier, 15 overpass shadow overlay,
 16 tarmac, 17 taxi line, 18 runway light on, 19 runway light off,
 20-22 traffic signal green/amber/red, 23 chain-link fence,
 24 roof, 25 roof parapet, 26 oil stain, 27 manhole, 28 parking bay line,
 29 sidewalk with kerb, 30 runway centre stripe, 31 blank.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pygame

from art import tile_solids as solid
from art.common import RGB, Canvas, blend_pixel, glow, save_png
from art.tile_ground import (
    PAINT_WHITE,
    PAINT_YELLOW,
    TILE,
    asphalt,
    grain,
    grass,
    interior_floor,
    marble,
    new_tile,
    paint,
    sidewalk,
    tarmac,
)

COLUMNS = 8
ROWS = 4


def lane(vertical: bool) -> pygame.Surface:
    """Asphalt with a dashed white lane line through the middle."""
    tile = asphalt()
    paint(tile, (15, 4, 2, 24) if vertical else (4, 15, 24, 2), PAINT_WHITE, 11)
    return tile


def crosswalk() -> pygame.Surface:
    """Zebra crossing: 5 px white bars every 8 px across asphalt."""
    tile = asphalt()
    for x0 in range(1, TILE, 8):
        paint(tile, (x0, 0, 5, TILE), PAINT_WHITE, 40 + x0, 0.12)
    return tile


def overpass_shadow() -> pygame.Surface:
    """Flat translucent black overlay for areas under the freeway."""
    tile = new_tile()
    tile.fill((0, 0, 0, 110))
    return tile


def taxi_line() -> pygame.Surface:
    """Tarmac with a black-edged yellow taxiway line."""
    tile = tarmac()
    paint(tile, (0, 13, TILE, 6), (24, 24, 26), 170, 0.05)
    paint(tile, (0, 14, TILE, 4), PAINT_YELLOW, 171, 0.1)
    return tile


def runway_light(lit: bool) -> pygame.Surface:
    """Runway edge light fixture on tarmac, glowing blue-white when lit."""
    tile = tarmac()
    if lit:
        glow(tile, (16, 16), 14, (150, 195, 255), 0.85)
    canvas = Canvas(TILE, TILE)
    canvas.circle((24, 26, 30), (16, 16), 4.2)
    canvas.circle((58, 62, 70), (16, 16), 3.2)
    lens: RGB = (240, 248, 255) if lit else (70, 82, 100)
    canvas.circle(lens, (16, 16), 2.2)
    tile.blit(canvas.result(), (0, 0))
    return tile


def oil_stain() -> pygame.Surface:
    """Asphalt with an irregular dark oil blotch and a faint sheen."""
    rng = random.Random(2601)
    tile = asphalt()
    blob = pygame.Surface((TILE, TILE), pygame.SRCALPHA)
    for cx, cy, rx, ry in ((15, 16, 9, 7), (20, 13, 6, 5), (11, 20, 5, 4),
                           (22, 21, 3, 3), (7, 12, 2, 2)):
        pygame.draw.ellipse(blob, (255, 255, 255), (cx - rx, cy - ry, 2 * rx, 2 * ry))
    sheen = ((52, 40, 74), (30, 62, 70), (70, 60, 40))
    for y in range(TILE):
        for x in range(TILE):
            if blob.get_at((x, y)).a:
                blend_pixel(tile, (x, y), (14, 14, 18), 0.62)
                if rng.random() < 0.08:
                    blend_pixel(tile, (x, y), rng.choice(sheen), 0.6)
    return tile


def manhole() -> pygame.Surface:
    """Cast-iron manhole cover with rim, cross-hatch and pick holes."""
    tile = asphalt()
    for y in range(TILE):
        for x in range(TILE):
            d = ((x - 15.5) ** 2 + (y - 15.5) ** 2) ** 0.5
            if d < 9.6:
                hatch = (x + y) % 4 == 0 or (x - y) % 4 == 0
                color = (66, 66, 70) if hatch else (48, 48, 52)
            elif d < 11.6:
                color = (78, 78, 82) if x + y < 31 else (56, 56, 60)
            elif d < 12.4:
                color = (24, 24, 28)
            else:
                continue
            tile.set_at((x, y), color)
    for hole in ((10, 15), (21, 16)):
        pygame.draw.rect(tile, (18, 18, 20), (*hole, 2, 1))
    return tile


def parking_line() -> pygame.Surface:
    """Asphalt with a white parking bay line along the left edge."""
    tile = asphalt()
    paint(tile, (0, 0, 3, TILE), PAINT_WHITE, 2801)
    return tile


def kerb() -> pygame.Surface:
    """Sidewalk ending in a kerb stone and gutter along the bottom edge."""
    tile = sidewalk()
    rows = ((26, (70, 72, 78)), (27, (124, 126, 130)), (28, (112, 114, 118)),
            (29, (96, 98, 102)), (30, (40, 42, 48)), (31, (30, 32, 38)))
    for y, color in rows:
        pygame.draw.line(tile, color, (0, y), (TILE - 1, y))
    grain(tile, 2901, 3)
    return tile


def runway_stripe() -> pygame.Surface:
    """Tarmac with a dashed white runway centreline."""
    tile = tarmac()
    paint(tile, (4, 12, 24, 8), PAINT_WHITE, 3001, 0.14)
    return tile


def painters() -> tuple[Callable[[], pygame.Surface], ...]:
    """Tile painters in tile-id order (index == tile id)."""
    return (
        asphalt, lambda: lane(False), lambda: lane(True), sidewalk,
        crosswalk, grass, interior_floor, marble,
        solid.concrete_wall, solid.brick_wall, solid.glass_wall, solid.pylon,
        solid.crate, solid.dumpster, solid.jersey_barrier, overpass_shadow,
        tarmac, taxi_line, lambda: runway_light(True), lambda: runway_light(False),
        lambda: solid.signal((80, 235, 140)), lambda: solid.signal((255, 176, 40)),
        lambda: solid.signal((255, 60, 48)), solid.fence,
        solid.roof, solid.roof_edge, oil_stain, manhole,
        parking_line, kerb, runway_stripe, new_tile,
    )


def build_sheet() -> pygame.Surface:
    """Paint all 32 tiles into one 256x128 sheet."""
    sheet = pygame.Surface((COLUMNS * TILE, ROWS * TILE), pygame.SRCALPHA)
    for tile_id, painter in enumerate(painters()):
        row, col = divmod(tile_id, COLUMNS)
        sheet.blit(painter(), (col * TILE, row * TILE))
    return sheet


def build(assets: Path) -> list[Path]:
    """Write ``tiles/city.png`` under ``assets`` and return the paths."""
    path = assets / "tiles" / "city.png"
    save_png(build_sheet(), path)
    return [path]
