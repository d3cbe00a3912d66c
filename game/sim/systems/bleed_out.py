"""The downed bleed out: left on the ground too long, a downed character dies."""

from __future__ import annotations

from game.sim.components import Downed, Position
from game.sim.damage import kill
from game.sim.world import World


def bleed_out(world: World, dt: float) -> None:
    for eid, downed in world.query(Downed):
        if world.time_s - downed.since_s >= downed.bleed_out_s:
            pos = world.get(eid, Position)
            kill(world, eid, downed.attacker, pos.x if pos else 0.0, pos.y if pos else 0.0)
