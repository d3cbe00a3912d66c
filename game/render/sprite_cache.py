"""Pre-rotated sprites: each image in 64 headings, built once, looked up per frame."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pygame

from game.render.assets import Assets

ANGLES = 64
TURN_TO_INDEX = ANGLES / (2 * math.pi)
DEAD_SUFFIX = "#dead"
"""A key ending in this draws the sprite darkened, as a corpse."""


@dataclass
class SpriteCache:
    assets: Assets
    rotated: dict[str, list[pygame.Surface]] = field(default_factory=dict)
    halves: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def get(self, key: str, angle: float) -> pygame.Surface:
        frames = self.rotated.get(key)
        if frames is None:
            frames = self._build(key)
        return frames[round(angle * TURN_TO_INDEX) % ANGLES]

    def centred(self, key: str, angle: float) -> tuple[pygame.Surface, int, int]:
        """The frame for ``angle`` with half its width and height (to blit it centred)."""
        frames = self.rotated.get(key)
        if frames is None:
            frames = self._build(key)
        index = round(angle * TURN_TO_INDEX) % ANGLES
        half_w, half_h = self.halves[key][index]
        return frames[index], half_w, half_h

    def _build(self, key: str) -> list[pygame.Surface]:
        if key.endswith(DEAD_SUFFIX):
            base = self.assets.sprite(key.removesuffix(DEAD_SUFFIX)).copy()
            base.fill((90, 70, 70, 200), special_flags=pygame.BLEND_RGBA_MULT)
        else:
            base = self.assets.sprite(key)
        frames = [pygame.transform.rotate(base, -i * 360.0 / ANGLES) for i in range(ANGLES)]
        self.rotated[key] = frames
        self.halves[key] = [(f.get_width() // 2, f.get_height() // 2) for f in frames]
        return frames
