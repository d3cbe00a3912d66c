"""The camera's zoom: chosen by measuring a character on screen, and mapped both ways."""

from __future__ import annotations

import pygame

from game.render.camera import DEFAULT_ZOOM, Camera
from game.render.sprite_cache import SpriteCache
from game.settings import Settings

SCREEN_H = 720
READABLE_PX = SCREEN_H / 16  # a character at least 1/16 of a 720-line screen tall


def silhouette_height(image: pygame.Surface) -> int:
    return pygame.mask.from_surface(image, 128).get_bounding_rects()[0].height


def test_default_zoom_makes_characters_readable_at_720p(screen) -> None:
    assets, _ = screen
    sprites = SpriteCache(assets)
    zoom = Settings().zoom
    assert zoom == DEFAULT_ZOOM
    for key in ("crew", "lapd", "guard", "civilian"):
        on_screen = silhouette_height(sprites.base(key)) * zoom
        assert on_screen >= READABLE_PX, f"{key}: {on_screen:.0f} px at {zoom}x"
    assert silhouette_height(sprites.base("crew")) < READABLE_PX  # at 1x it would not be


def test_camera_maps_screen_and_world_points_at_any_zoom() -> None:
    camera = Camera(1280, 720, 4000, 3000, zoom=2.0)
    camera.centre_on(1000, 800)
    assert camera.world_w == 640 and camera.world_h == 360
    assert camera.to_screen(1000, 800) == (640, 360)
    assert camera.to_world(*camera.to_screen(1234, 567)) == (1234, 567)
    camera.centre_on(0, 0)  # clamped to the map's corner
    assert (camera.left, camera.top) == (0, 0)
