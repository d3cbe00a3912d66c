"""Build the downtown prop tileset ``assets/tiles/downtown.png`` and ``downtown.tsx``.

A second tileset beside ``city.tsx`` (the city sheet is left as it is): street furniture
and vehicles drawn across several tiles, so each tile can carry its own material.
12 columns x 6 rows of 32 px tiles; tile ids (row-major):

 0-3 / 12-15   parked sedan, red (4 x 2 tiles, bonnet at the left: engine block)
 4-7 / 16-19   parked sedan, white (same layout)
 8-9           newsstand (metal), 10 planter (concrete), 11 bank step (marble)
 20-23         bank facade: column, bronze door, lettering band, bus-stop bench
 24-59         city bus, 12 x 3 tiles, engine at the left end (engine block), glass windows

The sedans' windscreen and rear window, and the bus's windscreen, are collision shapes of their
own with ``material`` glass inside tiles of car body (see ``_with_windows``).
 60-71         blank
"""

from __future__ import annotations

import random
from itertools import pairwise
from pathlib import Path

import pygame

from art.common import RGB, save_png
from art.tile_ground import TILE, asphalt, grain, marble, sidewalk

COLUMNS, ROWS = 12, 6
CAR_SIZE = (4, 2)
BUS_SIZE = (12, 3)
SEE_OVER = ("glass", "car_body", "engine_block")
"""Low or clear props: they stop or slow rounds but not sight."""


def _ground(cols: int, rows: int, maker) -> pygame.Surface:
    surface = pygame.Surface((cols * TILE, rows * TILE), pygame.SRCALPHA)
    for r in range(rows):
        for c in range(cols):
            surface.blit(maker(), (c * TILE, r * TILE))
    return surface


def _shadow(surface: pygame.Surface, rect: pygame.Rect) -> None:
    shade = pygame.Surface(rect.size, pygame.SRCALPHA)
    pygame.draw.rect(shade, (0, 0, 0, 110), shade.get_rect(), border_radius=10)
    surface.blit(shade, rect.move(3, 3))


def sedan(paint: RGB) -> pygame.Surface:
    """A parked sedan seen from above, bonnet to the left, on asphalt (128 x 64)."""
    w, h = CAR_SIZE[0] * TILE, CAR_SIZE[1] * TILE
    car = _ground(*CAR_SIZE, asphalt)
    body = pygame.Rect(6, 10, w - 12, h - 20)
    _shadow(car, body)
    pygame.draw.rect(car, paint, body, border_radius=10)
    dark = tuple(max(0, c - 60) for c in paint)
    pygame.draw.rect(car, dark, body, 2, border_radius=10)
    pygame.draw.line(car, dark, (38, 12), (38, h - 13), 2)  # bonnet seam over the engine
    glass = (70, 96, 120)
    pygame.draw.rect(car, glass, (42, 14, 18, h - 28), border_radius=3)  # windscreen
    pygame.draw.rect(car, tuple(min(255, c + 25) for c in paint), (62, 14, 30, h - 28))
    pygame.draw.rect(car, glass, (94, 15, 12, h - 30), border_radius=3)  # rear window
    for y in (12, h - 15):
        pygame.draw.rect(car, (235, 230, 200), (7, y, 4, 3))  # headlamps
        pygame.draw.rect(car, (170, 30, 30), (w - 11, y, 4, 3))  # tail lamps
    grain(car, 3301, 2)
    return car


def newsstand() -> pygame.Surface:
    """A green metal newsstand with papers in the window (64 x 32)."""
    stand = _ground(2, 1, sidewalk)
    box = pygame.Rect(3, 5, 58, 22)
    _shadow(stand, box)
    pygame.draw.rect(stand, (38, 92, 58), box, border_radius=3)
    pygame.draw.rect(stand, (22, 56, 34), box, 2, border_radius=3)
    rng = random.Random(3401)
    for x in range(8, 56, 7):
        shade = rng.randint(200, 240)
        pygame.draw.rect(stand, (shade, shade, shade - 20), (x, 9, 5, 8))
    pygame.draw.line(stand, (200, 60, 40), (6, 21), (57, 21), 2)
    return stand


def planter() -> pygame.Surface:
    """A square concrete planter with a shrub (32 x 32)."""
    tile = sidewalk()
    box = pygame.Rect(3, 3, 25, 25)
    _shadow(tile, box)
    pygame.draw.rect(tile, (150, 148, 140), box)
    pygame.draw.rect(tile, (110, 108, 100), box, 2)
    pygame.draw.rect(tile, (70, 52, 36), box.inflate(-8, -8))
    rng = random.Random(3501)
    for _ in range(40):
        x, y = rng.randint(8, 23), rng.randint(8, 23)
        pygame.draw.circle(tile, (40 + rng.randint(0, 30), 100 + rng.randint(0, 50), 40), (x, y), 2)
    return tile


