"""Removes entities whose Lifetime has run out."""

from __future__ import annotations

from game.sim.components import Lifetime
from game.sim.world import World


def expire_lifetimes(world: World, dt: float) -> None:
    for eid, life in world.query(Lifetime):
        life.seconds_left -= dt
        if life.seconds_left <= 0.0:
            world.despawn(eid)
