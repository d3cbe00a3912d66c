"""Every faction's sprite reads against every ground it can stand on: WCAG contrast >= 3:1.

The measure, from the pixels: a sprite is split by distance from its edge into its outer ring
(the dark outline), its next ring (the faction's rim) and the body inside; each part's mean
colour gives a relative luminance (WCAG 2.x: sRGB linearised, 0.2126 R + 0.7152 G + 0.0722 B).
A ground is the mean colour of one 32 px cell of the map as drawn (all layers below the actors),
over every walkable cell of every map in maps/. The sprite reads on that ground when its best
part reaches (L1 + 0.05) / (L2 + 0.05) >= 3 — a silhouette is seen by whichever ring or fill
stands out, which is why every sprite has a dark outline around a bright rim.
"""

from __future__ import annotations

import pygame
import pytest

from game.level.load_level import load_level
from game.paths import maps_dir
from game.render.sprite_cache import SpriteCache
from game.render.tile_chunks import CHUNK, build_chunks

FACTION_SPRITES = ("crew", "mccauley", "waingro", "lapd", "hanna", "guard", "civilian")
PALETTES = ("default", "colourblind")
MINIMUM = 3.0


def channel(c: float) -> float:
    c /= 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: tuple[float, float, float]) -> float:
    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: float, b: float) -> float:
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)


def sprite_parts(image: pygame.Surface) -> dict[str, float]:
    """Luminance of the outline ring, the rim ring and the body, from the opaque pixels."""
    w, h = image.get_size()
    solid = {(x, y) for y in range(h) for x in range(w) if image.get_at((x, y)).a >= 128}
    depth: dict[tuple[int, int], int] = {}
    ring = {p for p in solid if any((p[0] + dx, p[1] + dy) not in solid
                                    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)))}
    level = 0
    while ring:
        for p in ring:
            depth[p] = level
        level += 1
        ring = {p for p in solid if p not in depth and any(
            depth.get((p[0] + dx, p[1] + dy)) == level - 1
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)))}
    parts: dict[str, list[tuple[int, int, int]]] = {"outline": [], "rim": [], "body": []}
    for p, d in depth.items():
        c = image.get_at(p)
        parts["outline" if d == 0 else "rim" if d == 1 else "body"].append((c.r, c.g, c.b))
    return {name: luminance(tuple(sum(c[i] for c in cs) / len(cs) for i in range(3)))
            for name, cs in parts.items() if cs}


def ground_luminances(assets) -> dict[str, float]:
    """Each distinct walkable ground cell's mean luminance, named by map and cell."""
    grounds: dict[str, float] = {}
    for path in sorted(maps_dir().glob("*.tmx")):
        level = load_level(path)
        chunks = build_chunks(level, assets)
        seen: set[int] = set()
        for ty, row in enumerate(level.walkable):
            for tx, ok in enumerate(row):
                if not ok:
                    continue
                x, y = tx * level.tile_w, ty * level.tile_h
                chunk = chunks.below.get((x // CHUNK, y // CHUNK))
                if chunk is None:
                    continue
                cell = chunk.subsurface((x % CHUNK, y % CHUNK, level.tile_w, level.tile_h))
                mean = pygame.transform.average_color(cell)[:3]
                lum = round(luminance(mean), 4)
                if lum not in seen:
                    seen.add(lum)
                    grounds[f"{path.name} cell ({tx},{ty})"] = lum
    return grounds


@pytest.mark.parametrize("palette", PALETTES)
def test_every_faction_reads_on_every_ground(screen, palette: str) -> None:
    assets, _ = screen
    grounds = ground_luminances(assets)
    assert len(grounds) >= 3, "the maps should offer several grounds to test against"
    sprites = SpriteCache(assets, palette)
    failures = []
    for key in FACTION_SPRITES:
        parts = sprite_parts(sprites.base(key))
        assert set(parts) == {"outline", "rim", "body"}, f"{key}: no outline/rim/body"
        for where, ground in grounds.items():
            best = max(contrast(lum, ground) for lum in parts.values())
            if best < MINIMUM:
                failures.append(f"{palette} {key} on {where}: {best:.2f}:1")
    assert not failures, "\n".join(failures[:20])


def test_the_palettes_differ_and_the_measure_can_fail(screen) -> None:
    assets, _ = screen
    default = SpriteCache(assets, "default").base("civilian")
    blind = SpriteCache(assets, "colourblind").base("civilian")
    assert sprite_parts(default)["rim"] != sprite_parts(blind)["rim"]
    flat = pygame.Surface((32, 32), pygame.SRCALPHA)
    flat.fill((40, 42, 49, 255), (4, 4, 24, 24))  # an asphalt-coloured blob on asphalt
    parts = sprite_parts(flat)
    assert max(contrast(v, luminance((40, 42, 49))) for v in parts.values()) < MINIMUM
