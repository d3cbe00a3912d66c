"""Set-piece visuals: the charge's fuse and blast ring, shockwaves, the blast's flash, and the
inset that shows a ram or a blast happening away from the player."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pygame

FUSE_RED = (255, 60, 40)
WAVE = (255, 236, 200)
CASH = (140, 240, 140)
INSET_S = 2.8  # how long an off-screen set piece stays in the inset
FLASH_S = 0.18
DEFAULT_BLAST_PX = 128.0  # when a planted charge does not say its radius


@dataclass(slots=True)
class Fuse:
    x: float
    y: float
    left_s: float
    radius: float


@dataclass(slots=True)
class Wave:
    x: float
    y: float
    radius: float
    age_s: float = 0.0
    life_s: float = 0.45


@dataclass(slots=True)
class Focus:
    """A moment the player should see: shown in an inset while it is out of view."""

    x: float
    y: float
    label: str
    left_s: float = INSET_S


@dataclass(slots=True)
class Float:
    """A line that rises from a point and fades (the take, as the bonds come out)."""

    text: str
    x: float | None  # world px; None: where the player stands when it is first drawn
    y: float | None
    age_s: float = 0.0
    life_s: float = 2.4


@dataclass
class Blasts:
    fuses: list[Fuse] = field(default_factory=list)
    waves: list[Wave] = field(default_factory=list)
    focus: Focus | None = None
    floats: list[Float] = field(default_factory=list)
    flash_s: float = 0.0
    flash_enabled: bool = True

    def planted(self, x: float, y: float, fuse_s: float, radius: float) -> None:
        self.fuses.append(Fuse(x, y, fuse_s, radius or DEFAULT_BLAST_PX))

    def exploded(self, x: float, y: float, radius: float) -> None:
        clear = max(200.0, radius * 2)  # the charge's own fuse, wherever it was planted
        self.fuses = [f for f in self.fuses if math.dist((f.x, f.y), (x, y)) > clear]
        self.waves.append(Wave(x, y, max(radius, 64.0) * 1.6))
        if self.flash_enabled:
            self.flash_s = FLASH_S
        self.focus = Focus(x, y, "BLAST")

    def rammed(self, x: float, y: float) -> None:
        self.waves.append(Wave(x, y, 70.0, life_s=0.3))
        self.focus = Focus(x, y, "RAM")

    def cash(self, label: str, x: float | None, y: float | None) -> None:
        self.floats.append(Float(label, x, y))

    def update(self, dt: float) -> None:
        for line in self.floats:
            line.age_s += dt
        self.floats = [f for f in self.floats if f.age_s < f.life_s]
        for fuse in self.fuses:
            fuse.left_s -= dt
        self.fuses = [f for f in self.fuses if f.left_s > -0.5]
        for wave in self.waves:
            wave.age_s += dt
        self.waves = [w for w in self.waves if w.age_s < w.life_s]
        self.flash_s = max(0.0, self.flash_s - dt)
        if self.focus is not None:
            self.focus.left_s -= dt
            if self.focus.left_s <= 0:
                self.focus = None

    def draw_world(self, surface: pygame.Surface, left: int, top: int) -> None:
        """Shockwave rings, in world px (under the lighting's glow pass)."""
        for wave in self.waves:
            t = wave.age_s / wave.life_s
            radius = max(2, round(wave.radius * (1 - (1 - t) ** 3)))
            width = max(1, round(9 * (1 - t)))
            pygame.draw.circle(surface, WAVE, (round(wave.x) - left, round(wave.y) - top),
                               radius, width)

    def draw_screen(self, surface: pygame.Surface, to_screen, zoom: float, text,
                    time_s: float, anchor: tuple[float, float] | None = None) -> None:
        """Fuse rings and countdowns (crisp, at screen resolution), rising lines (placed at
        ``anchor``, the player, when their event had no place) and the blast's flash."""
        for line in self.floats:
            if line.x is None or line.y is None:
                if anchor is None:
                    continue
                line.x, line.y = anchor
            sx, sy = to_screen(line.x, line.y)
            rise = 30 + 50 * line.age_s
            text.shadowed(surface, line.text, (round(sx), round(sy - rise)), 34, CASH, True,
                          "midbottom")
        for fuse in self.fuses:
            self._fuse(surface, fuse, to_screen, zoom, text, time_s)
        if self.flash_s > 0:
            veil = pygame.Surface(surface.get_size())
            level = round(200 * self.flash_s / FLASH_S)
            veil.fill((level, level, round(level * 0.85)))
            surface.blit(veil, (0, 0), special_flags=pygame.BLEND_ADD)

    def _fuse(self, surface: pygame.Surface, fuse: Fuse, to_screen, zoom: float, text,
              time_s: float) -> None:
        sx, sy = to_screen(fuse.x, fuse.y)
        left = max(0.0, fuse.left_s)
        beat = 0.5 + 0.5 * math.sin(time_s * (8.0 + 14.0 / max(left, 0.3)))
        radius = fuse.radius * zoom
        _dashed_circle(surface, FUSE_RED, (sx, sy), radius, 3 if beat > 0.5 else 2)
        pygame.draw.circle(surface, FUSE_RED, (sx, sy), 5 + 3 * beat)
        text.shadowed(surface, f"{left:.1f}", (round(sx), round(sy - 22)), 30, FUSE_RED,
                      True, "midbottom")
        text.shadowed(surface, "GET CLEAR", (round(sx), round(sy + radius + 6)), 20, FUSE_RED,
                      True, "midtop")


def _dashed_circle(surface: pygame.Surface, color, centre, radius: float, width: int) -> None:
    dashes = max(12, int(radius / 6))
    for i in range(dashes):
        a0 = i * math.tau / dashes
        a1 = a0 + math.tau / dashes * 0.6
        rect = pygame.Rect(0, 0, radius * 2, radius * 2)
        rect.center = (round(centre[0]), round(centre[1]))
        pygame.draw.arc(surface, color, rect, -a1, -a0, width)
