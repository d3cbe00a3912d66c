"""Ground textures for the city tileset: asphalt, concrete, grass, floors.

Each function returns a fresh 32x32 surface.  Base textures use their own
fixed seeds so that every asphalt variant (lane lines, manholes, ...) shares
exactly the same asphalt underneath and the tiles butt together cleanly.
"""

from __future__ import annotations

import math
import random

import pygame

from art.common import RGB, clamp, mix, offset, value_noise

TILE = 32
ASPHALT: RGB = (40, 42, 49)
SIDEWALK: RGB = (84, 86, 92)
TARMAC: RGB = (74, 76, 81)
PAINT_WHITE: RGB = (178, 179, 172)
PAINT_YELLOW: RGB = (190, 158, 52)


def new_tile() -> pygame.Surface:
    """An empty, fully transparent tile."""
    return pygame.Surface((TILE, TILE), pygame.SRCALPHA)


def asphalt() -> pygame.Surface:
    """Dark night asphalt: mottled base with aggregate speckles."""
    rng = random.Random(101)
    tile = new_tile()
    mottle = value_noise(rng, TILE, 4)
    for y in range(TILE):
        for x in range(TILE):
            roll = rng.random()
            v = (mottle[y][x] - 0.5) * 8 + rng.uniform(-4, 4)
            if roll < 0.05:
                v += 14
            elif roll < 0.10:
                v -= 9
            tile.set_at((x, y), offset(ASPHALT, v))
    return tile


def slabs(base: RGB, seed: int, slab: int, seam: float) -> pygame.Surface:
    """Concrete slabs ``slab`` px square, seams darkened by ``seam``."""
    rng = random.Random(seed)
    tile = new_tile()
    tones = [rng.uniform(-4, 4) for _ in range((TILE // slab) ** 2)]
    mottle = value_noise(rng, TILE, 4)
    for y in range(TILE):
        for x in range(TILE):
            v = tones[(y // slab) * (TILE // slab) + x // slab]
            v += (mottle[y][x] - 0.5) * 6 + rng.uniform(-3, 3)
            if x % slab == 0 or y % slab == 0:
                v -= seam
            elif x % slab == 1 or y % slab == 1:
                v += 5
            tile.set_at((x, y), offset(base, v))
    return tile


def sidewalk() -> pygame.Surface:
    """Sidewalk: 16 px concrete slabs with dark seams."""
    return slabs(SIDEWALK, 202, 16, 22)


def tarmac() -> pygame.Surface:
    """Airport tarmac: big pale concrete panels with tar-filled joints."""
    return slabs(TARMAC, 303, 32, 26)


def paint(tile: pygame.Surface, rect: tuple[int, int, int, int], color: RGB,
          seed: int, wear: float = 0.18) -> None:
    """Paint a road marking in ``rect`` with worn, noisy pixels."""
    rng = random.Random(seed)
    x0, y0, w, h = rect
    for y in range(y0, y0 + h):
        for x in range(x0, x0 + w):
            under = tile.get_at((x, y))
            t = 0.45 if rng.random() < wear else rng.uniform(0.78, 0.92)
            tile.set_at((x, y), mix((under.r, under.g, under.b), color, t))


def grass() -> pygame.Surface:
    """Grass and dirt verge: dark olive turf with bare patches."""
    rng = random.Random(404)
    tile = new_tile()
    patches = value_noise(rng, TILE, 4)
    turf, dirt, blade = (36, 52, 34), (58, 50, 40), (58, 80, 50)
    for y in range(TILE):
        for x in range(TILE):
            t = max(0.0, min(1.0, (patches[y][x] - 0.42) * 3.0))
            color = mix(turf, dirt, t)
            if rng.random() < 0.22 * (1.0 - t):
                color = mix(color, blade, rng.uniform(0.4, 1.0))
            tile.set_at((x, y), offset(color, rng.uniform(-4, 4)))
    return tile


def interior_floor() -> pygame.Surface:
    """Office floor: 8 px checker tiles with grout lines."""
    rng = random.Random(505)
    tile = new_tile()
    light, dark, grout = (78, 76, 72), (64, 63, 62), (44, 43, 44)
    for y in range(TILE):
        for x in range(TILE):
            if x % 8 == 0 or y % 8 == 0:
                color = grout
            else:
                color = light if (x // 8 + y // 8) % 2 == 0 else dark
            tile.set_at((x, y), offset(color, rng.uniform(-3, 3)))
    return tile


def marble() -> pygame.Surface:
    """Bank lobby marble: pale veined 16 px slabs with thin seams."""
    rng = random.Random(606)
    tile = new_tile()
    warp = value_noise(rng, TILE, 4)
    base, vein, seam = (126, 122, 114), (92, 90, 88), (100, 97, 92)
    for y in range(TILE):
        for x in range(TILE):
            flip = 1 if (x // 16 + y // 16) % 2 == 0 else -1
            v = math.sin((x + flip * y) * math.pi / 16 + warp[y][x] * 5.0)
            color = mix(base, vein, max(0.0, 1.0 - abs(v) * 5.0) * 0.7)
            if x % 16 == 0 or y % 16 == 0:
                color = seam
            tile.set_at((x, y), offset(color, rng.uniform(-3, 3)))
    return tile


def grain(tile: pygame.Surface, seed: int, amount: float) -> None:
    """Add +/- ``amount`` of per-pixel brightness noise to opaque pixels."""
    rng = random.Random(seed)
    for y in range(TILE):
        for x in range(TILE):
            c = tile.get_at((x, y))
            v = rng.uniform(-amount, amount)
            tile.set_at((x, y), (clamp(c.r + v), clamp(c.g + v), clamp(c.b + v), c.a))
