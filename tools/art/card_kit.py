"""Drawing kit for the briefing-card illustrations: a supersampled pane and storyboard shapes.

A ``Pane`` is a 720x400 picture drawn at twice the size and smooth-scaled down, so edges are
clean. On top of plain shapes it offers gradients, additive glows and light cones, and the
recurring subjects of the cards: silhouetted figures, cars, skylines, freeway decks, rain, grain.
"""

from __future__ import annotations

import itertools
import math
import random

import pygame

from art.common import RGB, mix

W, H = 720, 400
INK: RGB = (8, 8, 14)
SODIUM: RGB = (255, 150, 60)
COLD: RGB = (150, 190, 255)
NIGHT = ((0.0, (4, 6, 18)), (0.55, (18, 26, 58)), (0.8, (70, 48, 80)), (1.0, (140, 80, 60)))
AMBER = ((0.0, (10, 6, 14)), (0.5, (52, 22, 30)), (0.85, (170, 80, 40)), (1.0, (240, 140, 60)))
DAWN = ((0.0, (120, 130, 150)), (0.6, (214, 190, 160)), (1.0, (240, 210, 170)))
BLUE = ((0.0, (2, 4, 12)), (0.6, (10, 24, 50)), (1.0, (30, 60, 100)))
S = 2  # supersampling factor
Point = tuple[float, float]


