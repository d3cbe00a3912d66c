"""Paint the HEAT title backdrop ``assets/ui/title.png`` (1280x720).

Night-time Los Angeles: a deep-blue to amber dusk sky with stars and haze
streaks, a distant purple skyline, a downtown cluster of dark towers with
scattered lit windows and red aviation lights, light-pollution haze, a
freeway overpass with sodium lamps and traffic, and palm silhouettes.  The
upper middle is left calm for the title text that the game draws on top.
"""

from __future__ import annotations

import itertools
import math
import random
from pathlib import Path

import pygame

from art.common import RGB, glow, mix, save_png

WIDTH, HEIGHT = 1280, 720
HORIZON = 640
DECK_TOP = 586
DECK_HEIGHT = 18
GROUND = 656
SKY_STOPS: tuple[tuple[int, RGB], ...] = (
    (0, (4, 6, 20)), (220, (12, 22, 58)), (380, (36, 42, 96)),
    (470, (92, 66, 110)), (545, (176, 100, 84)), (610, (232, 146, 72)),
    (HEIGHT, (250, 176, 96)),
)


def sky_color(y: int) -> RGB:
    """Interpolate the dusk gradient at row ``y``."""
    for (y0, c0), (y1, c1) in itertools.pairwise(SKY_STOPS):
        if y0 <= y <= y1:
            t = (y - y0) / (y1 - y0)
            return mix(c0, c1, t * t * (3 - 2 * t))
    return SKY_STOPS[-1][1]


def paint_sky(surface: pygame.Surface, rng: random.Random) -> None:
    """Gradient sky with faint stars in the upper half."""
    for y in range(HEIGHT):
        pygame.draw.line(surface, sky_color(y), (0, y), (WIDTH - 1, y))
    for _ in range(160):
        x, y = rng.randrange(WIDTH), int(rng.random() ** 1.6 * 330)
        base = sky_color(y)
        surface.set_at((x, y), mix(base, (220, 226, 255), rng.uniform(0.25, 0.8) * (1 - y / 380)))


def paint_haze_streaks(surface: pygame.Surface, rng: random.Random) -> None:
    """Long thin translucent cloud streaks catching the city glow."""
    layer = pygame.Surface((WIDTH, HEIGHT), pygame.SRCALPHA)
    for _ in range(26):
        y = rng.randint(320, 560)
        w, h = rng.randint(200, 620), rng.randint(5, 16)
        x = rng.randint(-200, WIDTH)
        tint = mix((120, 90, 140), (255, 170, 110), (y - 320) / 240)
        pygame.draw.ellipse(layer, (*tint, rng.randint(18, 44)), (x, y, w, h))
    surface.blit(layer, (0, 0))


def skyline_row(rng: random.Random, x_range: tuple[int, int], widths: tuple[int, int],
                heights: tuple[int, int]) -> list[pygame.Rect]:
    """Random building footprints standing on the horizon line."""
    rects, x = [], x_range[0]
    while x < x_range[1]:
        w, h = rng.randint(*widths), rng.randint(*heights)
        rects.append(pygame.Rect(x, HORIZON - h, w, h + 20))
        x += w + rng.randint(-4, 6)
    return rects


def paint_far_city(surface: pygame.Surface, rng: random.Random) -> None:
    """Distant low skyline in hazy violet with a few dim windows."""
    color: RGB = (58, 44, 78)
    for rect in skyline_row(rng, (-20, WIDTH + 20), (24, 70), (18, 95)):
        pygame.draw.rect(surface, color, rect)
        windows(surface, rng, rect, 0.05, (200, 140, 100))


def windows(surface: pygame.Surface, rng: random.Random, rect: pygame.Rect,
            lit: float, warm: RGB) -> None:
    """Scatter small lit windows in a grid over a building face."""
    cool: RGB = (196, 214, 255)
    for wy in range(rect.top + 6, rect.bottom - 26, 7):
        floor_lit = lit * (2.2 if rng.random() < 0.12 else 1.0)
        for wx in range(rect.left + 4, rect.right - 4, 6):
            if rng.random() < floor_lit:
                color = cool if rng.random() < 0.22 else warm
                dim = rng.uniform(0.55, 1.0)
                surface.fill(mix((20, 20, 30), color, dim), (wx, wy, 3, 4))


