"""The flattened ground (overhead baked in, lifted off where things move beneath it) draws the
same pixels as the plain order: ground, things, overhead."""

from __future__ import annotations

import math

import pygame

from game.level.build_world import build_world
from game.level.load_level import load_level
from game.paths import maps_dir
from game.render.camera import Camera
from game.render.draw_mission_props import draw_mission_props
from game.render.draw_world import WorldRenderer
from game.render.overhead_cover import CELL, cells_hit
from game.render.tile_chunks import blit_chunks
from game.sim.ai.lighting import LightField, LightSource
from game.sim.components import Appearance, Position
from game.sim.events import ActorDamaged, Exploded, ShotFired
from game.sim.light_model import LightScene, light_scene
from game.sim.world import World

VIEW = (1280, 720)


def plain_scene(renderer: WorldRenderer, view: pygame.Surface, world: World, left: int,
                top: int, scene: LightScene | None = None) -> None:
    """The reference: every layer drawn in full, in order."""
    blit_chunks(view, renderer.chunks.below, left, top)
    renderer._draw_animated(view, world.time_s, left, top, above=False)
    draw_mission_props(view, world, left, top)
    if scene is not None:
        renderer.shadows.draw(view, world, scene, 1.0, left, top)
    view.fblits(renderer._actor_blits(world, 1.0, left, top, *view.get_size()))
    renderer.effects.draw(view, left, top)
    blit_chunks(view, renderer.chunks.above, left, top)
    renderer._draw_animated(view, world.time_s, left, top, above=True)


def overhead_world(renderer: WorldRenderer) -> tuple[World, tuple[float, float]]:
    """Armored-car's actors walked under and around the overpass shadow, smoke and blood by
    them, a blast's ring, a shot's casing."""
    level = renderer.level
    world = build_world(level, "armored-car", "crew", seed=3)
    cover = renderer.chunks.cover
    assert cover, "armored-car's overpass casts no overhead shadow any more"
    middle = (level.pixel_size[0] / 2 / CELL, level.pixel_size[1] / 2 / CELL)
    gx, gy = min(cover, key=lambda c: math.dist(c, middle))
    cx, cy = gx * CELL, gy * CELL
    actors = [eid for eid, _, _ in world.query(Position, Appearance)][:24]
    for k, eid in enumerate(actors):
        pos = world.get(eid, Position)
        ring = 40.0 + 17.0 * k
        pos.x = pos.prev_x = cx + math.cos(k * 1.3) * ring + 0.4
        pos.y = pos.prev_y = cy + math.sin(k * 1.3) * ring * 0.6 - 0.3
    renderer.effects.consume([
        ShotFired(1, actors[0], "rifle", cx + 5, cy + 7, 0.4, 30.0),
        ActorDamaged(1, actors[1], actors[0], 20, cx - 20, cy + 10),
        Exploded(2, cx - 150, cy + 60, 96.0),
    ], player=0)
    renderer.effects.update(0.05)
    return world, (cx, cy)


def test_flat_ground_draws_what_ground_things_overhead_draws(screen) -> None:
    assets, _ = screen
    level = load_level(maps_dir() / "armored-car.tmx")
    renderer = WorldRenderer(level, assets)
    world, (cx, cy) = overhead_world(renderer)
    camera = Camera(*VIEW, *level.pixel_size)
    fast, plain = pygame.Surface(VIEW).convert(), pygame.Surface(VIEW).convert()
    checked = 0
    for dx, dy in ((0, 0), (-333, 17), (211, -140), (5, 301), (-700, -500)):
        camera.centre_on(cx + dx, cy + dy)
        left, top = camera.left, camera.top
        renderer._draw_scene(fast, world, 1.0, left, top)
        plain_scene(renderer, plain, world, left, top)
        assert pygame.image.tobytes(fast, "RGB") == pygame.image.tobytes(plain, "RGB"), \
            f"flat ground differs from the layered draw with the view at ({left}, {top})"
        view = pygame.Rect(left, top, *VIEW)
        actors = renderer._actor_blits(world, 1.0, left, top, *VIEW)
        checked += len(cells_hit([(x + left, y + top, *img.get_size()) for img, (x, y) in actors],
                                 renderer.chunks.cover, view))
    assert checked > 0, "no actor stood under the overhead: the test proves nothing"


def test_a_decal_under_the_overhead_stays_under_it(screen) -> None:
    assets, _ = screen
    level = load_level(maps_dir() / "armored-car.tmx")
    renderer = WorldRenderer(level, assets)
    middle = (level.pixel_size[0] / 2 / CELL, level.pixel_size[1] / 2 / CELL)
    gx, gy = min(renderer.chunks.cover, key=lambda c: math.dist(c, middle))
    x, y = gx * CELL + 16, gy * CELL + 16
    renderer.effects.decals.append(("scorch", float(x), float(y), 0.0))
    world = World.seeded(1)
    camera = Camera(*VIEW, *level.pixel_size)
    camera.centre_on(x, y)
    fast, plain = pygame.Surface(VIEW).convert(), pygame.Surface(VIEW).convert()
    renderer._bake_decals()
    renderer._draw_scene(fast, world, 1.0, camera.left, camera.top)
    plain_scene(renderer, plain, world, camera.left, camera.top)
    assert pygame.image.tobytes(fast, "RGB") == pygame.image.tobytes(plain, "RGB")


def test_long_shadows_under_the_overhead_stay_under_it(screen) -> None:
    """At night a lamp throws people's shadows; those under the overpass are drawn beneath its
    shadow band like the people themselves."""
    assets, _ = screen
    level = load_level(maps_dir() / "armored-car.tmx")
    renderer = WorldRenderer(level, assets)
    world, (cx, cy) = overhead_world(renderer)
    world.resources[LightField] = LightField(0.15, (LightSource(cx, cy - 260, 420, 1.4),),
                                             night=True)
    scene = light_scene(world)
    camera = Camera(*VIEW, *level.pixel_size)
    camera.centre_on(cx, cy)
    left, top = camera.left, camera.top
    fast, plain = pygame.Surface(VIEW).convert(), pygame.Surface(VIEW).convert()
    renderer._draw_scene(fast, world, 1.0, left, top, scene)
    assert renderer.shadows.drawn, "no shadow was thrown: the test proves nothing"
    plain_scene(renderer, plain, world, left, top, scene)
    assert pygame.image.tobytes(fast, "RGB") == pygame.image.tobytes(plain, "RGB")
