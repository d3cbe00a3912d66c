"""The AI's shared resources (nav grid, cover points, light), derived from the collision map on
first use when the level builder did not provide them (tests and benches build worlds by hand)."""

from __future__ import annotations

from game.sim.ai.cover_points import CoverPoints, derive_cover_points
from game.sim.ai.lighting import LightField
from game.sim.collision_map import CollisionMap
from game.sim.navigation import NavGrid, walkable_from_solids
from game.sim.world import World


def walkable_rows(cmap: CollisionMap) -> list[list[bool]]:
    """Per tile of the collision grid: open unless a solid covers the tile's middle half."""
    solids = (s for s in cmap.solids if s.material != "boundary")
    return walkable_from_solids(solids, cmap.cols, cmap.rows, cmap.cell, cmap.cell)


def nav_grid(world: World) -> NavGrid:
    grid = world.resources.get(NavGrid)
    if grid is None:
        cmap = world.resource(CollisionMap)
        grid = NavGrid.from_rows(walkable_rows(cmap), cmap.cell)
        world.set_resource(grid)
    return grid


def cover_index(world: World) -> CoverPoints:
    cover = world.resources.get(CoverPoints)
    if cover is None:
        cover = CoverPoints.build(derive_cover_points(world.resource(CollisionMap),
                                                      nav_grid(world)))
        world.set_resource(cover)
    return cover


def light_field(world: World) -> LightField:
    light = world.resources.get(LightField)
    if light is None:
        light = LightField()
        world.set_resource(light)
    return light
