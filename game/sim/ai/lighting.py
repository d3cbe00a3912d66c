"""Light levels over the map, from the ambient light and the placed lights; darkness hides."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LightSource:
    x: float
    y: float
    radius: float  # px
    intensity: float


@dataclass(frozen=True, slots=True)
class LightField:
    ambient: float = 1.0  # 0 pitch dark .. 1 daylight
    lights: tuple[LightSource, ...] = ()

    def light_at(self, x: float, y: float) -> float:
        level = self.ambient
        for light in self.lights:
            d2 = (x - light.x) ** 2 + (y - light.y) ** 2
            if d2 < light.radius * light.radius:
                level += light.intensity * (1.0 - math.sqrt(d2) / light.radius)
        return min(1.0, max(0.0, level))


DARK_SIGHT = 0.3
"""Share of the sight range left in pitch darkness; full light gives all of it."""


def sight_factor(light: float) -> float:
    return DARK_SIGHT + (1.0 - DARK_SIGHT) * light
