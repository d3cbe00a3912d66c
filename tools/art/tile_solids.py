"""Solid and prop tiles for the city tileset: walls, glass, props, roofs.

Lighting convention: light comes from the top-left, so top/left edges get a
highlight and bottom/right edges a shadow; props cast a short shadow to the
bottom-right onto the ground they stand on.
"""

from __future__ import annotations

import random

import pygame

from art.common import RGB, Canvas, blend_pixel, glow, mix, offset
from art.tile_ground import TILE, asphalt, grain, new_tile, sidewalk


def bevel(tile: pygame.Surface, rect: tuple[int, int, int, int],
          light: float, dark: float) -> None:
    """Lighten the top/left and darken the bottom/right 1 px rim of ``rect``."""
    x0, y0, w, h = rect
    for x in range(x0, x0 + w):
        for y, v in ((y0, light), (y0 + h - 1, -dark)):
            tile.set_at((x, y), offset(tile.get_at((x, y))[:3], v))
    for y in range(y0 + 1, y0 + h - 1):
        for x, v in ((x0, light), (x0 + w - 1, -dark)):
            tile.set_at((x, y), offset(tile.get_at((x, y))[:3], v))


def drop_shadow(tile: pygame.Surface, rect: tuple[int, int, int, int],
                dx: int = 2, dy: int = 2, alpha: float = 0.45) -> None:
    """Darken the ground where ``rect`` shifted by (dx, dy) falls."""
    x0, y0, w, h = rect
    for y in range(y0 + dy, min(TILE, y0 + h + dy)):
        for x in range(x0 + dx, min(TILE, x0 + w + dx)):
            blend_pixel(tile, (x, y), (0, 0, 0), alpha)


def concrete_wall() -> pygame.Surface:
    """Solid cast-concrete wall block with form-tie holes."""
    tile = new_tile()
    tile.fill((122, 124, 130))
    grain(tile, 801, 5)
    for hole in ((7, 7), (24, 7), (7, 24), (24, 24)):
        pygame.draw.rect(tile, (84, 86, 92), (*hole, 2, 2))
    bevel(tile, (0, 0, TILE, TILE), 30, 62)
    bevel(tile, (1, 1, TILE - 2, TILE - 2), 14, 36)
    bevel(tile, (2, 2, TILE - 4, TILE - 4), 4, 14)
    return tile


def brick_wall() -> pygame.Surface:
    """Red-brown brick in running bond with dark mortar."""
    rng = random.Random(901)
    tile = new_tile()
    tile.fill((54, 46, 44))
    for row in range(4):
        shift = 8 if row % 2 else 0
        for col in range(-1, 2):
            x = col * 16 + shift
            tone = offset((100, 50, 42), rng.uniform(-10, 8))
            pygame.draw.rect(tile, tone, (x + 1, row * 8 + 1, 15, 7))
    grain(tile, 902, 5)
    bevel(tile, (0, 0, TILE, TILE), 18, 30)
    return tile


def glass_wall() -> pygame.Surface:
    """Window wall: steel frame and mullion around pale blue glass panes."""
    tile = new_tile()
    frame: RGB = (66, 76, 90)
    tile.fill((*frame, 255))
    for x0 in (3, 17):
        pygame.draw.rect(tile, (118, 158, 190, 178), (x0, 3, 12, 26))
    streak: RGB = (196, 222, 240)
    for i in range(14):
        for x, y in ((6 + i, 26 - i), (7 + i, 26 - i), (12 + i, 26 - i)):
            if 3 <= y < 29 and (3 <= x < 15 or 17 <= x < 29):
                blend_pixel(tile, (x, y), streak, 0.55)
    bevel(tile, (0, 0, TILE, TILE), 30, 30)
    return tile


def pylon() -> pygame.Surface:
    """Freeway pylon: 20x20 concrete column standing on asphalt."""
    tile = asphalt()
    drop_shadow(tile, (6, 6, 20, 20), 3, 3, 0.55)
    canvas = Canvas(TILE, TILE)
    canvas.rect((70, 72, 78), (6, 6, 20, 20), 5)
    canvas.rect((108, 110, 116), (6, 6, 19, 19), 5)
    canvas.rect((124, 126, 132), (7.5, 7.5, 15, 15), 4)
    canvas.rect((114, 116, 122), (9.5, 9.5, 13, 13), 3)
    tile.blit(canvas.result(), (0, 0))
    return tile


