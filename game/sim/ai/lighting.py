"""The placed lights of a map and the ambient light: the static part of the one light model.

``game.sim.light_model`` adds what moves (cones, muzzle flashes) and is what both the AI's sight
and the renderer read; this module keeps the map's own lights and the shared falloff maths.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

RGB = tuple[int, int, int]
WARM: RGB = (255, 224, 176)


@dataclass(frozen=True, slots=True)
class LightSource:
    """A pool of light: adds ``intensity * (1 - d / radius)`` to the level within ``radius``."""

    x: float
    y: float
    radius: float  # px
    intensity: float
    color: RGB = WARM
    flicker: bool = False


def parse_color(text: object) -> RGB:
    """A Tiled colour ('#AARRGGBB' or '#RRGGBB'); anything else is the default warm white."""
    digits = str(text or "").lstrip("#")
    if len(digits) not in (6, 8):
        return WARM
    try:
        value = int(digits[-6:], 16)
    except ValueError:
        return WARM
    return (value >> 16) & 255, (value >> 8) & 255, value & 255


def flicker_factor(light: LightSource, time_s: float) -> float:
    """A flickering light's share of its intensity at ``time_s`` (sim time, so the AI and the
    screen agree and replays repeat): two beats that rarely line up, never below 0.55."""
    if not light.flicker:
        return 1.0
    phase = light.x * 0.013 + light.y * 0.029
    wave = math.sin(time_s * 17.0 + phase) * math.sin(time_s * 5.3 + phase * 2.0)
    return 0.775 + 0.225 * wave


def pool_level(light: LightSource, x: float, y: float, time_s: float = 0.0) -> float:
    d2 = (x - light.x) ** 2 + (y - light.y) ** 2
    if d2 >= light.radius * light.radius:
        return 0.0
    share = light.intensity * (1.0 - math.sqrt(d2) / light.radius)
    return share * flicker_factor(light, time_s) if light.flicker else share


@dataclass(frozen=True, slots=True)
class LightField:
    ambient: float = 1.0  # 0 pitch dark .. 1 daylight
    lights: tuple[LightSource, ...] = ()
    night: bool = False  # tints the darkness blue on screen; the level is the same

    def light_at(self, x: float, y: float, time_s: float = 0.0) -> float:
        level = self.ambient
        for light in self.lights:
            level += pool_level(light, x, y, time_s)
        return min(1.0, max(0.0, level))


DARK_SIGHT = 0.3
"""Share of the sight range left in pitch darkness; full light gives all of it."""


def sight_factor(light: float) -> float:
    return DARK_SIGHT + (1.0 - DARK_SIGHT) * light
