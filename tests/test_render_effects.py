"""Set pieces and hits read on screen: effects from events, the fuse, the inset, the glow."""

from __future__ import annotations

import pygame

from game.level.load_level import load_level
from game.paths import maps_dir
from game.render.blasts import INSET_S
from game.render.camera import Camera
from game.render.draw_world import INSET_AT, INSET_FRAME, WorldRenderer
from game.render.effects import Effects
from game.render.sprite_cache import SpriteCache
from game.sim.events import (
    ActorDamaged,
    Exploded,
    FuseLit,
    ShotFired,
    VehicleRammed,
)
from game.sim.world import World


def test_shots_and_hits_leave_flash_casing_recoil_and_a_white_flash() -> None:
    fx = Effects()
    fx.consume([ShotFired(1, 7, "rifle", 100, 100, 0.0, 30.0), ActorDamaged(1, 9, 7, 20, 1, 1)],
               player=0)
    assert fx.flashes and fx.casings and 7 in fx.recoil and 9 in fx.hits
    for _ in range(30):
        fx.update(1 / 60)
    assert not fx.flashes and not fx.hits and not fx.recoil
    assert [d[0] for d in fx.decals] == ["casing"]  # the spent case stays on the ground


def test_the_charge_shows_a_fuse_until_it_blows_and_the_flash_obeys_the_setting() -> None:
    fx = Effects()
    fx.flash_enabled = False
    fx.consume([FuseLit(1, 500, 500, 4.0)], player=0)
    assert len(fx.blasts.fuses) == 1 and fx.blasts.fuses[0].left_s == 4.0
    fx.update(1.0)
    assert abs(fx.blasts.fuses[0].left_s - 3.0) < 1e-9
    fx.consume([Exploded(2, 520, 480, 128.0)], player=0)
    assert not fx.blasts.fuses and fx.blasts.waves and fx.blasts.flash_s == 0.0
    assert any(kind == "scorch" for kind, *_ in fx.decals) and fx.puffs
    fx.flash_enabled = True
    fx.consume([Exploded(3, 0, 0, 64.0)], player=0)
    assert fx.blasts.flash_s > 0 and fx.blasts.focus is not None


def test_a_ram_out_of_view_plays_in_an_inset(screen) -> None:
    assets, _ = screen
    level = load_level(maps_dir() / "sandbox.tmx")
    renderer = WorldRenderer(level, assets)
    world = World.seeded(1)
    camera = Camera(1280, 720, *level.pixel_size, zoom=2.0)
    canvas = pygame.Surface((1280, 720))
    renderer.draw(canvas, world, camera, 0.0)
    border = (INSET_AT[0] - 3, INSET_AT[1] + 40)
    assert tuple(canvas.get_at(border))[:3] != INSET_FRAME
    renderer.effects.consume([VehicleRammed(1, 1400.0, 900.0)], player=0)
    renderer.draw(canvas, world, camera, 0.0)
    assert tuple(canvas.get_at(border))[:3] == INSET_FRAME
    renderer.effects.update(INSET_S + 0.1)
    renderer.draw(canvas, world, camera, 0.0)
    assert tuple(canvas.get_at(border))[:3] != INSET_FRAME


def test_a_turned_muzzle_flash_adds_nothing_around_it(screen) -> None:
    """The old flash added its transparent pixels' colour: a pale rectangle behind each shot."""
    assets, _ = screen
    sprites = SpriteCache(assets)
    image, _, _ = sprites.glow("muzzle_flash", 0.7)  # turned: corners were added
    w, h = image.get_size()
    for corner in ((0, 0), (w - 1, 0), (0, h - 1), (w - 1, h - 1)):
        assert tuple(image.get_at(corner))[:3] == (0, 0, 0)
    canvas = pygame.Surface((64, 64))
    canvas.fill((40, 40, 40))
    canvas.blit(image, (0, 0), special_flags=pygame.BLEND_ADD)
    assert tuple(canvas.get_at((0, 0)))[:3] == (40, 40, 40)
