"""Who can hurt the bot: armed enemies on their feet with a clear line to it, nearest first.
Uses the sim's hostility table, so the bot and the AI agree on who is an enemy."""

from __future__ import annotations

import math

from game.bots.in_sight import InSight
from game.sim.ai.relations import hostile
from game.sim.ballistics import share_through
from game.sim.collision_map import CollisionMap
from game.sim.components import Dead, Downed, Faction, Position, Surrendered, Weapon
from game.sim.units import metres
from game.sim.weapons import weapon_spec
from game.sim.world import World

THREAT_RANGE_PX = metres(18.0)
SIGHT_PX = metres(40.0)  # no enemy shoots at the bot from further than this
CLEAR_SHARE = 0.95  # the bot itself fires only down a line this clear (no glass, no car door)


def armed_enemies(world: World, me: int, pos: Position, reach: float = SIGHT_PX) -> InSight:
    """(distance, id) of every armed enemy standing within ``reach`` with a line of fire (glass
    and car doors let enough through), nearest first; each line traced only once read."""
    side = world.get(me, Faction)
    mine = side.side if side else "crew"
    dead, downed, gave_up = world.store(Dead), world.store(Downed), world.store(Surrendered)
    candidates = []
    for eid, faction, where, _ in world.query(Faction, Position, Weapon):
        if eid == me or eid in dead or eid in downed or eid in gave_up or \
                not hostile(mine, faction.side):
            continue
        d = math.hypot(where.x - pos.x, where.y - pos.y)
        if d < reach:
            candidates.append((d, eid, where.x, where.y))
    return InSight(world.resource(CollisionMap), pos.x, pos.y, candidates)


def nearest_threat(world: World, me: int, pos: Position, reach: float = THREAT_RANGE_PX
                   ) -> int | None:
    """The closest armed enemy in a clear line within ``reach``, or None."""
    found = armed_enemies(world, me, pos, reach)
    return found[0][1] if found else None


def gun_reach(world: World, me: int) -> float:
    """How far the bot's own gun is worth firing (its range, trimmed), 0 unarmed."""
    weapon = world.get(me, Weapon)
    return weapon_spec(weapon.kind).range_px * 0.8 if weapon is not None else 0.0


def clear_line(world: World, pos: Position, target: int) -> bool:
    """Nothing solid between the bot and ``target``: its own rounds would all get there."""
    where = world.get(target, Position)
    return where is not None and share_through(world.resource(CollisionMap), pos.x, pos.y,
                                               where.x, where.y) >= CLEAR_SHARE