def tower(surface: pygame.Surface, rng: random.Random, rect: pygame.Rect,
          style: int) -> None:
    """One downtown tower with a distinctive crown and lit windows."""
    body: RGB = (14, 16, 30)
    pygame.draw.rect(surface, body, rect)
    pygame.draw.line(surface, (40, 36, 60), rect.topleft, (rect.left, rect.bottom))
    cx = rect.centerx
    if style == 0:
        pygame.draw.ellipse(surface, body, (rect.left, rect.top - 22, rect.width, 44))
        pygame.draw.arc(surface, (255, 236, 190), (rect.left + 3, rect.top - 19,
                        rect.width - 6, 38), 0.3, math.pi - 0.3, 2)
    elif style == 1:
        pygame.draw.polygon(surface, body, [(rect.left, rect.top), (cx, rect.top - 40),
                                            (rect.right, rect.top)])
    elif style == 2:
        pygame.draw.rect(surface, body, (rect.left + 8, rect.top - 18, rect.width - 16, 18))
    if style != 2:
        pygame.draw.line(surface, body, (cx, rect.top - 40), (cx, rect.top - 80), 2)
    windows(surface, rng, rect, 0.14, (255, 206, 128))


def paint_downtown(surface: pygame.Surface, rng: random.Random) -> list[tuple[int, int]]:
    """Downtown cluster; returns aviation-light positions for glowing."""
    specs = ((640, 52, 250, 2), (700, 64, 330, 0), (770, 46, 270, 1), (824, 58, 370, 0),
             (890, 50, 300, 2), (948, 44, 230, 1), (1000, 60, 260, 2), (560, 58, 200, 1))
    beacons = []
    for x, w, h, style in sorted(specs, key=lambda s: -s[2]):
        rect = pygame.Rect(x, HORIZON - h, w, h + 20)
        tower(surface, rng, rect, style)
        beacons.append((rect.centerx, rect.top - (18 if style == 2 else 80)))
    for rect in skyline_row(rng, (-10, WIDTH + 10), (40, 110), (40, 150)):
        if not 560 <= rect.centerx <= 1060:
            pygame.draw.rect(surface, (20, 20, 36), rect)
            windows(surface, rng, rect, 0.12, (250, 190, 110))
    return beacons


def paint_glow_haze(surface: pygame.Surface) -> None:
    """Amber light-pollution haze rising over the lower skyline."""
    layer = pygame.Surface((WIDTH, HEIGHT), pygame.SRCALPHA)
    for y in range(420, HORIZON + 20):
        t = (y - 420) / (HORIZON + 20 - 420)
        layer.fill((255, 150, 80, int(64 * t * t)), (0, y, WIDTH, 1))
    surface.blit(layer, (0, 0))


def paint_freeway(surface: pygame.Surface, rng: random.Random) -> list[tuple[int, int]]:
    """Overpass deck on pylons, with traffic; returns sodium lamp positions."""
    dark: RGB = (9, 9, 16)
    for x in range(40, WIDTH, 200):
        pygame.draw.polygon(surface, dark, [(x, DECK_TOP), (x + 34, DECK_TOP),
                                            (x + 28, HEIGHT), (x + 6, HEIGHT)])
    pygame.draw.rect(surface, dark, (0, DECK_TOP, WIDTH, DECK_HEIGHT))
    pygame.draw.rect(surface, (24, 20, 30), (0, DECK_TOP + DECK_HEIGHT, WIDTH, 3))
    pygame.draw.line(surface, (120, 84, 60), (0, DECK_TOP), (WIDTH, DECK_TOP))
    for x in range(0, WIDTH, 4):
        pygame.draw.line(surface, dark, (x, DECK_TOP - 4), (x, DECK_TOP))
    pygame.draw.line(surface, dark, (0, DECK_TOP - 5), (WIDTH, DECK_TOP - 5), 2)
    for _ in range(22):
        x, east = rng.randrange(WIDTH), rng.random() < 0.5
        pygame.draw.rect(surface, dark, (x, DECK_TOP - 9, 16, 6), border_radius=2)
        light: RGB = (255, 246, 220) if east else (255, 40, 36)
        surface.fill(light, (x + (15 if east else 0), DECK_TOP - 7, 1, 2))
    lamps = []
    for x in range(70, WIDTH, 128):
        pygame.draw.line(surface, dark, (x, DECK_TOP), (x, DECK_TOP - 30), 2)
        pygame.draw.line(surface, dark, (x, DECK_TOP - 30), (x + 10, DECK_TOP - 32), 2)
        lamps.append((x + 10, DECK_TOP - 31))
    return lamps


