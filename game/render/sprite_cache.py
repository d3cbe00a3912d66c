"""Pre-rotated sprites: each image in 64 headings, built once, looked up per frame.

Keys may end in a variant: ``#dead`` (darkened corpse or wreck), ``#hit`` (flashed white by a
hit). ``glow`` frames are for additive blending: drawn on black, so the corners a rotation adds
add nothing (a transparent pixel's colour would otherwise add a pale rectangle).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pygame

from game.render.assets import Assets

ANGLES = 64
TURN_TO_INDEX = ANGLES / (2 * math.pi)
DEAD_SUFFIX = "#dead"
HIT_SUFFIX = "#hit"
GLOW_SUFFIX = "#glow"
PALETTE_FOLDERS = {"default": "", "colourblind": "colourblind/"}


@dataclass
class SpriteCache:
    assets: Assets
    palette: str = "default"
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

    def glow(self, key: str, angle: float) -> tuple[pygame.Surface, int, int]:
        return self.centred(key + GLOW_SUFFIX, angle)

    def base(self, key: str) -> pygame.Surface:
        """The unrotated image in the chosen palette (the default one if it has no variant)."""
        folder = PALETTE_FOLDERS.get(self.palette, "")
        if folder and (self.assets.root / "sprites" / folder / f"{key}.png").exists():
            return self.assets.sprite(folder + key)
        return self.assets.sprite(key)

    def _build(self, key: str) -> list[pygame.Surface]:
        if key.endswith(DEAD_SUFFIX):
            base = self.base(key.removesuffix(DEAD_SUFFIX)).copy()
            # darkened and reddened, but not to the road's colour: the rim still shows
            base.fill((150, 118, 108, 215), special_flags=pygame.BLEND_RGBA_MULT)
        elif key.endswith(HIT_SUFFIX):
            base = self.base(key.removesuffix(HIT_SUFFIX)).copy()
            base.fill((150, 150, 150, 0), special_flags=pygame.BLEND_RGB_ADD)
        elif key.endswith(GLOW_SUFFIX):
            source = self.base(key.removesuffix(GLOW_SUFFIX))
            base = pygame.Surface(source.get_size())  # black, no alpha
            base.blit(source, (0, 0))
        else:
            base = self.base(key)
        frames = [pygame.transform.rotate(base, -i * 360.0 / ANGLES) for i in range(ANGLES)]
        self.rotated[key] = frames
        self.halves[key] = [(f.get_width() // 2, f.get_height() // 2) for f in frames]
        return frames