class Pane:
    """A picture in logical 720x400 coordinates, drawn ``S`` times larger."""

    def __init__(self) -> None:
        self.big = pygame.Surface((W * S, H * S), pygame.SRCALPHA)

    @staticmethod
    def p(point: Point) -> tuple[int, int]:
        return round(point[0] * S), round(point[1] * S)

    def rect(self, color: tuple[int, ...], rect: tuple[float, float, float, float],
             radius: float = 0) -> None:
        x, y, w, h = (round(v * S) for v in rect)
        pygame.draw.rect(self.big, color, (x, y, w, h), border_radius=round(radius * S))

    def poly(self, color: tuple[int, ...], points: list[Point]) -> None:
        pygame.draw.polygon(self.big, color, [self.p(q) for q in points])

    def circle(self, color: tuple[int, ...], center: Point, radius: float) -> None:
        pygame.draw.circle(self.big, color, self.p(center), max(1, round(radius * S)))

    def ellipse(self, color: tuple[int, ...], rect: tuple[float, float, float, float]) -> None:
        pygame.draw.ellipse(self.big, color, [round(v * S) for v in rect])

    def line(self, color: tuple[int, ...], a: Point, b: Point, width: float = 1) -> None:
        pygame.draw.line(self.big, color, self.p(a), self.p(b), max(1, round(width * S)))

    def gradient(self, stops: tuple[tuple[float, RGB], ...],
                 rect: tuple[float, float, float, float] = (0, 0, W, H)) -> None:
        """Vertical gradient through ``stops`` (share of the height 0..1, colour)."""
        x, y, w, h = (round(v * S) for v in rect)
        for row in range(h):
            t = row / max(1, h - 1)
            color = stops[-1][1]
            for (t0, c0), (t1, c1) in itertools.pairwise(stops):
                if t0 <= t <= t1:
                    color = mix(c0, c1, (t - t0) / max(1e-6, t1 - t0))
                    break
            pygame.draw.line(self.big, color, (x, y + row), (x + w - 1, y + row))

    def layer(self) -> Pane:
        """An empty transparent pane to draw translucent shapes on, then ``paste``."""
        return Pane()

    def paste(self, other: Pane, add: bool = False) -> None:
        flags = pygame.BLEND_RGB_ADD if add else 0
        self.big.blit(other.big, (0, 0), special_flags=flags)

    def glow(self, center: Point, radius: float, color: RGB, strength: float = 1.0) -> None:
        """Additive soft light with a quadratic falloff."""
        size = max(2, round(radius * 2 * S))
        spot = pygame.transform.smoothscale(radial(color, strength), (size, size))
        cx, cy = self.p(center)
        self.big.blit(spot, (cx - size // 2, cy - size // 2), special_flags=pygame.BLEND_RGB_ADD)

    def cone(self, apex: Point, left: Point, right: Point, color: RGB, alpha: int) -> None:
        """A translucent beam of light, brightest at its apex."""
        beam = self.layer()
        steps = 10
        step = tuple(round(c * alpha / 255 / steps) for c in color)
        for i in range(steps, 0, -1):
            t = i / steps
            a = (apex[0] + (left[0] - apex[0]) * t, apex[1] + (left[1] - apex[1]) * t)
            b = (apex[0] + (right[0] - apex[0]) * t, apex[1] + (right[1] - apex[1]) * t)
            layer = self.layer()
            layer.poly((*step, 255), [apex, a, b])
            beam.paste(layer, add=True)
        self.paste(beam, add=True)
        pool = self.layer()
        width = abs(right[0] - left[0])
        pool.ellipse((*step, 255), ((left[0] + right[0]) / 2 - width * 0.45, left[1] - width * 0.08,
                                   width * 0.9, width * 0.16))
        for _ in range(3):
            self.paste(pool, add=True)
        self.glow(apex, width * 0.25, color, 0.9)

    def result(self) -> pygame.Surface:
        return pygame.transform.smoothscale(self.big, (W, H))


def radial(color: RGB, strength: float) -> pygame.Surface:
    """A 64x64 black square with a soft round light of ``color`` in the middle."""
    spot = pygame.Surface((64, 64))
    for y in range(64):
        for x in range(64):
            d = math.hypot(x - 31.5, y - 31.5) / 32
            k = strength * max(0.0, 1.0 - d) ** 2
            spot.set_at((x, y), (min(255, round(color[0] * k)), min(255, round(color[1] * k)),
                                 min(255, round(color[2] * k))))
    return spot


def figure(pane: Pane, x: float, foot: float, height: float, ink: RGB, kind: str = "coat",
           facing: int = 1, gun: bool = False) -> None:
    """A standing silhouette. ``kind``: coat (long coat), suit, woman, guard, sit (waist up)."""
    h = height
    head_r = h * 0.066
    top = foot - h
    shoulder_y, hip_y = top + h * 0.15, top + h * 0.52
    sw = h * (0.14 if kind == "woman" else 0.16)
    pane.circle(ink, (x, top + head_r), head_r)
    pane.rect(ink, (x - h * 0.03, top + head_r * 1.6, h * 0.06, h * 0.06))
    hem = {"coat": top + h * 0.8, "woman": top + h * 0.72}.get(kind, hip_y + h * 0.04)
    flare = h * (0.13 if kind in ("coat", "woman") else 0.1)
    pane.poly(ink, [(x - sw, shoulder_y), (x + sw, shoulder_y), (x + flare, hem),
                    (x - flare, hem)])
    for side in (-1, 1):
        pane.circle(ink, (x + side * (sw - h * 0.035), shoulder_y + h * 0.03), h * 0.045)
    if kind == "woman":
        pane.ellipse(ink, (x - head_r * 1.3, top, head_r * 2.6, h * 0.2))
    if kind == "guard":
        pane.rect(ink, (x - head_r * 1.3, top - head_r * 0.1, head_r * 2.6, head_r * 0.6))
    if kind == "sit":
        return
    for side in (-1, 1):
        pane.poly(ink, [(x + side * h * 0.02, hip_y), (x + side * h * 0.1, hip_y),
                        (x + side * h * 0.07, foot), (x + side * h * 0.025, foot)])
        pane.rect(ink, (x + side * h * 0.05 - h * 0.03 + facing * h * 0.015, foot - h * 0.02,
                        h * 0.075, h * 0.025))
    arm_end = (x + facing * h * 0.42, shoulder_y + h * 0.05) if gun else (
        x + facing * h * 0.05, top + h * 0.55)
    pane.line(ink, (x + facing * sw * 0.8, shoulder_y + h * 0.03), arm_end, h * 0.055)
    if gun:
        pane.rect(ink, (arm_end[0] - (0 if facing > 0 else h * 0.12), arm_end[1] - h * 0.03,
                        h * 0.12, h * 0.04))


def walker(pane: Pane, x: float, foot: float, height: float, ink: RGB, stride: float) -> None:
    """A figure mid-stride (running or walking off), seen from the side."""
    h = height
    lean = stride * h * 0.08
    top = foot - h
    pane.circle(ink, (x + lean, top + h * 0.066), h * 0.066)
    pane.poly(ink, [(x + lean - h * 0.1, top + h * 0.16), (x + lean + h * 0.1, top + h * 0.16),
                    (x + h * 0.09, top + h * 0.55), (x - h * 0.09, top + h * 0.55)])
    hip = (x, top + h * 0.52)
    for s in (-1, 1):
        pane.line(ink, hip, (x + s * stride * h * 0.24, foot - h * 0.02), h * 0.07)
        pane.line(ink, (x + lean, top + h * 0.2), (x - s * stride * h * 0.22, top + h * 0.48),
                  h * 0.05)


def car(pane: Pane, x: float, ground: float, length: float, ink: RGB, facing: int = 1,
        lights: bool = True, kind: str = "sedan") -> None:
    """Side view of a car (sedan, cruiser, truck, van) whose rear bumper is at ``x``."""
    ln = length
    h = ln * (0.42 if kind in ("truck", "van") else 0.28)
    x0 = x if facing > 0 else x - ln
    body_top = ground - h * 0.62 if kind == "sedan" or kind == "cruiser" else ground - h
    if kind in ("truck", "van"):
        box = ln * (0.7 if kind == "truck" else 1.0)
        bx = x0 if facing > 0 else x0 + ln - box
        pane.rect(ink, (bx, body_top, box, ground - body_top - ln * 0.04), radius=ln * 0.02)
        cab_x = bx + box if facing > 0 else x0
        cab_top = ground - h * 0.78
        pane.rect(ink, (cab_x - ln * 0.01, cab_top, ln - box + ln * 0.01,
                        ground - cab_top - ln * 0.04), radius=ln * 0.04)
        glass = (cab_x + ln * 0.1, cab_top + ln * 0.03) if facing > 0 else (
            cab_x + ln * 0.04, cab_top + ln * 0.03)
        pane.rect(mix(ink, (120, 140, 160), 0.35), (*glass, ln * 0.14, ln * 0.09), radius=2)
    else:
        pane.rect(ink, (x0, body_top, ln, ground - body_top - ln * 0.04), radius=ln * 0.03)
    if kind in ("sedan", "cruiser"):
        c0, c1 = (x0 + ln * 0.22, x0 + ln * 0.72) if facing > 0 else (x0 + ln * 0.28,
                                                                        x0 + ln * 0.78)
        pane.poly(ink, [(c0, body_top), (c0 + ln * 0.1, ground - h), (c1 - ln * 0.08, ground - h),
                        (c1 + ln * 0.04, body_top)])
    for wx in (x0 + ln * 0.2, x0 + ln * 0.8):
        pane.circle(ink, (wx, ground - ln * 0.05), ln * 0.075)
    front = x0 + ln if facing > 0 else x0
    back = x0 if facing > 0 else x0 + ln
    if lights:
        lamp_y = ground - ln * 0.12 if kind in ("truck", "van") else body_top + ln * 0.05
        pane.glow((front, lamp_y), ln * 0.35, (255, 230, 170), 0.9)
        pane.glow((back, body_top + ln * 0.05), ln * 0.12, (255, 30, 20), 0.9)
    if kind == "cruiser":
        bar = (x0 + ln * 0.48, ground - h - ln * 0.03)
        pane.rect(ink, (bar[0] - ln * 0.06, bar[1], ln * 0.12, ln * 0.03))
        pane.glow((bar[0] - ln * 0.04, bar[1]), ln * 0.35, (255, 40, 40), 0.9)
        pane.glow((bar[0] + ln * 0.04, bar[1]), ln * 0.35, (60, 110, 255), 0.9)


def skyline(pane: Pane, rng: random.Random, base: float, heights: tuple[int, int],
            ink: RGB, lit: float, window: RGB, x_range: tuple[float, float] = (-10, W + 10)
            ) -> None:
    """A row of buildings standing on ``base`` with a share ``lit`` of lit windows."""
    x = x_range[0]
    while x < x_range[1]:
        w, h = rng.randint(22, 64), rng.randint(*heights)
        pane.rect(ink, (x, base - h, w, h + 2))
        if rng.random() < 0.25:
            pane.rect(ink, (x + w * 0.4, base - h - 14, 2, 14))
        for wy in range(int(base - h + 5), int(base - 4), 6):
            for wx in range(int(x + 3), int(x + w - 3), 5):
                if rng.random() < lit:
                    pane.rect(mix(ink, window, rng.uniform(0.5, 1.0)), (wx, wy, 2, 3))
        x += w + rng.randint(0, 5)


def freeway(pane: Pane, deck_y: float, ink: RGB, lamp: RGB, thick: float = 16,
            pylons: int = 4) -> None:
    """An overpass deck across the picture on tapered pylons, with sodium lamps on top."""
    for i in range(pylons):
        px = 40 + i * (W - 80) / max(1, pylons - 1)
        pane.poly(ink, [(px - 14, deck_y), (px + 14, deck_y), (px + 9, H), (px - 9, H)])
    pane.rect(ink, (0, deck_y - 4, W, thick + 4))
    for lx in range(60, W, 150):
        pane.line(ink, (lx, deck_y - 4), (lx, deck_y - 30), 2)
        pane.line(ink, (lx, deck_y - 30), (lx + 10, deck_y - 32), 2)
        pane.glow((lx + 10, deck_y - 30), 55, lamp, 0.55)


def rain(pane: Pane, rng: random.Random, count: int, color: RGB, slant: float = 0.18) -> None:
    """Thin slanted streaks of rain catching the light."""
    drops = pane.layer()
    for _ in range(count):
        x, y, ln = rng.uniform(-40, W), rng.uniform(-20, H), rng.uniform(8, 22)
        drops.line((*mix((0, 0, 0), color, rng.uniform(0.25, 0.6)), 255), (x, y),
                   (x + ln * slant, y + ln), 0.6)
    pane.paste(drops, add=True)


def palm(pane: Pane, base: Point, top: Point, ink: RGB) -> None:
    """A tall, thin palm silhouette."""
    for i in range(16):
        t0, t1 = i / 16, (i + 1) / 16
        a = (base[0] + (top[0] - base[0]) * t0 ** 2, base[1] + (top[1] - base[1]) * t0)
        b = (base[0] + (top[0] - base[0]) * t1 ** 2, base[1] + (top[1] - base[1]) * t1)
        pane.line(ink, a, b, 4 - 2 * t0)
    for k in range(11):
        ang = -math.pi / 2 + (k - 5) * 0.5
        tip = (top[0] + math.cos(ang) * 26, top[1] + math.sin(ang) * 14 + 12)
        mid = (top[0] + math.cos(ang) * 14, top[1] + math.sin(ang) * 10)
        pane.line(ink, top, mid, 2.5)
        pane.line(ink, mid, tip, 1.5)


def runway_lights(pane: Pane, vanish: Point, rows: tuple[float, ...], color: RGB,
                  count: int = 16) -> None:
    """Rows of lights converging on a vanishing point (runway edge, taxiway)."""
    for row_x in rows:
        for i in range(count):
            t = (i / count) ** 1.8
            x = vanish[0] + (row_x - vanish[0]) * t
            y = vanish[1] + (H + 20 - vanish[1]) * t
            pane.glow((x, y), 3 + 14 * t, color, 0.9)
            pane.circle(mix(color, (255, 255, 255), 0.6), (x, y), 0.6 + 1.6 * t)


def jet(pane: Pane, center: Point, span: float, ink: RGB, angle: float = -0.5) -> None:
    """An airliner seen from below, nose toward ``angle``, with landing and wing-tip lights."""
    local = {
        "body": [(0.5, 0.0), (0.44, 0.05), (-0.46, 0.04), (-0.5, 0.0), (-0.46, -0.04),
                 (0.44, -0.05)],
        "wings": [(0.12, 0.04), (-0.12, 0.5), (-0.2, 0.5), (-0.06, 0.04), (-0.06, -0.04),
                  (-0.2, -0.5), (-0.12, -0.5), (0.12, -0.04)],
        "tail": [(-0.36, 0.02), (-0.48, 0.2), (-0.52, 0.2), (-0.46, 0.0), (-0.52, -0.2),
                 (-0.48, -0.2), (-0.36, -0.02)],
    }
    c, s_ = math.cos(angle), math.sin(angle)

    def place(u: float, v: float) -> Point:
        return (center[0] + (u * c - v * s_) * span, center[1] + (u * s_ + v * c) * span)

    for shape in local.values():
        pane.poly(ink, [place(u, v) for u, v in shape])
    pane.glow(place(0.5, 0.0), span * 0.5, (255, 245, 220), 0.9)
    pane.glow(place(-0.16, 0.5), span * 0.12, (255, 40, 40), 1.0)
    pane.glow(place(-0.16, -0.5), span * 0.12, (40, 255, 90), 1.0)


def kneel(pane: Pane, x: float, ground: float, height: float, ink: RGB, facing: int = 1) -> None:
    """A figure down on one knee, leaning toward ``facing``."""
    h = height
    hip = (x, ground - h * 0.3)
    pane.line(ink, hip, (x + facing * h * 0.2, ground - h * 0.3), h * 0.08)
    pane.line(ink, (x + facing * h * 0.2, ground - h * 0.3), (x + facing * h * 0.2, ground),
              h * 0.07)
    pane.line(ink, hip, (x - facing * h * 0.12, ground - h * 0.02), h * 0.08)
    pane.line(ink, (x - facing * h * 0.12, ground - h * 0.02), (x - facing * h * 0.3, ground),
              h * 0.06)
    lean = facing * h * 0.08
    pane.poly(ink, [(x - h * 0.08, hip[1]), (x + h * 0.08, hip[1]),
                    (x + lean + h * 0.14, ground - h * 0.78),
                    (x + lean - h * 0.14, ground - h * 0.8)])
    pane.circle(ink, (x + lean * 1.6, ground - h * 0.9), h * 0.075)
    pane.line(ink, (x + lean + facing * h * 0.1, ground - h * 0.74),
              (x + facing * h * 0.4, ground - h * 0.2), h * 0.055)


def lying(pane: Pane, x: float, ground: float, length: float, ink: RGB) -> None:
    """A figure lying on its back along the ground, head at the right."""
    ln = length
    pane.poly(ink, [(x, ground - ln * 0.03), (x + ln * 0.45, ground - ln * 0.06),
                    (x + ln * 0.8, ground - ln * 0.1), (x + ln * 0.84, ground),
                    (x, ground)])
    pane.circle(ink, (x + ln * 0.92, ground - ln * 0.06), ln * 0.065)


def seated(pane: Pane, x: float, seat: float, height: float, ink: RGB, facing: int = 1) -> None:
    """A figure sitting on a bench whose seat is at ``seat``; feet on the floor below."""
    h = height
    figure(pane, x, seat + h * 0.48, h, ink, "sit", facing)
    knee = (x + facing * h * 0.22, seat - h * 0.02)
    pane.line(ink, (x, seat - h * 0.02), knee, h * 0.09)
    pane.line(ink, knee, (knee[0], seat + h * 0.28), h * 0.07)


def finish(pane: Pane, rng: random.Random, tint: RGB) -> pygame.Surface:
    """Grain, a vignette and a thin ink frame: the storyboard look."""
    picture = pane.result()
    grain = pygame.Surface((W, H), pygame.SRCALPHA)
    for _ in range(W * H // 18):
        x, y = rng.randrange(W), rng.randrange(H)
        grain.set_at((x, y), (*tint, rng.randint(10, 34)))
    picture.blit(grain, (0, 0))
    shade = pygame.Surface((72, 40), pygame.SRCALPHA)
    for y in range(40):
        for x in range(72):
            d = math.hypot((x - 35.5) / 36, (y - 19.5) / 20)
            shade.set_at((x, y), (0, 0, 0, min(210, int(max(0.0, d - 0.6) ** 2 * 520))))
    picture.blit(pygame.transform.smoothscale(shade, (W, H)), (0, 0))
    pygame.draw.rect(picture, (8, 8, 10), (0, 0, W, H), 3)
    return picture
