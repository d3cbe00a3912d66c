"""Shared helpers for the HEAT generators: PNG output, colour maths, outlines.

PNG files are encoded here with ``zlib`` rather than ``pygame.image.save`` so
that the bytes written depend only on the pixels (no timestamps or library
specific chunks), which keeps ``tools/make_assets.py`` reproducible.
"""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pygame

RGB = tuple[int, int, int]
RGBA = tuple[int, int, int, int]
OUTLINE: RGB = (10, 11, 16)


def _chunk(tag: bytes, data: bytes) -> bytes:
    """Return one PNG chunk (length, tag, data, CRC)."""
    crc = zlib.crc32(tag + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)


def save_png(surface: pygame.Surface, path: Path) -> None:
    """Write ``surface`` as a deterministic 8-bit RGBA PNG."""
    width, height = surface.get_size()
    raw = pygame.image.tobytes(surface, "RGBA")
    stride = width * 4
    rows = b"".join(
        b"\x00" + raw[y * stride:(y + 1) * stride] for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(rows, 9))
        + _chunk(b"IEND", b"")
    )


def clamp(value: float) -> int:
    """Clamp a channel value to 0..255 and round it."""
    return max(0, min(255, round(value)))


def shade(color: RGB, factor: float) -> RGB:
    """Scale the brightness of ``color`` by ``factor``."""
    return (clamp(color[0] * factor), clamp(color[1] * factor),
            clamp(color[2] * factor))


def offset(color: RGB, amount: float) -> RGB:
    """Add ``amount`` to every channel of ``color``."""
    return (clamp(color[0] + amount), clamp(color[1] + amount),
            clamp(color[2] + amount))


def mix(a: RGB, b: RGB, t: float) -> RGB:
    """Linear blend from ``a`` (t=0) to ``b`` (t=1)."""
    return (clamp(a[0] + (b[0] - a[0]) * t), clamp(a[1] + (b[1] - a[1]) * t),
            clamp(a[2] + (b[2] - a[2]) * t))


def blend_pixel(surface: pygame.Surface, pos: tuple[int, int], color: RGB,
                alpha: float) -> None:
    """Alpha-blend ``color`` over the pixel at ``pos`` (keeps its alpha)."""
    old = surface.get_at(pos)
    a = max(0.0, min(1.0, alpha))
    new = mix((old.r, old.g, old.b), color, a)
    out_alpha = clamp(old.a + (255 - old.a) * a)
    surface.set_at(pos, (*new, out_alpha))


def glow(surface: pygame.Surface, center: tuple[float, float], radius: float,
         color: RGB, strength: float) -> None:
    """Blend a soft radial glow (quadratic falloff) into ``surface``."""
    cx, cy = center
    width, height = surface.get_size()
    for y in range(max(0, int(cy - radius)), min(height, int(cy + radius) + 2)):
        for x in range(max(0, int(cx - radius)), min(width, int(cx + radius) + 2)):
            d = ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2) ** 0.5 / radius
            if d < 1.0:
                blend_pixel(surface, (x, y), color, strength * (1.0 - d) ** 2)


def value_noise(rng: random.Random, size: int, cells: int) -> list[list[float]]:
    """Tileable smooth noise in 0..1: a ``cells`` grid bilinearly interpolated."""
    grid = [[rng.random() for _ in range(cells)] for _ in range(cells)]
    step = size / cells
    out: list[list[float]] = []
    for y in range(size):
        gy, fy = divmod(y / step, 1.0)
        row = []
        for x in range(size):
            gx, fx = divmod(x / step, 1.0)
            x0, y0 = int(gx) % cells, int(gy) % cells
            x1, y1 = (x0 + 1) % cells, (y0 + 1) % cells
            sx, sy = fx * fx * (3 - 2 * fx), fy * fy * (3 - 2 * fy)
            top = grid[y0][x0] + (grid[y0][x1] - grid[y0][x0]) * sx
            bottom = grid[y1][x0] + (grid[y1][x1] - grid[y1][x0]) * sx
            row.append(top + (bottom - top) * sy)
        out.append(row)
    return out


def add_outline(surface: pygame.Surface, color: RGB = OUTLINE,
                threshold: int = 96) -> pygame.Surface:
    """Return ``surface`` drawn over a 1 px dark outline of its silhouette."""
    mask = pygame.mask.from_surface(surface, threshold)
    grown = mask.copy()
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        grown.draw(mask, (dx, dy))
    out = grown.to_surface(setcolor=(*color, 255), unsetcolor=(0, 0, 0, 0))
    out.blit(surface, (0, 0))
    return out


class Canvas:
    """A supersampled drawing surface in logical (1x) float coordinates.

    Shapes are drawn ``scale`` times larger and ``result`` smooth-scales the
    picture back down, which gives clean anti-aliased edges on tiny sprites.
    """

    def __init__(self, width: int, height: int, scale: int = 4) -> None:
        self.size = (width, height)
        self.scale = scale
        self.big = pygame.Surface((width * scale, height * scale), pygame.SRCALPHA)

    def _r(self, rect: tuple[float, float, float, float]) -> pygame.Rect:
        s = self.scale
        return pygame.Rect(round(rect[0] * s), round(rect[1] * s),
                           round(rect[2] * s), round(rect[3] * s))

    def _p(self, point: tuple[float, float]) -> tuple[int, int]:
        return round(point[0] * self.scale), round(point[1] * self.scale)

    def rect(self, color: RGB | RGBA, rect: tuple[float, float, float, float],
             radius: float = 0) -> None:
        """Filled (optionally rounded) rectangle."""
        pygame.draw.rect(self.big, color, self._r(rect),
                         border_radius=round(radius * self.scale))

    def ellipse(self, color: RGB | RGBA,
                rect: tuple[float, float, float, float]) -> None:
        """Filled ellipse inside ``rect``."""
        pygame.draw.ellipse(self.big, color, self._r(rect))

    def circle(self, color: RGB | RGBA, center: tuple[float, float],
               radius: float) -> None:
        """Filled circle."""
        pygame.draw.circle(self.big, color, self._p(center), round(radius * self.scale))

    def line(self, color: RGB | RGBA, start: tuple[float, float],
             end: tuple[float, float], width: float = 1) -> None:
        """Thick line with round caps."""
        w = max(1, round(width * self.scale))
        a, b = self._p(start), self._p(end)
        pygame.draw.line(self.big, color, a, b, w)
        for p in (a, b):
            pygame.draw.circle(self.big, color, p, w // 2)

    def polygon(self, color: RGB | RGBA,
                points: list[tuple[float, float]]) -> None:
        """Filled polygon."""
        pygame.draw.polygon(self.big, color, [self._p(p) for p in points])

    def result(self) -> pygame.Surface:
        """Downsample to the logical size."""
        return pygame.transform.smoothscale(self.big, self.size)


def write_sprites(assets: Path, makers: tuple[tuple[str, Callable[[], pygame.Surface]], ...]
                  ) -> list[Path]:
    """Draw each named sprite and save it as ``assets/sprites/<name>.png``."""
    paths = []
    for name, maker in makers:
        path = assets / "sprites" / f"{name}.png"
        save_png(maker(), path)
        paths.append(path)
    return paths
