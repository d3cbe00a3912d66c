"""The overhead layers baked into the ground once, and put back over what moves beneath them.

A map-only frame is then one pass of flat chunks (ground with the overpass shadow and roofs
already on it), not a ground pass plus a translucent overhead pass. Whatever is drawn between
the two (actors, props, effects, animated ground tiles) is found first, as rectangles; the
32 px cells where such a rectangle meets the overhead are uncovered (ground-only pixels put
back), the moving things drawn, and the overhead blended over those cells again — so every
pixel is blended exactly once, as in a ground pass, things, overhead pass.
"""

from __future__ import annotations

from collections.abc import Iterable

import pygame

CELL = 32  # px: the grain at which the overhead is uncovered and put back
BACKDROP = (18, 20, 24)  # where a band has no ground chunk

Chunk = pygame.Surface | tuple[pygame.Surface, tuple[int, int]]
Cell = tuple[int, int]


def flatten(below: dict, above: dict, chunk: int) -> dict[int, pygame.Surface]:
    """The ground chunks laid side by side in full-width bands, one per chunk row, with the
    overhead pieces blended on: a view is then two or three wide blits, not a dozen small
    ones. A ground chunk with no overhead on it becomes a subsurface of its band (one copy
    of its pixels, so a decal painted into it shows in the band too)."""
    if not below:
        return {}
    columns = max(kx for kx, _ in below) + 1
    bands: dict[int, pygame.Surface] = {}
    for (kx, ky), ground in sorted(below.items()):
        band = bands.get(ky)
        if band is None:
            band = bands[ky] = pygame.Surface((columns * chunk, chunk), 0, ground)
            band.fill(BACKDROP)
        band.blit(ground, (kx * chunk, 0))
        piece = above.get((kx, ky))
        if piece is None:
            below[(kx, ky)] = band.subsurface((kx * chunk, 0, chunk, chunk))
        else:
            image, (ox, oy) = piece
            band.blit(image, (kx * chunk + ox, oy))
    return bands


def blit_bands(surface: pygame.Surface, bands: dict[int, pygame.Surface], chunk: int,
               left: int, top: int) -> None:
    """Blit the flat bands in view."""
    view_h = surface.get_height()
    surface.fblits([(bands[row], (-left, row * chunk - top))
                    for row in range(top // chunk, (top + view_h) // chunk + 1) if row in bands])


def cover_cells(above: dict, chunk: int) -> frozenset[Cell]:
    """The CELL-sized world cells where the overhead has any visible pixel."""
    cells = set()
    per_chunk = chunk // CELL
    for (kx, ky), (piece, (ox, oy)) in above.items():
        w, h = piece.get_size()
        for gy in range(oy // CELL, (oy + h - 1) // CELL + 1):
            for gx in range(ox // CELL, (ox + w - 1) // CELL + 1):
                area = pygame.Rect(gx * CELL - ox, gy * CELL - oy, CELL, CELL).clip(
                    piece.get_rect())
                if area.w and area.h and piece.subsurface(area).get_bounding_rect().w:
                    cells.add((kx * per_chunk + gx, ky * per_chunk + gy))
    return frozenset(cells)


def cells_hit(rects: Iterable[tuple[int, int, int, int]], cover: frozenset[Cell],
              view: pygame.Rect) -> list[Cell]:
    """The cover cells in ``view`` (world px) that any of ``rects`` (world px) touches,
    sorted by row then column."""
    if not cover:
        return []
    hit = set()
    right, bottom = view.right, view.bottom
    for x, y, w, h in rects:
        x0, y0 = max(x, view.x), max(y, view.y)
        x1, y1 = min(x + w, right), min(y + h, bottom)
        if x1 <= x0 or y1 <= y0:
            continue
        for gy in range(y0 // CELL, (y1 - 1) // CELL + 1):
            for gx in range(x0 // CELL, (x1 - 1) // CELL + 1):
                if (gx, gy) in cover:
                    hit.add((gy, gx))
    return [(gx, gy) for gy, gx in sorted(hit)]


def _runs(cells: list[Cell], chunk: int) -> list[tuple[int, int, int]]:
    """Cells merged into horizontal runs (world x, world y, width) that stay in one chunk."""
    runs: list[list[int]] = []
    for gx, gy in cells:
        x, y = gx * CELL, gy * CELL
        last = runs[-1] if runs else None
        if last and last[1] == y and last[0] + last[2] == x and x % chunk:
            last[2] += CELL
        else:
            runs.append([x, y, CELL])
    return [(x, y, w) for x, y, w in runs]


def uncover(view: pygame.Surface, below: dict, cells: list[Cell], chunk: int, left: int,
            top: int) -> None:
    """Put the ground-only pixels back in ``cells``."""
    blits = []
    for x, y, w in _runs(cells, chunk):
        key = (x // chunk, y // chunk)
        ground = below.get(key)
        if ground is not None:
            area = (x - key[0] * chunk, y - key[1] * chunk, w, CELL)
            blits.append((ground, (x - left, y - top), area))
    view.blits(blits, doreturn=False)


def recover(view: pygame.Surface, above: dict, cells: list[Cell], chunk: int, left: int,
            top: int) -> None:
    """Blend the overhead over ``cells`` again."""
    blits = []
    for x, y, w in _runs(cells, chunk):
        key = (x // chunk, y // chunk)
        piece = above.get(key)
        if piece is None:
            continue
        image, (ox, oy) = piece
        wanted = pygame.Rect(x - key[0] * chunk - ox, y - key[1] * chunk - oy, w, CELL)
        area = wanted.clip(image.get_rect())
        if area.w and area.h:
            dest = (x - left + area.x - wanted.x, y - top + area.y - wanted.y)
            blits.append((image, dest, area))
    view.blits(blits, doreturn=False)
