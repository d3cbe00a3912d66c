"""F3 overlay: frame timing, colliders, bodies and entity ids, drawn over the world."""

from __future__ import annotations

import pygame

from game.render.camera import Camera
from game.render.text_cache import TextCache
from game.sim.collision_map import CollisionMap
from game.sim.components import Body, Position
from game.sim.world import World

SOLID = (255, 80, 80)
SEE_THROUGH = (80, 200, 255)
BODY = (120, 255, 120)


def draw_debug_overlay(surface: pygame.Surface, world: World, camera: Camera, text: TextCache,
                       fps: float, frame_ms: float) -> None:
    left, top = camera.left, camera.top
    view = pygame.Rect(left, top, *surface.get_size())
    cmap = world.resource(CollisionMap)
    for s in cmap.near(view.left, view.top, view.right, view.bottom):
        color = SOLID if s.blocks_sight else SEE_THROUGH
        pygame.draw.rect(surface, color, (s.x - left, s.y - top, s.w, s.h), 1)
    for eid, pos, body in world.query(Position, Body):
        centre = (pos.x - left, pos.y - top)
        pygame.draw.circle(surface, BODY, centre, body.radius, 1)
        text.shadowed(surface, str(eid), (round(centre[0]), round(centre[1] - body.radius - 16)),
                      18, BODY)
    lines = (f"{fps:5.1f} fps  {frame_ms:5.2f} ms", f"tick {world.tick}",
             f"entities {len(world.store(Position))}")
    for i, line in enumerate(lines):
        text.shadowed(surface, line, (surface.get_width() // 2, 12 + i * 20), 20, BODY,
                      anchor="midtop")