def crate() -> pygame.Surface:
    """Wooden shipping crate: plank top, frame and cross brace."""
    tile = new_tile()
    wood, frame = (112, 82, 50), (84, 58, 34)
    pygame.draw.rect(tile, wood, (1, 1, 30, 30))
    for y in (8, 16, 24):
        pygame.draw.line(tile, offset(wood, -26), (3, y), (28, y))
    pygame.draw.rect(tile, frame, (1, 1, 30, 30), 3)
    canvas = Canvas(TILE, TILE)
    canvas.line((*frame, 255), (4, 4), (28, 28), 3)
    canvas.line((*frame, 255), (4, 28), (28, 4), 3)
    tile.blit(canvas.result(), (0, 0))
    grain(tile, 1201, 6)
    pygame.draw.rect(tile, (40, 28, 18), (0, 0, TILE, TILE), 1)
    bevel(tile, (1, 1, 30, 30), 22, 20)
    return tile


def dumpster() -> pygame.Surface:
    """Green steel dumpster (x2..30, y6..26) on asphalt, two lids."""
    tile = asphalt()
    drop_shadow(tile, (2, 6, 28, 20), 2, 3, 0.5)
    green = (44, 84, 56)
    pygame.draw.rect(tile, (18, 30, 22), (2, 6, 28, 20))
    for x0 in (3, 16):
        pygame.draw.rect(tile, green, (x0, 8, 13, 17))
        for y in range(11, 24, 3):
            pygame.draw.line(tile, offset(green, -14), (x0 + 1, y), (x0 + 11, y))
        bevel(tile, (x0, 8, 13, 17), 22, 18)
    pygame.draw.rect(tile, (30, 56, 38), (3, 6, 26, 2))
    pygame.draw.line(tile, (150, 150, 140), (5, 7), (8, 7))
    grain(tile, 1301, 3)
    return tile


def jersey_barrier() -> pygame.Surface:
    """Concrete jersey barrier running horizontally (y8..24) on asphalt."""
    tile = asphalt()
    drop_shadow(tile, (0, 8, TILE, 16), 0, 3, 0.5)
    profile = (92, 104, 112, 118, 124, 138, 150, 150, 146, 132, 118, 112,
               106, 98, 90, 78)
    for i, v in enumerate(profile):
        pygame.draw.line(tile, (v, v, v - 4), (0, 8 + i), (TILE - 1, 8 + i))
    pygame.draw.line(tile, (52, 52, 54), (0, 8), (0, 23))
    pygame.draw.line(tile, (60, 60, 62), (31, 8), (31, 23))
    for x in range(4, 28, 2):
        tile.set_at((x, 9), (170, 150, 70))
    grain(tile, 1401, 4)
    return tile


def fence() -> pygame.Surface:
    """Chain-link fence seen from above: thin mesh band y14..17, post."""
    tile = new_tile()
    for x in range(TILE):
        for y in (18, 19):
            tile.set_at((x, y), (0, 0, 0, 60))
        for y in (14, 15, 16, 17):
            if y in (14, 17):
                tile.set_at((x, y), (150, 156, 164, 220))
            elif (x + y) % 3 == 0:
                tile.set_at((x, y), (132, 138, 146, 190))
    pygame.draw.rect(tile, (30, 32, 36, 255), (0, 13, 3, 6))
    pygame.draw.rect(tile, (120, 124, 132, 255), (0, 14, 2, 4))
    return tile


def roof() -> pygame.Surface:
    """Flat tar-and-gravel roof, very dark."""
    rng = random.Random(2401)
    tile = new_tile()
    base: RGB = (52, 49, 54)
    tile.fill(base)
    grain(tile, 2402, 3)
    for _ in range(150):
        x, y = rng.randrange(TILE), rng.randrange(TILE)
        stone = offset(base, rng.choice((-12, -9, 10, 14, 18)))
        pygame.draw.rect(tile, stone, (x, y, rng.choice((1, 2)), rng.choice((1, 2))))
    return tile


def roof_edge() -> pygame.Surface:
    """Roof with a pale parapet cap along the top edge and its shadow."""
    tile = roof()
    for y, color in enumerate(((112, 112, 118), (128, 128, 134), (120, 120, 126),
                               (92, 92, 98), (70, 70, 76))):
        pygame.draw.line(tile, color, (0, y), (TILE - 1, y))
    for y, a in ((5, 0.55), (6, 0.35), (7, 0.15)):
        for x in range(TILE):
            blend_pixel(tile, (x, y), (0, 0, 0), a)
    grain(tile, 2501, 3)
    return tile


def signal(lamp: RGB) -> pygame.Surface:
    """Traffic signal pole (x12..20, y12..20) on sidewalk, lit ``lamp``."""
    tile = sidewalk()
    glow(tile, (16, 16), 16, lamp, 0.9)
    drop_shadow(tile, (12, 12, 8, 8), 2, 2, 0.5)
    canvas = Canvas(TILE, TILE)
    canvas.circle((16, 18, 22), (16, 16), 4)
    canvas.circle((52, 56, 62), (16, 16), 3.2)
    canvas.circle(lamp, (16, 16), 2.6)
    canvas.circle(mix(lamp, (255, 255, 255), 0.6), (15.6, 15.6), 1.4)
    tile.blit(canvas.result(), (0, 0))
    return tile
