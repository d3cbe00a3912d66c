"""Doors: a shut door is a solid in the collision map (blocks movement, sight and rounds); an
open one is not. Opened and shut by actions or by hand (Interact within reach)."""

from __future__ import annotations

from game.sim.collision_map import CollisionMap, Solid
from game.sim.events import DoorMoved
from game.sim.mission.components import Door
from game.sim.world import World


def door_solid(door: Door) -> Solid:
    return Solid(door.x, door.y, door.w, door.h, door.material, True)


def set_door(world: World, name: str, opened: bool, locked: bool | None = None) -> None:
    for _, door in world.query(Door):
        if door.name != name:
            continue
        if locked is not None:
            door.locked = locked
        if door.open != opened:
            move_door(world, door, opened)


def move_door(world: World, door: Door, opened: bool, announce: bool = True) -> None:
    door.open = opened
    if announce:  # placed at build time: nobody moved it
        door.moved_at_s = world.time_s
    cmap = world.resources.get(CollisionMap)
    if cmap is not None:
        if opened:
            _remove(cmap, door_solid(door))
        else:
            _add(cmap, door_solid(door))
        cmap.changed()  # its caches were worked out with the door the other way
    if announce:
        world.emit(DoorMoved(world.tick, door.name, opened, door.x + door.w / 2,
                             door.y + door.h / 2))


def _add(cmap: CollisionMap, solid: Solid) -> None:
    cmap.file(solid)


def _remove(cmap: CollisionMap, solid: Solid) -> None:
    if solid in cmap.solids:
        cmap.solids.remove(solid)
    for key in cmap._keys(solid.x, solid.y, solid.x + solid.w, solid.y + solid.h):
        cell = cmap.cells.get(key)
        if cell and solid in cell:
            cell.remove(solid)
