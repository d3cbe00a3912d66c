"""Pre-rotated sprites: each image in 64 headings, built once, looked up per frame."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pygame

from game.render.assets import Assets

ANGLES = 64
DEAD_SUFFIX = "#dead"
"""A key ending in this draws the sprite darkened, as a corpse."""


@dataclass
class SpriteCache:
    assets: Assets
    rotated: dict[str, list[pygame.Surface]] = field(default_factory=dict)

    def get(self, key: str, angle: float) -> pygame.Surface:
        frames = self.rotated.get(key)
        if frames is None:
            frames = self._build(key)
        index = round(angle / (2 * math.pi) * ANGLES) % ANGLES
        return frames[index]

    def _build(self, key: str) -> list[pygame.Surface]:
        if key.endswith(DEAD_SUFFIX):
            base = self.assets.sprite(key.removesuffix(DEAD_SUFFIX)).copy()
            base.fill((90, 70, 70, 200), special_flags=pygame.BLEND_RGBA_MULT)
        else:
            base = self.assets.sprite(key)
        frames = [pygame.transform.rotate(base, -i * 360.0 / ANGLES) for i in range(ANGLES)]
        self.rotated[key] = frames
        return frames
