"""The AI's shared resources (nav grid, cover points, light), derived from the collision map on
first use when the level builder did not provide them (tests and benches build worlds by hand)."""

from __future__ import annotations

from game.sim.ai.cover_points import CoverPoints, derive_cover_points
from game.sim.ai.lighting import LightField
from game.sim.collision_map import CollisionMap
from game.sim.navigation import NavGrid
from game.sim.world import World


def walkable_rows(cmap: CollisionMap) -> list[list[bool]]:
    """Per tile of the collision grid: open unless a solid covers the tile's middle half."""
    tile = cmap.cell
    grid = [[True] * cmap.cols for _ in range(cmap.rows)]
    for s in cmap.solids:
        if s.material == "boundary":
            continue
        x0, x1 = int(s.x // tile), int((s.x + s.w - 1e-6) // tile)
        y0, y1 = int(s.y // tile), int((s.y + s.h - 1e-6) // tile)
        for ty in range(max(0, y0), min(cmap.rows, y1 + 1)):
            for tx in range(max(0, x0), min(cmap.cols, x1 + 1)):
                cx0, cy0 = tx * tile + tile * 0.25, ty * tile + tile * 0.25
                if s.x < cx0 + tile * 0.5 and s.x + s.w > cx0 and s.y < cy0 + tile * 0.5 \
                        and s.y + s.h > cy0:
                    grid[ty][tx] = False
    return grid


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
