"""Story shots a map scripts (``gun_down``, ``wound``): who fires them, and the sound and flash
of the burst. The harm itself is dealt by the action that asks."""

from __future__ import annotations

import math

from game.sim.ai.relations import hostile
from game.sim.components import Faction, Position
from game.sim.events import ShotFired
from game.sim.mission.lookup import members, standing
from game.sim.mission.vocabulary import Ctx
from game.sim.weapons import weapon_spec
from game.sim.world import World


def nearest_enemy(world: World, eid: int) -> int:
    """The closest standing actor hostile to ``eid``'s side: the one who fired (0: nobody)."""
    mine, pos = world.get(eid, Faction), world.get(eid, Position)
    if mine is None or pos is None:
        return 0
    best, best_d = 0, math.inf
    for other, faction, where in world.query(Faction, Position):
        if hostile(mine.side, faction.side) and standing(world, other):
            d = math.hypot(where.x - pos.x, where.y - pos.y)
            if d < best_d:
                best, best_d = other, d
    return best


def burst(world: World, shooter: int, target: Position, rounds: int,
          weapon: str = "rifle") -> None:
    """The sound and flash of ``rounds`` shots of ``weapon`` from ``shooter`` at ``target``."""
    pos = world.get(shooter, Position)
    if pos is None:
        return
    angle = math.atan2(target.y - pos.y, target.x - pos.x)
    for _ in range(rounds):
        world.emit(ShotFired(world.tick, shooter, weapon, pos.x, pos.y, angle,
                             weapon_spec(weapon).loudness_m))


def fire_at(world: World, victim: int, pos: Position, rounds: int, shooter: int | None = None,
            weapon: str = "rifle") -> int:
    """The burst at ``victim`` from ``shooter`` (his nearest enemy when None); returns who
    fired it (0: nobody)."""
    if shooter is None:
        shooter = nearest_enemy(world, victim)
    burst(world, shooter, pos, rounds, weapon)
    return shooter


def named_shooter(ctx: Ctx, who: str) -> int:
    """The first of WHO on his feet, for a line's ``by=WHO`` (0: none of them can fire)."""
    return next((e for e in members(ctx.world, ctx.mission, who) if standing(ctx.world, e)), 0)
