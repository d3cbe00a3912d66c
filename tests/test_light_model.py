"""One light model: the level the AI reads is the level the renderer draws."""

from __future__ import annotations

import math

import pygame

from game.render.lighting_layer import LightingLayer
from game.sim.ai.lighting import LightField, LightSource, flicker_factor
from game.sim.components import Heading, Position, Weapon
from game.sim.light_model import MUZZLE_S, LightCone, light_at, light_scene
from game.sim.world import World

WHITE = (255, 255, 255)


def dark_world(*lights: LightSource, ambient: float = 0.2) -> World:
    world = World.seeded(1)
    world.set_resource(LightField(ambient, lights, night=False))
    return world


def test_pools_cones_and_flashes_add_light() -> None:
    world = dark_world(LightSource(200, 200, 100, 1.0))
    lamp = world.spawn(Position(500, 500), Heading(0.0), LightCone(300, math.radians(20)))
    shooter = world.spawn(Position(900, 900), Weapon("pistol", 10, last_shot_s=0.0))
    scene = light_scene(world)
    assert light_at(scene, 2000, 2000) == 0.2
    assert light_at(scene, 200, 200) == 1.0
    assert light_at(scene, 250, 200) > light_at(scene, 290, 200) > 0.2
    assert light_at(scene, 650, 500) > 0.5  # ahead of the lamp
    assert light_at(scene, 350, 500) == 0.2  # behind it
    assert light_at(scene, 950, 900) > 0.5  # the muzzle flash
    world.time_s = MUZZLE_S + 0.01
    assert light_at(light_scene(world), 950, 900) == 0.2
    del lamp, shooter


def test_flicker_follows_the_sim_clock() -> None:
    light = LightSource(10, 20, 100, 1.0, flicker=True)
    values = [flicker_factor(light, t / 10) for t in range(100)]
    assert values == [flicker_factor(light, t / 10) for t in range(100)]
    assert min(values) >= 0.55 and max(values) <= 1.0 and max(values) - min(values) > 0.2
    assert flicker_factor(LightSource(0, 0, 1, 1), 3.0) == 1.0


def test_the_renderer_draws_the_levels_the_ai_reads(screen) -> None:
    world = dark_world(LightSource(300, 200, 160, 0.8, WHITE),
                       LightSource(700, 300, 120, 1.0, WHITE, flicker=True), ambient=0.25)
    world.spawn(Position(100, 500), Heading(0.0), LightCone(400, math.radians(25), 0.9, WHITE))
    world.time_s = 1.3
    scene = light_scene(world)
    canvas = pygame.Surface((1000, 700))
    canvas.fill(WHITE)
    LightingLayer((1000, 700)).draw(canvas, scene, 0, 0)
    for x, y in ((300, 200), (380, 200), (440, 230), (700, 300), (760, 320), (250, 500),
                 (420, 520), (900, 100)):
        drawn = canvas.get_at((x, y)).g / 255  # green: the day tint leaves it as it is
        assert abs(drawn - light_at(scene, x, y)) < 0.07, (x, y)


def test_a_still_scene_draws_the_same_levels(screen) -> None:
    """No flicker, cone or flash: the renderer multiplies from its baked map cell by cell."""
    world = dark_world(LightSource(260, 250, 150, 0.9, WHITE), ambient=0.3)
    scene = light_scene(world)
    canvas = pygame.Surface((640, 480))
    canvas.fill(WHITE)
    LightingLayer((1000, 700)).draw(canvas, scene, 40, 30)
    for x, y in ((220, 220), (300, 220), (330, 260), (420, 300), (600, 450), (10, 10)):
        drawn = canvas.get_at((x, y)).g / 255
        assert abs(drawn - light_at(scene, x + 40, y + 30)) < 0.07, (x, y)


def test_a_map_without_lamps_is_its_ambient_and_a_shot_lights_it(screen) -> None:
    world = dark_world(ambient=0.4)
    layer = LightingLayer((800, 600))
    for shot_at in (-10.0, 0.0):  # long ago (a still scene), then just now
        world.spawn(Position(300, 300), Weapon("pistol", 10, last_shot_s=shot_at))
        scene = light_scene(world)
        canvas = pygame.Surface((400, 300))
        canvas.fill(WHITE)
        layer.draw(canvas, scene, 100, 100)
        for x, y in ((200, 200), (260, 200), (20, 20)):
            drawn = canvas.get_at((x, y)).r / 255  # a flash is warm: its red carries the level
            assert abs(drawn - light_at(scene, x + 100, y + 100)) < 0.07, (shot_at, x, y)
    assert light_at(scene, 300, 300) > 0.9 > 0.4 == light_at(scene, 120, 120)
