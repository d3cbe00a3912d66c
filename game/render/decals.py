"""Decals painted once into the ground: bullet holes, glass, blood, scorch, spent casings.

Shapes come from the decal's own position and turn (no shared RNG), so the same event always
leaves the same mark.
"""

from __future__ import annotations

import math
import random

import pygame

HOLE = (14, 14, 16)
HOLE_RIM = (120, 118, 112)
GLASS = (190, 225, 240)
CRAZED = (236, 244, 248)  # the white of a hole punched through a pane
BLOOD = (96, 10, 12)
BLOOD_WET = (130, 16, 18)
SCORCH = (16, 14, 12)
SCORCH_RIM = (40, 34, 28)
BRASS = (196, 156, 64)


def paint_decal(chunk: pygame.Surface, kind: str, x: int, y: int, turn: float) -> None:
    if kind == "hole":  # the most common by far: no shape to vary, no generator to seed
        pygame.draw.circle(chunk, HOLE_RIM, (x, y), 3)
        pygame.draw.circle(chunk, HOLE, (x, y), 2)
        return
    rng = random.Random(x * 7919 + y * 104729 + round(turn * 1000))
    if kind == "scorch":
        _scorch(chunk, x, y, rng)
    elif kind in ("blood", "drops"):
        _blood(chunk, x, y, turn, rng, pool=kind == "blood")
    elif kind == "glass":
        _shattered(chunk, x, y, rng)
    elif kind == "casing":
        end = (x + math.cos(turn) * 2, y + math.sin(turn) * 2)
        pygame.draw.line(chunk, BRASS, (x, y), end, 1)
    else:
        pygame.draw.circle(chunk, HOLE_RIM, (x, y), 3)
        pygame.draw.circle(chunk, HOLE, (x, y), 2)


def _blood(chunk: pygame.Surface, x: int, y: int, turn: float, rng: random.Random,
           pool: bool) -> None:
    if pool:
        for _ in range(5):
            a, d = rng.uniform(0, math.tau), rng.uniform(0, 8)
            pygame.draw.circle(chunk, BLOOD, (x + math.cos(a) * d, y + math.sin(a) * d),
                               rng.uniform(6, 11))
        pygame.draw.circle(chunk, BLOOD_WET, (x + 3, y - 2), 6)
    for _ in range(6 if pool else 4):
        a = turn + rng.uniform(-0.6, 0.6)
        d = rng.uniform(6, 22)
        pygame.draw.circle(chunk, BLOOD, (x + math.cos(a) * d, y + math.sin(a) * d),
                           rng.uniform(1, 2.5))


def _shattered(chunk: pygame.Surface, x: int, y: int, rng: random.Random) -> None:
    """A shot-out pane: a pale star of cracks round the hole, a ring of crazing, loose shards."""
    spokes = rng.randint(6, 8)
    ring = []
    for i in range(spokes):
        a = (i + rng.uniform(-0.3, 0.3)) * math.tau / spokes
        reach = rng.uniform(6, 11)
        pygame.draw.line(chunk, GLASS, (x, y), (x + math.cos(a) * reach, y + math.sin(a) * reach))
        bend = rng.uniform(3, 5)
        ring.append((x + math.cos(a) * bend, y + math.sin(a) * bend))
    pygame.draw.polygon(chunk, GLASS, ring, 1)
    pygame.draw.circle(chunk, CRAZED, (x, y), 2)
    for _ in range(5):
        a, d = rng.uniform(0, math.tau), rng.uniform(8, 14)
        px, py = x + math.cos(a) * d, y + math.sin(a) * d
        pygame.draw.line(chunk, GLASS, (px, py), (px + rng.uniform(-2, 2), py + rng.uniform(-2, 2)))


def _scorch(chunk: pygame.Surface, x: int, y: int, rng: random.Random) -> None:
    for _ in range(9):
        a, d = rng.uniform(0, math.tau), rng.uniform(8, 30)
        pygame.draw.circle(chunk, SCORCH_RIM, (x + math.cos(a) * d, y + math.sin(a) * d),
                           rng.uniform(10, 18))
    pygame.draw.circle(chunk, SCORCH, (x, y), 26)
    for _ in range(10):
        a = rng.uniform(0, math.tau)
        d = rng.uniform(30, 52)
        pygame.draw.line(chunk, SCORCH, (x, y), (x + math.cos(a) * d, y + math.sin(a) * d), 3)
