"""Story shots a map scripts (``gun_down``, ``wound``): who fires them, and the sound and flash
of the burst. The harm itself is dealt by the action that asks."""

from __future__ import annotations

import math

from game.sim.ai.relations import hostile
from game.sim.components import Faction, Position
from game.sim.events import ShotFired
from game.sim.mission.lookup import standing
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


def burst(world: World, shooter: int, target: Position, rounds: int) -> None:
    """The sound and flash of ``rounds`` rifle shots from ``shooter`` at ``target``."""
    pos = world.get(shooter, Position)
    if pos is None:
        return
    angle = math.atan2(target.y - pos.y, target.x - pos.x)
    for _ in range(rounds):
        world.emit(ShotFired(world.tick, shooter, "rifle", pos.x, pos.y, angle,
                             weapon_spec("rifle").loudness_m))


def fire_at(world: World, victim: int, pos: Position, rounds: int) -> int:
    """The burst at ``victim`` from his nearest enemy; returns who fired it (0: nobody)."""
    shooter = nearest_enemy(world, victim)
    burst(world, shooter, pos, rounds)
    return shooter
