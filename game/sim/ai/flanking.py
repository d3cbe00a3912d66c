"""Flanking: who in a squad goes round the side, and the spot off the enemy's flank to go to,
out of the line the rest of the squad fires along."""

from __future__ import annotations

import math

from game.sim.ai.profiles import profile_for
from game.sim.ai.resources import nav_grid
from game.sim.ai.squad import combat_mates
from game.sim.ballistics import share_through
from game.sim.collision_map import CollisionMap, has_line_of_sight
from game.sim.components import Brain, Faction, Position
from game.sim.units import metres
from game.sim.world import World

FLANK_TURNS = tuple(math.radians(a) for a in (90, 70, 110))
FLANK_REACH = (metres(9), metres(6), metres(12))
MIN_SQUAD = 3  # a flanker needs two others to keep the enemy busy


def should_flank(world: World, eid: int, brain: Brain, x: float, y: float) -> bool:
    """The highest-numbered member of a squad of three or more takes the flank, if its side
    flanks and no one nearby is flanking already."""
    faction = world.get(eid, Faction)
    if faction is None or not profile_for(faction.side).flanks:
        return False
    mates = combat_mates(world, eid, x, y)
    if len(mates) < MIN_SQUAD or mates[-1] != eid:
        return False
    others = (world.get(m, Brain) for m in mates if m != eid)
    return not any(b is not None and b.role == "flanker" for b in others)


def squad_front(world: World, eid: int, x: float, y: float) -> tuple[float, float]:
    """Where the rest of the squad stands (their mean position), seen from the enemy."""
    mates = [m for m in combat_mates(world, eid, x, y) if m != eid]
    points = [p for p in (world.get(m, Position) for m in mates) if p is not None]
    if not points:
        return x, y
    return sum(p.x for p in points) / len(points), sum(p.y for p in points) / len(points)


def flank_spot(world: World, eid: int, threat: tuple[float, float],
               front: tuple[float, float]) -> tuple[float, float] | None:
    """An open spot at a right angle (near enough) to the squad's line of fire, on this
    flanker's side of it, with a clear shot at the threat."""
    pos = world.get(eid, Position)
    if pos is None:
        return None
    tx, ty = threat
    base = math.atan2(front[1] - ty, front[0] - tx)
    mine = math.atan2(pos.y - ty, pos.x - tx)
    side = 1.0 if math.sin(mine - base) >= 0.0 else -1.0
    grid, cmap = nav_grid(world), world.resource(CollisionMap)
    for sign in (side, -side):
        for turn in FLANK_TURNS:
            for reach in FLANK_REACH:
                angle = base + sign * turn
                x, y = tx + math.cos(angle) * reach, ty + math.sin(angle) * reach
                if not grid.open(*grid.tile_of(x, y)):
                    continue
                if has_line_of_sight(cmap, x, y, tx, ty) and \
                        share_through(cmap, x, y, tx, ty) > 0.8:
                    return x, y
    return None


def flank_angle(threat: tuple[float, float], front: tuple[float, float],
                spot: tuple[float, float]) -> float:
    """Angle at the threat between the squad's front and ``spot``, in radians (0..pi)."""
    a = math.atan2(front[1] - threat[1], front[0] - threat[0])
    b = math.atan2(spot[1] - threat[1], spot[0] - threat[0])
    return abs((b - a + math.pi) % math.tau - math.pi)
