"""Shadows in the one light model: a person standing in a strong light throws a shadow away from
it, and that dark stripe on lit ground can be seen before the person is.

The strongest single source at a point (a lamp's pool, a flashlight, headlights, a landing
jet's lights) casts the shadow; the ambient light casts none. The shadow's length grows with the
distance to the source (a low, far light throws a long shadow). ``see_actors``
samples points along it with the same sight rule as for people, so a shadow thrown toward a
watcher gives its owner away first.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.sim.ai.lighting import pool_level
from game.sim.light_model import LightScene, cone_level
from game.sim.units import metres

SHADOW_MIN_LIGHT = 0.3  # a source must light the person at least this much to cast one
SHADOW_PER_PX = 0.6  # shadow length as a share of the distance to the source
SHADOW_MIN_PX, SHADOW_MAX_PX = metres(1.5), metres(10.0)
SAMPLES = (0.5, 1.0)  # where along the shadow a watcher may make it out (share of its length)


@dataclass(frozen=True, slots=True)
class Shadow:
    """The stripe from the owner's feet (x0, y0) to its tip (x1, y1)."""

    x0: float
    y0: float
    x1: float
    y1: float
    strength: float  # the casting source's light on the owner

    def points(self) -> list[tuple[float, float]]:
        return [(self.x0 + (self.x1 - self.x0) * s, self.y0 + (self.y1 - self.y0) * s)
                for s in SAMPLES]


def _strongest(scene: LightScene, x: float, y: float) -> tuple[float, float, float]:
    """The source lighting (x, y) most: its level there and where it stands."""
    best = (0.0, x, y)
    for light in scene.field.lights:
        level = pool_level(light, x, y, scene.time_s)
        if level > best[0]:
            best = (level, light.x, light.y)
    for at in scene.cones:
        level = cone_level(at, x, y)
        if level > best[0]:
            best = (level, at.x, at.y)
    return best


def shadow_at(scene: LightScene, x: float, y: float) -> Shadow | None:
    """The shadow a person standing at (x, y) throws, or None when no light is strong enough."""
    level, sx, sy = _strongest(scene, x, y)
    if level < SHADOW_MIN_LIGHT:
        return None
    dx, dy = x - sx, y - sy
    distance = math.hypot(dx, dy)
    if distance < 1.0:
        return None
    length = min(SHADOW_MAX_PX, max(SHADOW_MIN_PX, distance * SHADOW_PER_PX))
    return Shadow(x, y, x + dx / distance * length, y + dy / distance * length, level)
