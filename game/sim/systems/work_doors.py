"""Doors by hand: an actor holding Interact next to an unlocked door opens or shuts it."""

from __future__ import annotations

from game.sim.components import Intent, Position
from game.sim.mission.components import Door
from game.sim.mission.doors import move_door
from game.sim.units import metres
from game.sim.world import World

REACH_PX = metres(1.2)  # from the door's edge
SWING_S = 0.6  # a held key moves a door once per this long


def work_doors(world: World, dt: float) -> None:
    doors = world.query(Door)
    if not doors:
        return
    for _, intent, pos in world.query(Intent, Position):
        if not intent.interact:
            continue
        for _, door in doors:
            if door.locked or world.time_s - door.moved_at_s < SWING_S:
                continue
            gap_x = max(door.x - pos.x, 0.0, pos.x - (door.x + door.w))
            gap_y = max(door.y - pos.y, 0.0, pos.y - (door.y + door.h))
            if max(gap_x, gap_y) <= REACH_PX:
                move_door(world, door, not door.open)
