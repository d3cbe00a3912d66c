"""Choosing cover against a threat (to hold, to advance to, to fall back to), telling whether a
spot is covered, and finding a spot beside cover to peek and shoot from."""

from __future__ import annotations

import math

from game.sim.ai.cover_points import exposure, faces
from game.sim.ai.resources import cover_index, nav_grid
from game.sim.ballistics import share_through
from game.sim.collision_map import CollisionMap, has_line_of_sight
from game.sim.components import Brain
from game.sim.navigation import clear_corridor
from game.sim.units import metres
from game.sim.world import World

SEARCH_PX = metres(12)
NEAR_THREAT_PX = metres(3.5)  # cover closer than this to the threat is no cover
STEP_PX = metres(3)  # an advance or a retreat must gain at least this much
STAY_SLACK_PX = metres(1)  # "stay" may still shift this much nearer
SAFE = 0.2  # a spot is covered when at most this share of a round gets through
PIERCED_PENALTY_PX = metres(6)  # prefer an engine block to a car door
CHECKS = 6  # candidates checked with rays, best-scored first
HERE_PX = 10.0  # standing this close to a cover point is standing in it
PEEK_STEPS = (1.0, -1.0, 1.6, -1.6, 2.2, -2.2)  # tiles sideways along the cover


def choose_cover(world: World, eid: int, pos: tuple[float, float], threat: tuple[float, float],
                 engage_px: float, mode: str = "hold",
                 anchor: tuple[float, float, float] | None = None) -> int:
    """Index of the best free cover point shielding from ``threat``, or -1. ``mode``: hold,
    advance (a step nearer the threat), retreat (a step further) or stay (not nearer)."""
    cover, cmap = cover_index(world), world.resource(CollisionMap)
    cx, cy, radius = anchor if anchor is not None else (*pos, SEARCH_PX)
    tx, ty = threat
    d_now = math.hypot(pos[0] - tx, pos[1] - ty)
    taken = occupied(world, eid)
    scored = []
    for i in cover.near(cx, cy, radius):
        p = cover.points[i]
        if i in taken or not faces(p, tx, ty):
            continue
        d_threat = math.hypot(p.x - tx, p.y - ty)
        if d_threat < NEAR_THREAT_PX or not _gains(mode, d_threat, d_now):
            continue
        score = math.hypot(p.x - pos[0], p.y - pos[1]) + abs(d_threat - engage_px) * 0.25
        scored.append((score + (0.0 if p.stops else PIERCED_PENALTY_PX), i))
    scored.sort()
    for _, i in scored[:CHECKS]:
        p = cover.points[i]
        if exposure(cmap, p.x, p.y, tx, ty) <= SAFE:
            return i
    return -1


def _gains(mode: str, d_threat: float, d_now: float) -> bool:
    """advance: a step nearer; retreat: a step further; stay: not nearer (someone else is
    moving up); hold: anything."""
    if mode == "advance":
        return d_threat <= d_now - STEP_PX
    if mode == "retreat":
        return d_threat >= d_now + STEP_PX
    if mode == "stay":
        return d_threat >= d_now - STAY_SLACK_PX
    return True


def occupied(world: World, eid: int) -> set[int]:
    return {b.cover for other, b in world.query(Brain) if other != eid and b.cover >= 0}


def covered(world: World, index: int, pos: tuple[float, float] | None,
            threat: tuple[float, float]) -> bool:
    """Cover point ``index`` shields from ``threat`` (and ``pos``, if given, stands in it)."""
    if index < 0:
        return False
    p = cover_index(world).points[index]
    if pos is not None and math.hypot(p.x - pos[0], p.y - pos[1]) > HERE_PX:
        return False
    return exposure(world.resource(CollisionMap), p.x, p.y, *threat) <= SAFE


def cover_spot(world: World, index: int) -> tuple[float, float]:
    p = cover_index(world).points[index]
    return p.x, p.y


def peek_spot(world: World, index: int, threat: tuple[float, float], radius: float
              ) -> tuple[float, float] | None:
    """A spot a step or two sideways from cover point ``index`` with a clear shot at the
    threat; None when the cover has no such corner."""
    p = cover_index(world).points[index]
    cmap, grid = world.resource(CollisionMap), nav_grid(world)
    dx, dy = p.dir_x, p.dir_y
    if dx == 0.0 and dy == 0.0:
        dx, dy = _unit(threat[0] - p.x, threat[1] - p.y)
    side_x, side_y = -dy, dx
    for step in PEEK_STEPS:
        x, y = p.x + side_x * step * grid.tile, p.y + side_y * step * grid.tile
        if not grid.open(*grid.tile_of(x, y)):
            continue
        if not clear_corridor(cmap, (p.x, p.y), (x, y), radius):
            continue
        if has_line_of_sight(cmap, x, y, *threat) and \
                share_through(cmap, x, y, *threat) > 1.0 - SAFE:
            return x, y
    return None


def open_ground_spot(world: World, pos: tuple[float, float], threat: tuple[float, float],
                     radius: float) -> tuple[float, float] | None:
    """A nearby spot with a clear shot at the threat, for when a friend blocks the line."""
    cmap, grid = world.resource(CollisionMap), nav_grid(world)
    ax, ay = _unit(threat[0] - pos[0], threat[1] - pos[1])
    for step in PEEK_STEPS:
        x, y = pos[0] - ay * step * grid.tile * 1.2, pos[1] + ax * step * grid.tile * 1.2
        if grid.open(*grid.tile_of(x, y)) and clear_corridor(cmap, pos, (x, y), radius) \
                and has_line_of_sight(cmap, x, y, *threat):
            return x, y
    return None


def _unit(dx: float, dy: float) -> tuple[float, float]:
    length = math.hypot(dx, dy) or 1.0
    return dx / length, dy / length
