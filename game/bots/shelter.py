"""Where the bot breaks the line of the enemies shooting at it: the nearest open tile that no
round from any of them would reach, never one nearer to them."""

from __future__ import annotations

import math

from game.sim.ballistics import share_through
from game.sim.collision_map import CollisionMap
from game.sim.components import Position
from game.sim.navigation import NavGrid
from game.sim.units import metres
from game.sim.world import World

SEARCH_TILES = 7  # look this many tiles around for a sheltered one
SAFE_SHARE = 0.2  # a tile is sheltered when at most this share of a round gets there
CLOSER_SLACK_PX = 16.0  # a shelter is never more than this much nearer any threat


def shelter(world: World, pos: Position, threats: list[tuple[float, float]]
            ) -> tuple[float, float] | None:
    """The centre of the best open tile hidden from every threat position, or None."""
    if not threats:
        return None
    grid, cmap = world.resource(NavGrid), world.resource(CollisionMap)
    tx, ty = grid.tile_of(pos.x, pos.y)
    now = [math.hypot(t[0] - pos.x, t[1] - pos.y) for t in threats]
    scored = []
    for dy in range(-SEARCH_TILES, SEARCH_TILES + 1):
        for dx in range(-SEARCH_TILES, SEARCH_TILES + 1):
            if not grid.open(tx + dx, ty + dy) or dx * dx + dy * dy > SEARCH_TILES ** 2:
                continue
            x, y = grid.centre(tx + dx, ty + dy)
            if any(math.hypot(t[0] - x, t[1] - y) < d - CLOSER_SLACK_PX
                   for t, d in zip(threats, now, strict=True)):
                continue  # no running at them to get behind something
            scored.append((math.hypot(x - pos.x, y - pos.y), x, y))
    scored.sort()
    for _, x, y in scored:
        if _hidden(cmap, x, y, threats):
            return x, y
    return None


def _hidden(cmap: CollisionMap, x: float, y: float, threats: list[tuple[float, float]]) -> bool:
    return all(share_through(cmap, t[0], t[1], x, y) <= SAFE_SHARE for t in threats)


def sheltered(world: World, pos: Position, threats: list[tuple[float, float]]) -> bool:
    """No threat's round would reach the bot where it stands."""
    return _hidden(world.resource(CollisionMap), pos.x, pos.y, threats)


def near_enough(pos: Position, spot: tuple[float, float]) -> bool:
    return math.hypot(spot[0] - pos.x, spot[1] - pos.y) < metres(0.5)