def bank_step() -> pygame.Surface:
    tile = marble()
    pygame.draw.line(tile, (120, 116, 108), (0, 30), (TILE - 1, 30), 2)
    return tile


def column() -> pygame.Surface:
    tile = marble()
    pygame.draw.circle(tile, (90, 86, 80), (17, 17), 13)
    pygame.draw.circle(tile, (214, 208, 196), (16, 16), 12)
    pygame.draw.circle(tile, (236, 232, 222), (13, 13), 5)
    return tile


def bronze_door() -> pygame.Surface:
    tile = marble()
    pygame.draw.rect(tile, (112, 82, 40), (2, 0, 28, 10))
    pygame.draw.rect(tile, (160, 120, 60), (2, 0, 28, 10), 1)
    pygame.draw.line(tile, (70, 50, 24), (16, 0), (16, 9))
    return tile


def lettering() -> pygame.Surface:
    tile = marble()
    pygame.draw.rect(tile, (60, 58, 54), (0, 4, TILE, 12))
    for x in range(3, 30, 6):
        pygame.draw.rect(tile, (210, 180, 90), (x, 7, 4, 6))
    return tile


def bench() -> pygame.Surface:
    tile = sidewalk()
    pygame.draw.rect(tile, (90, 60, 36), (2, 10, 28, 10))
    for y in (12, 15, 18):
        pygame.draw.line(tile, (120, 84, 50), (3, y), (28, y))
    return tile


