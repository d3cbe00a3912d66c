"""Panicking civilians note when gunfire was last close (shots and rounds landing near them), so
a ducking one knows when it has been quiet long enough to get up and run."""

from __future__ import annotations

from game.sim.ai.panic_state import Panic
from game.sim.components import Position
from game.sim.events import ProjectilePierced, ProjectileStopped, ShotFired
from game.sim.units import metres
from game.sim.world import World

LOUD_PX = metres(30)  # a shot or an impact this close keeps a ducking civilian down


def note_gunfire(world: World, dt: float) -> None:
    panics = world.store(Panic)
    if not panics:
        return  # no civilian on this map panics other than by fleeing
    bangs = [(e.x, e.y) for e in world.events
             if isinstance(e, ShotFired | ProjectileStopped | ProjectilePierced)]
    if not bangs:
        return
    positions, reach2 = world.store(Position), LOUD_PX * LOUD_PX
    for eid, state in panics.items():
        pos = positions.get(eid)
        if pos is not None and any((x - pos.x) ** 2 + (y - pos.y) ** 2 <= reach2
                                   for x, y in bangs):
            state.loud_s = world.time_s
