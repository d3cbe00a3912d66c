"""The long shadows the player sees are the ones the AI sees: the shadow layer darkens the
ground along game.sim.shadows' stripe, away from the light, and nowhere when no light casts one;
in a LAX frame in a landing jet's glare, the player's shadow is drawn where the sim puts it."""

from __future__ import annotations

import math

import pygame

from game.input.controls import Controls
from game.render.assets import Assets
from game.render.shadow_layer import ShadowLayer
from game.render.text_cache import TextCache
from game.scenes.base import Run
from game.scenes.context import GameContext
from game.scenes.mission import MissionScene
from game.sim.ai.lighting import LightField, LightSource
from game.sim.components import Faction, Position
from game.sim.light_model import light_scene
from game.sim.shadows import shadow_at
from game.sim.units import DT, metres
from game.sim.world import World
from tests.ai_worlds import TILE, at_tile, puppet
from tests.worlds import open_world

GREY = (160, 160, 160)


def _lamp_world(lamp: bool) -> tuple[World, int]:
    world = open_world(40 * TILE, 30 * TILE)
    lights = (LightSource(*at_tile(10, 15), metres(16), 1.0),) if lamp else ()
    world.set_resource(LightField(0.1, lights, night=True))
    return world, puppet(world, "crew", (18, 15), 0.0)  # 8 m east of the lamp


def _ground(world: World) -> tuple[pygame.Surface, ShadowLayer]:
    surface = pygame.Surface((40 * TILE, 30 * TILE))
    surface.fill(GREY)
    layer = ShadowLayer()
    layer.draw(surface, world, light_scene(world), 1.0, 0, 0)
    return surface, layer


def _grey(surface: pygame.Surface, x: float, y: float) -> int:
    return surface.get_at((round(x), round(y)))[0]


def test_the_shadow_is_drawn_along_the_stripe_the_sim_samples() -> None:
    world, man = _lamp_world(lamp=True)
    surface, layer = _ground(world)
    where = world.get(man, Position)
    shadow = shadow_at(light_scene(world), where.x, where.y)
    assert shadow is not None and shadow.x1 > where.x + metres(3)  # thrown east, off the lamp
    assert layer.drawn == [shadow]
    for x, y in [*shadow.points()[:1], (where.x + (shadow.x1 - where.x) * 0.8, where.y)]:
        assert _grey(surface, x, y) < GREY[0] * 0.8, (x, y)  # the ground is darker there
    toward_lamp = (where.x - (shadow.x1 - where.x) * 0.5, where.y)
    beside = (shadow.points()[0][0], where.y + metres(2))
    for x, y in (toward_lamp, beside, (shadow.x1 + metres(1), where.y)):
        assert _grey(surface, x, y) == GREY[0], (x, y)  # and untouched off the stripe


def test_no_strong_light_no_shadow_drawn() -> None:
    world, _ = _lamp_world(lamp=False)
    surface, layer = _ground(world)
    assert layer.drawn == []
    assert pygame.transform.average_color(surface)[:3] == GREY


def test_the_dead_throw_no_shadow() -> None:
    world, man = _lamp_world(lamp=True)
    world.remove(man, Faction)  # nobody the AI looks for: no shadow to give away
    assert _ground(world)[1].drawn == []


def _lax_in_the_glare(screen: tuple[Assets, TextCache]) -> MissionScene:
    """Hanna on the grass by the taxiway as the first jet's lights sweep past him."""
    assets, text = screen
    scene = MissionScene(GameContext(assets=assets, text=text), Run("lax", "lapd", 0))
    idle = Controls()
    while scene.session.world.tick < 520:
        scene.update(DT, idle)
    return scene


def test_in_a_lax_frame_the_players_shadow_lies_where_the_sim_says(
        screen: tuple[Assets, TextCache]) -> None:
    scene = _lax_in_the_glare(screen)
    world = scene.session.world
    hanna = world.get(scene.session.mission.player, Position)
    sim_shadow = shadow_at(light_scene(world), hanna.x, hanna.y)
    assert sim_shadow is not None  # the jet's lights are on him
    canvas = pygame.Surface((1280, 720))
    scene.draw(canvas)
    drawn = scene.renderer.shadows.drawn
    assert any(math.hypot(s.x1 - sim_shadow.x1, s.y1 - sim_shadow.y1) < 2.0 for s in drawn)
    mid = scene.camera.to_screen(*sim_shadow.points()[0])
    with_shadow = canvas.get_at((round(mid[0]), round(mid[1])))
    world.remove(scene.session.mission.player, Faction)  # the same frame without his shadow
    scene.draw(canvas)
    world.add(scene.session.mission.player, Faction("lapd"))
    without = canvas.get_at((round(mid[0]), round(mid[1])))
    assert sum(with_shadow[:3]) < 0.75 * sum(without[:3])