def bus() -> pygame.Surface:
    """A city bus from above, engine at the left end (384 x 96)."""
    w, h = BUS_SIZE[0] * TILE, BUS_SIZE[1] * TILE
    out = _ground(*BUS_SIZE, asphalt)
    body = pygame.Rect(4, 8, w - 8, h - 16)
    _shadow(out, body)
    pygame.draw.rect(out, (214, 206, 180), body, border_radius=8)
    pygame.draw.rect(out, (120, 112, 96), body, 2, border_radius=8)
    pygame.draw.rect(out, (140, 136, 130), (10, 16, 52, h - 32))  # engine hatch
    for y in range(20, h - 20, 6):
        pygame.draw.line(out, (100, 96, 90), (14, y), (58, y))
    pygame.draw.rect(out, (200, 90, 30), (4, h // 2 - 3, w - 8, 6))  # livery stripe
    for x in range(72, w - 40, 34):  # roof vents and window band edges
        pygame.draw.rect(out, (96, 120, 140), (x, 10, 28, 8))
        pygame.draw.rect(out, (96, 120, 140), (x, h - 18, 28, 8))
    pygame.draw.rect(out, (80, 104, 126), (w - 34, 12, 26, h - 24), border_radius=4)
    grain(out, 3601, 2)
    return out


def _cut(sheet: pygame.Surface, image: pygame.Surface, first: int) -> None:
    """Blit a multi-tile image so its top-left tile lands on tile id ``first``."""
    row, col = divmod(first, COLUMNS)
    sheet.blit(image, (col * TILE, row * TILE))


def build_sheet() -> pygame.Surface:
    sheet = pygame.Surface((COLUMNS * TILE, ROWS * TILE), pygame.SRCALPHA)
    _cut(sheet, sedan((168, 38, 40)), 0)
    _cut(sheet, sedan((214, 214, 208)), 4)
    _cut(sheet, newsstand(), 8)
    _cut(sheet, planter(), 10)
    _cut(sheet, bank_step(), 11)
    for tile_id, painter in ((20, column), (21, bronze_door), (22, lettering), (23, bench)):
        _cut(sheet, painter(), tile_id)
    _cut(sheet, bus(), 24)
    return sheet


Box = tuple[int, int, int, int, str]
"""A collision box in a tile (x, y, w, h) and its own material ("" for the tile's)."""
WINDSCREEN, REAR_WINDOW = (42, 60), (94, 106)
"""x spans (px from the sedan's left end) of its windows, as sedan() paints them: the cabin's
glass from kerb side to street side, so a round across the car there goes through windows."""
BUS_WINDSCREEN = (350, 376)  # x span at the bus's front end (its right), as bus() paints it


def tile_materials() -> dict[int, tuple[str, str, tuple[Box, ...]]]:
    """tile id -> (material, surface, collision boxes)."""
    full = (0, 0, TILE, TILE, "")
    info: dict[int, tuple[str, str, tuple[Box, ...]]] = {}
    for first in (0, 4):
        for r in range(2):
            for c in range(4):
                material = "engine_block" if c == 0 else "car_body"
                x0, x1 = (6 if c == 0 else 0), TILE - (6 if c == 3 else 0)
                y = 10 if r == 0 else 0
                boxes = _with_windows(c * TILE, x0, x1, y, TILE - 10,
                                      (WINDSCREEN, REAR_WINDOW))
                info[first + r * COLUMNS + c] = (material, "asphalt", boxes)
    info[8] = info[9] = ("metal", "concrete", ((0, 5, TILE, 22, ""),))
    info[10] = ("concrete", "concrete", ((3, 3, 25, 25, ""),))
    info[11] = ("", "concrete", ())
    info[20] = ("concrete", "tile", (full,))
    info[21] = ("", "tile", ())
    info[22] = ("concrete", "tile", (full,))
    info[23] = ("wood", "concrete", ((2, 10, 28, 10, ""),))
    for r in range(BUS_SIZE[1]):
        for c in range(BUS_SIZE[0]):
            material = "engine_block" if c < 2 else ("glass" if r != 1 else "car_body")
            top = 8 if r == 0 else 0
            bottom = 8 if r == BUS_SIZE[1] - 1 else 0
            boxes = _with_windows(c * TILE, 0, TILE, top, TILE - top - bottom,
                                  (BUS_WINDSCREEN,) if material == "car_body" else ())
            info[24 + r * COLUMNS + c] = (material, "asphalt", boxes)
    return info


def _with_windows(left: int, x0: int, x1: int, y: int, h: int,
                  windows: tuple[tuple[int, int], ...]) -> tuple[Box, ...]:
    """The collision box from x0 to x1 of the tile whose left edge is ``left`` px into its
    vehicle, cut where the vehicle's windows cross it: those pieces are glass."""
    cuts = sorted({x0, x1, *(min(x1, max(x0, e - left)) for w in windows for e in w)})
    boxes = []
    for a, b in pairwise(cuts):
        if b > a:
            middle = left + (a + b) / 2
            glass = any(w0 <= middle <= w1 for w0, w1 in windows)
            boxes.append((a, y, b - a, h, "glass" if glass else ""))
    return tuple(boxes)


def tsx_text() -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        ('<tileset version="1.8" tiledversion="1.8.2" name="downtown" '
         f'tilewidth="{TILE}" tileheight="{TILE}" tilecount="{COLUMNS * ROWS}" '
         f'columns="{COLUMNS}">'),
        f' <image source="downtown.png" width="{COLUMNS * TILE}" height="{ROWS * TILE}"/>',
    ]
    for tile_id, (material, surface, boxes) in sorted(tile_materials().items()):
        lines.append(f' <tile id="{tile_id}">')
        lines.append("  <properties>")
        if material in SEE_OVER:
            lines.append('   <property name="blocks_sight" type="bool" value="false"/>')
        if material:
            lines.append('   <property name="material" propertytype="Material" '
                         f'value="{material}"/>')
        lines.append(f'   <property name="surface" propertytype="Surface" value="{surface}"/>')
        lines.append("  </properties>")
        if boxes:
            lines.append('  <objectgroup draworder="index" id="2">')
            for number, box in enumerate(boxes, 1):
                lines += _box_xml(number, box)
            lines.append("  </objectgroup>")
        lines.append(" </tile>")
    lines.append("</tileset>")
    return "\n".join(lines) + "\n"


def _box_xml(number: int, box: Box) -> list[str]:
    """One collision shape as Tiled writes it; a material of its own is a property on it."""
    x, y, w, h, material = box
    head = f'   <object id="{number}" x="{x}" y="{y}" width="{w}" height="{h}"'
    if not material:
        return [head + "/>"]
    return [head + ">", "    <properties>",
            f'     <property name="material" propertytype="Material" value="{material}"/>',
            "    </properties>", "   </object>"]


def build(assets: Path) -> list[Path]:
    """Write ``tiles/downtown.png`` and ``tiles/downtown.tsx`` under ``assets``."""
    png, tsx = assets / "tiles" / "downtown.png", assets / "tiles" / "downtown.tsx"
    save_png(build_sheet(), png)
    tsx.write_text(tsx_text(), encoding="utf-8", newline="\n")
    return [png, tsx]
