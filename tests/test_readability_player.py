"""The player can find himself at night: a rim round his own sprite out of the light, and a label
that tells the truth by the AI's rules (the light model and its shadows)."""

from __future__ import annotations

import pygame
import pytest

from game.render.assets import Assets
from game.render.markers import draw_player_mark, exposure
from game.render.player_rim import RIM
from game.render.sprite_cache import SpriteCache
from game.render.text_cache import TextCache
from game.session import MissionSession
from game.sim.ai.lighting import LightField, LightSource
from game.sim.components import Appearance, Heading, Position
from game.sim.light_model import LightScene, light_at
from game.sim.shadows import shadow_at

POOL = LightSource(0.0, 0.0, 400.0, 1.0)
NIGHT = LightScene(LightField(0.1, (POOL,), night=True), 0.0)
DAY = LightScene(LightField(1.0, (POOL,)), 0.0)


def test_exposure_follows_the_light_and_shadow_rules_the_ai_uses() -> None:
    assert exposure(NIGHT, 100.0, 0.0) == "lit" and light_at(NIGHT, 100.0, 0.0) > 0.6
    assert light_at(NIGHT, 240.0, 0.0) < 0.6 and shadow_at(NIGHT, 240.0, 0.0) is not None
    assert exposure(NIGHT, 240.0, 0.0) == "shadow"
    assert shadow_at(NIGHT, 330.0, 0.0) is None and exposure(NIGHT, 330.0, 0.0) == "dark"
    assert exposure(NIGHT, 2000.0, 0.0) == "dark"
    assert exposure(DAY, 2000.0, 0.0) is None  # by day there is nothing to say
    overcast = LightScene(LightField(0.8, (POOL,)), 0.0)
    assert exposure(overcast, 100.0, 0.0) is None and exposure(overcast, 2000.0, 0.0) is None


def _rim_pixels(screen: tuple[Assets, TextCache], at: tuple[float, float],
                scene: LightScene) -> tuple[list[tuple[int, int]], pygame.Rect, pygame.Mask]:
    assets, text = screen
    session = MissionSession.start("sandbox")
    world, player = session.world, session.mission.player
    pos = world.get(player, Position)
    pos.x, pos.y = pos.prev_x, pos.prev_y = at
    canvas = pygame.Surface((400, 400), pygame.SRCALPHA)
    sprites = SpriteCache(assets)

    def to_screen(x: float, y: float) -> tuple[float, float]:
        return x - at[0] + 200, y - at[1] + 200

    draw_player_mark(canvas, world, player, to_screen, 1.0, scene, text, sprites)
    heading = world.get(player, Heading)
    image, hw, hh = sprites.centred(world.get(player, Appearance).sprite,
                                    heading.angle if heading else 0.0)
    sprite = pygame.Rect(200 - hw, 200 - hh, image.get_width(), image.get_height())
    found = [(x, y) for x in range(400) for y in range(400) if canvas.get_at((x, y))[:3] == RIM]
    return found, sprite, pygame.mask.from_surface(image)


@pytest.mark.parametrize("at", [(2000.0, 0.0), (240.0, 0.0)])
def test_out_of_the_light_the_rim_hugs_the_players_sprite_only(screen, at) -> None:
    found, sprite, shape = _rim_pixels(screen, at, NIGHT)
    assert len(found) > 30  # a visible outline, not a dot

    def opaque(x: int, y: int) -> bool:
        x, y = x - sprite.left, y - sprite.top
        return 0 <= x < shape.get_size()[0] and 0 <= y < shape.get_size()[1] and \
            bool(shape.get_at((x, y)))

    near = [(dx, dy) for dx in range(-2, 3) for dy in range(-2, 3)]
    assert all(any(opaque(x + dx, y + dy) for dx, dy in near) for x, y in found)
    inside = [(x, y) for x, y in found if all(opaque(x + dx, y + dy) for dx, dy in near)]
    assert inside == []  # on his edge, never painted over him


@pytest.mark.parametrize("scene", [NIGHT, DAY])
def test_in_the_light_or_by_day_there_is_no_rim(screen, scene) -> None:
    found, _, _ = _rim_pixels(screen, (50.0, 0.0), scene)
    assert found == []


@pytest.mark.parametrize(("where", "label"), [((100.0, 0.0), "in the light"),
                                              ((240.0, 0.0), "your shadow shows"),
                                              ((2000.0, 0.0), "in shadow")])
def test_the_label_says_what_shows(screen, where, label) -> None:
    _, text = screen
    session = MissionSession.start("sandbox")
    world, player = session.world, session.mission.player
    pos = world.get(player, Position)
    pos.x, pos.y = pos.prev_x, pos.prev_y = where
    canvas = pygame.Surface((400, 400), pygame.SRCALPHA)
    draw_player_mark(canvas, world, player,
                     lambda x, y: (x - where[0] + 200, y - where[1] + 200), 1.0, NIGHT, text)
    under = canvas.subsurface(pygame.Rect(0, 226, 400, 12)).get_bounding_rect()
    assert abs(under.width - text.render(label, 16).get_width()) <= 3
