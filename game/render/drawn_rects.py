"""Where the things drawn between the ground and the overhead will land, as world rectangles
(x, y, w, h), worked out before they are drawn so the overhead can be lifted off those cells
first (game.render.overhead_cover). Each function mirrors one drawing function: a rectangle
may be larger than what is drawn, never smaller."""

from __future__ import annotations

import math

from game.render.draw_mission_props import BAG_PX
from game.render.effects import Effects
from game.sim.components import Position
from game.sim.mission.components import Door, Loot
from game.sim.world import World

Rect = tuple[int, int, int, int]
SLACK = 2  # px: rounding and outline widths


def blit_rects(blits: list, left: int, top: int) -> list[Rect]:
    """The rectangles of (image, (view x, view y)) blits, in world px."""
    return [(x + left, y + top, *image.get_size()) for image, (x, y) in blits]


def mission_prop_rects(world: World) -> list[Rect]:
    """Doors and loose loot (game.render.draw_mission_props)."""
    rects = [(math.floor(d.x) - SLACK, math.floor(d.y) - SLACK, math.ceil(d.w) + 2 * SLACK,
              math.ceil(d.h) + 2 * SLACK) for _, d in world.query(Door)]
    half = BAG_PX // 2 + SLACK
    rects += [(round(pos.x) - half, round(pos.y) - half, 2 * half, 2 * half)
              for _, loot, pos in world.query(Loot, Position) if not loot.carrier]
    return rects


def effect_rects(effects: Effects) -> list[Rect]:
    """Smoke, blood, debris, casings in flight and shockwaves (Effects.draw)."""
    rects = []
    for puff in effects.puffs:
        r = math.ceil(puff.radius * 1.4) + SLACK
        rects.append((int(puff.x) - r, int(puff.y) - r, 2 * r, 2 * r))
    dot = 3 + SLACK
    rects += [(int(p.x) - SLACK, int(p.y) - SLACK, dot + SLACK, dot + SLACK)
              for p in effects.particles]
    rects += [(int(p.x) - SLACK, int(p.y) - SLACK, dot + SLACK, dot + SLACK)
              for p in effects.casings]
    for wave in effects.blasts.waves:
        r = math.ceil(wave.radius) + 10
        rects.append((int(wave.x) - r, int(wave.y) - r, 2 * r, 2 * r))
    return rects
