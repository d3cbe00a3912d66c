"""Small hand-built worlds for sim tests: solids drawn as text rows, actors, stepping helpers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from game.sim.body_grid import BodyGrid
from game.sim.collision_map import CollisionMap, Solid
from game.sim.events import Event
from game.sim.mission import MissionState
from game.sim.step import step
from game.sim.world import World

TILE = 32.0

MATERIALS: dict[str, tuple[str, bool]] = {
    "#": ("concrete", True),
    "B": ("brick", True),
    "G": ("glass", False),
}
"""Map characters for solid tiles: (material, blocks_sight). Anything else is open floor."""


def solids_from_rows(rows: Sequence[str], tile: float = TILE) -> list[Solid]:
    """One Solid per marked character, e.g. ``["#..#", "#GG#"]``."""
    solids = []
    for ty, row in enumerate(rows):
        for tx, char in enumerate(row):
            if char in MATERIALS:
                material, sight = MATERIALS[char]
                solids.append(Solid(tx * tile, ty * tile, tile, tile, material, sight))
    return solids


def collision_map(rows: Sequence[str], tile: float = TILE) -> CollisionMap:
    width, height = len(rows[0]) * tile, len(rows) * tile
    return CollisionMap.build(width, height, tile, solids_from_rows(rows, tile))


def world_with(cmap: CollisionMap, seed: int = 0) -> World:
    """A world with the resources every system needs and a mission with no objectives."""
    world = World.seeded(seed)
    world.set_resource(cmap)
    world.set_resource(BodyGrid())
    world.set_resource(MissionState("test", "test", "crew"))
    return world


def world_from_rows(rows: Sequence[str], seed: int = 0) -> World:
    return world_with(collision_map(rows), seed)


def open_world(width: float, height: float, solids: Iterable[Solid] = (), seed: int = 0) -> World:
    """An open floor of ``width`` x ``height`` px with the given solids."""
    return world_with(CollisionMap.build(width, height, TILE, solids), seed)


def run(world: World, ticks: int) -> list[Event]:
    """Step ``ticks`` times and return every event emitted, in order."""
    events: list[Event] = []
    for _ in range(ticks):
        step(world)
        events.extend(world.take_outbox())
    return events