def paint_ground(surface: pygame.Surface, rng: random.Random) -> None:
    """Dark ground under the freeway with distant street lights."""
    for y in range(GROUND, HEIGHT):
        t = (y - GROUND) / (HEIGHT - GROUND)
        pygame.draw.line(surface, mix((26, 20, 30), (5, 5, 10), t), (0, y), (WIDTH - 1, y))
    for _ in range(40):
        x, y = rng.randrange(WIDTH), rng.randint(GROUND + 2, GROUND + 14)
        surface.fill((255, 180, 90), (x, y, 2, 1))


def frond(surface: pygame.Surface, rng: random.Random, top: tuple[int, int],
          angle: float, length: float) -> None:
    """One drooping palm frond: tapering rib with short leaflets hanging off it."""
    ink: RGB = (5, 5, 10)
    points = [(top[0] + math.cos(angle) * length * s,
               top[1] + math.sin(angle) * length * s + 0.45 * length * s * s)
              for s in (j / 10 for j in range(11))]
    for j, (a, b) in enumerate(itertools.pairwise(points)):
        pygame.draw.line(surface, ink, a, b, max(1, 4 - j // 3))
        leaf = 9 - j * 0.6
        for side in (-1, 1):
            tip = (b[0] + side * leaf * 0.5 * math.sin(angle) + rng.uniform(-1, 1),
                   b[1] + leaf * 0.9)
            pygame.draw.line(surface, ink, b, tip, 2 if j < 5 else 1)


def palm(surface: pygame.Surface, rng: random.Random, base_x: int, top: tuple[int, int]) -> None:
    """Tall Washingtonia palm silhouette: curved tapering trunk, dense crown."""
    ink: RGB = (5, 5, 10)
    steps = 24
    for i in range(steps):
        t0, t1 = i / steps, (i + 1) / steps
        p0 = (base_x + (top[0] - base_x) * t0 ** 2, HEIGHT + (top[1] - HEIGHT) * t0)
        p1 = (base_x + (top[0] - base_x) * t1 ** 2, HEIGHT + (top[1] - HEIGHT) * t1)
        pygame.draw.line(surface, ink, p0, p1, max(4, round(10 - 5 * t0)))
    pygame.draw.ellipse(surface, ink, (top[0] - 7, top[1], 14, 26))
    for k in range(15):
        angle = -math.pi / 2 + (k - 7) * 0.36 + rng.uniform(-0.08, 0.08)
        frond(surface, rng, top, angle, rng.uniform(34, 50))
    pygame.draw.circle(surface, ink, top, 8)


def vignette(surface: pygame.Surface) -> None:
    """Darken the corners with a smooth radial falloff."""
    small = pygame.Surface((160, 90), pygame.SRCALPHA)
    for y in range(90):
        for x in range(160):
            d = math.hypot((x - 79.5) / 80, (y - 44.5) / 45)
            small.set_at((x, y), (0, 0, 8, min(200, int(max(0.0, d - 0.55) ** 2 * 380))))
    surface.blit(pygame.transform.smoothscale(small, (WIDTH, HEIGHT)), (0, 0))


def paint_title() -> pygame.Surface:
    """Compose the whole backdrop."""
    rng = random.Random(1995)
    surface = pygame.Surface((WIDTH, HEIGHT), pygame.SRCALPHA)
    paint_sky(surface, rng)
    paint_haze_streaks(surface, rng)
    paint_far_city(surface, rng)
    beacons = paint_downtown(surface, rng)
    paint_glow_haze(surface)
    paint_ground(surface, rng)
    lamps = paint_freeway(surface, rng)
    for spot in beacons:
        glow(surface, spot, 7, (255, 40, 30), 0.9)
    for spot in lamps:
        glow(surface, spot, 30, (255, 170, 80), 0.8)
    for base_x, top in ((110, (150, 360)), (205, (188, 430)), (1170, (1128, 330)),
                        (1090, (1102, 452))):
        palm(surface, rng, base_x, top)
    vignette(surface)
    return surface


def build(assets: Path) -> list[Path]:
    """Write ``ui/title.png`` under ``assets``."""
    path = assets / "ui" / "title.png"
    save_png(paint_title(), path)
    return [path]
