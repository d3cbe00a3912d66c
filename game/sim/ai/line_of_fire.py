"""Line of fire: may this shooter fire at that point? Not through a wall that stops rounds, and
never with a friend, a bystander or a surrendered guard in the cone the rounds may fly through."""

from __future__ import annotations

import math

from game.sim.ai.relations import hostile
from game.sim.ballistics import share_through
from game.sim.body_grid import BodyGrid
from game.sim.collision_map import CollisionMap
from game.sim.components import Body, Faction, Position, Surrendered
from game.sim.units import metres
from game.sim.world import World

MIN_SHARE = 0.4  # fire through glass or a car door only while this much of a round gets through
MARGIN_PX = 6.0  # room kept around a friend's body
OVERSHOOT_PX = metres(15)  # bystanders this far beyond the target count as in the line
SPREAD_SIGMAS = 2.5  # the cone kept clear covers this many standard deviations of spread
MAX_CONE_RAD = 0.3  # and never more than about 17 degrees either side


def line_of_fire(world_stores: tuple[dict, dict, dict, dict], grid: BodyGrid,
                 cmap: CollisionMap, shooter: int, side: str, start: tuple[float, float],
                 aim: tuple[float, float], cone_rad: float, penetration: float) -> str:
    """"clear", "wall" (rounds would not get through) or "friend" (someone who must not be hit
    is in the cone of half-angle ``cone_rad``, see ``cone_for``). ``world_stores`` are the
    Position, Body, Faction and Surrendered stores."""
    if _friend_in_cone(world_stores, grid, shooter, side, start, aim, cone_rad):
        return "friend"
    if share_through(cmap, *start, *aim, penetration) < MIN_SHARE:
        return "wall"
    return "clear"


def _friend_in_cone(stores: tuple[dict, dict, dict, dict], grid: BodyGrid, shooter: int,
                    side: str, start: tuple[float, float], aim: tuple[float, float],
                    cone_rad: float) -> bool:
    positions, bodies, factions, surrendered = stores
    (x0, y0), (x1, y1) = start, aim
    dx, dy = x1 - x0, y1 - y0
    length = math.hypot(dx, dy)
    if length < 1e-6:
        return False
    ux, uy = dx / length, dy / length
    widen = math.tan(min(MAX_CONE_RAD, cone_rad))
    reach = length + OVERSHOOT_PX  # a miss flies on past the target
    pad = MARGIN_PX + 16.0 + reach * widen
    ex, ey = x0 + ux * reach, y0 + uy * reach
    for other in _near(grid, min(x0, ex) - pad, min(y0, ey) - pad, max(x0, ex) + pad,
                       max(y0, ey) + pad):
        if other == shooter or other not in bodies:
            continue
        faction = factions.get(other)
        if faction is not None and hostile(side, faction.side) and other not in surrendered:
            continue  # an enemy in the way just takes the round
        pos = positions[other]
        along = (pos.x - x0) * ux + (pos.y - y0) * uy
        if along <= 0.0 or along > reach:
            continue
        across = abs((pos.x - x0) * uy - (pos.y - y0) * ux)
        if across < bodies[other].radius + MARGIN_PX + along * widen:
            return True
    return False


def _near(grid: BodyGrid, x0: float, y0: float, x1: float, y1: float) -> set[int] | list[int]:
    """``grid.near`` for a long line's box: when the box covers more cells than there are
    bodies, the bodies whose filed cells meet the box's cells (the same ones, found by walking
    the bodies rather than the cells)."""
    cell = grid.cell
    gx0, gy0, gx1, gy1 = int(x0 // cell), int(y0 // cell), int(x1 // cell), int(y1 // cell)
    if (gx1 - gx0 + 1) * (gy1 - gy0 + 1) <= len(grid.filed):
        return grid.near(x0, y0, x1, y1)
    return [eid for eid, (a0, b0, a1, b1) in grid.filed.items()
            if a0 <= gx1 and a1 >= gx0 and b0 <= gy1 and b1 >= gy0]


def cone_for(spread_rad: float, bloom_rad: float) -> float:
    """Half-angle the rounds of a weapon with this spread and recoil bloom may fly in."""
    return SPREAD_SIGMAS * spread_rad + bloom_rad


def stores_for_fire(world: World) -> tuple[dict, dict, dict, dict]:
    return (world.store(Position), world.store(Body), world.store(Faction),
            world.store(Surrendered))
