"""How rounds cross the map: where a ray leaves a solid, and how much of a round gets through."""

from __future__ import annotations

import math

from game.sim.collision_map import CollisionMap, Solid, raycast
from game.sim.weapons import damage_kept

EXIT_NUDGE_PX = 0.5  # past the far face, so the next ray starts outside the solid
MAX_SOLIDS = 4  # solids one round may pass through before it is spent


def exit_t(solid: Solid, x0: float, y0: float, dx: float, dy: float) -> float:
    """Parameter along P0 + t*D where the ray leaves the rectangle (t may exceed 1)."""
    t_far = math.inf
    for origin, delta, low, high in ((x0, dx, solid.x, solid.x + solid.w),
                                     (y0, dy, solid.y, solid.y + solid.h)):
        if abs(delta) < 1e-12:
            continue
        t1, t2 = (low - origin) / delta, (high - origin) / delta
        t_far = min(t_far, max(t1, t2))
    return t_far


def past_solid(solid: Solid, x: float, y: float, ux: float, uy: float) -> tuple[float, float]:
    """The point just beyond ``solid`` along the unit direction (ux, uy) from (x, y)."""
    t = exit_t(solid, x, y, ux, uy) + EXIT_NUDGE_PX
    return x + ux * t, y + uy * t


def share_through(cmap: CollisionMap, x0: float, y0: float, x1: float, y1: float,
                  penetration: float = 1.0) -> float:
    """Share of a round's damage that reaches (x1, y1) from (x0, y0): 1.0 in the open, 0.0 when
    something on the way stops rounds, in between behind glass, wood or a car door.

    Remembered by its exact ends until the solids change: a gunman and the one he watches
    often stand still for a while, and the bot and the AI ask the same lines every tick."""
    kept = cmap.shares
    key = (x0, y0, x1, y1, penetration)
    found = kept.get(key)
    if found is None:
        if len(kept) >= SHARES_KEPT:
            kept.clear()
        found = kept[key] = _share_through(cmap, x0, y0, x1, y1, penetration)
    return found


SHARES_KEPT = 4096  # remembered lines per map, forgotten all at once past this


def _share_through(cmap: CollisionMap, x0: float, y0: float, x1: float, y1: float,
                   penetration: float) -> float:
    length = math.hypot(x1 - x0, y1 - y0)
    if length < 1e-9:
        return 1.0
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    share, x, y = 1.0, x0, y0
    for _ in range(MAX_SOLIDS + 1):
        hit = raycast(cmap, x, y, x1, y1)
        if hit is None:
            return share
        share *= damage_kept(hit.solid.material, penetration)
        if share <= 0.0:
            return 0.0
        x, y = past_solid(hit.solid, hit.x, hit.y, ux, uy)
        if (x1 - x) * ux + (y1 - y) * uy <= 0.0:
            return share
    return 0.0
