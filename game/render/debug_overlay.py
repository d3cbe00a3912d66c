"""F3 overlay: frame timing, colliders, bodies and ids, and the AI made readable: vision cones,
hearing radii, paths, cover points, last known positions and each agent's state."""

from __future__ import annotations

import math

import pygame

from game.render.camera import Camera
from game.render.text_cache import TextCache
from game.sim.ai.cover_points import CoverPoints
from game.sim.ai.lighting import LightField, sight_factor
from game.sim.ai.noise_log import NoiseLog
from game.sim.collision_map import CollisionMap
from game.sim.components import (
    Awareness,
    Body,
    Brain,
    Heading,
    Navigator,
    Perception,
    Position,
)
from game.sim.world import World

SOLID = (255, 80, 80)
SEE_THROUGH = (80, 200, 255)
BODY = (120, 255, 120)
STATE_COLOURS = {"unaware": (120, 220, 120), "suspicious": (250, 220, 80),
                 "searching": (255, 150, 40), "combat": (255, 60, 60)}
PATH = (90, 170, 255)
COVER_STOPS = (235, 235, 235)
COVER_PIERCED = (130, 130, 130)
COVER_TAKEN = (255, 210, 60)
NOISE = (200, 140, 255)
ARC_STEPS = 12
CONE_ALPHA = 28  # cones are washes of colour, so a crowd's stay readable


def draw_debug_overlay(surface: pygame.Surface, world: World, camera: Camera, text: TextCache,
                       fps: float, frame_ms: float) -> None:
    """Drawn in world px; when the camera zooms, onto a world-sized layer scaled up (debug only,
    so the extra scale is fine)."""
    if camera.zoom == 1.0:
        _draw_overlay(surface, world, camera, text, fps, frame_ms)
        return
    size = (round(camera.world_w), round(camera.world_h))
    layer = pygame.Surface(size, pygame.SRCALPHA)
    _draw_overlay(layer, world, camera, text, fps, frame_ms)
    surface.blit(pygame.transform.scale(layer, surface.get_size()), (0, 0))


def _draw_overlay(surface: pygame.Surface, world: World, camera: Camera, text: TextCache,
                  fps: float, frame_ms: float) -> None:
    left, top = camera.left, camera.top
    view = pygame.Rect(left, top, *surface.get_size())
    cmap = world.resource(CollisionMap)
    for s in cmap.near(view.left, view.top, view.right, view.bottom):
        color = SOLID if s.blocks_sight else SEE_THROUGH
        pygame.draw.rect(surface, color, (s.x - left, s.y - top, s.w, s.h), 1)
    _cover_points(surface, world, view)
    _noises(surface, world, left, top)
    for eid, pos, body in world.query(Position, Body):
        centre = (pos.x - left, pos.y - top)
        pygame.draw.circle(surface, BODY, centre, body.radius, 1)
        text.shadowed(surface, str(eid), (round(centre[0]), round(centre[1] - body.radius - 16)),
                      18, BODY)
    _agents(surface, world, view, text)
    lines = (f"{fps:5.1f} fps  {frame_ms:5.2f} ms", f"tick {world.tick}",
             f"entities {len(world.store(Position))}")
    for i, line in enumerate(lines):
        text.shadowed(surface, line, (surface.get_width() // 2, 12 + i * 20), 20, BODY,
                      anchor="midtop")


def _cover_points(surface: pygame.Surface, world: World, view: pygame.Rect) -> None:
    cover = world.resources.get(CoverPoints)
    if cover is None:
        return
    taken = {b.cover for _, b in world.query(Brain) if b.cover >= 0}
    radius = math.hypot(view.width, view.height) / 2
    for i in cover.near(view.centerx, view.centery, radius):
        p = cover.points[i]
        if not view.collidepoint(p.x, p.y):
            continue
        colour = COVER_TAKEN if i in taken else (COVER_STOPS if p.stops else COVER_PIERCED)
        x, y = p.x - view.left, p.y - view.top
        pygame.draw.line(surface, colour, (x, y), (x + p.dir_x * 10, y + p.dir_y * 10), 2)
        pygame.draw.circle(surface, colour, (x, y), 2)


def _noises(surface: pygame.Surface, world: World, left: int, top: int) -> None:
    log = world.resources.get(NoiseLog)
    if log is None:
        return
    for noise in log.noises:
        if noise.until_s > world.time_s:
            pygame.draw.circle(surface, NOISE, (noise.x - left, noise.y - top), noise.radius, 1)


def _agents(surface: pygame.Surface, world: World, view: pygame.Rect, text: TextCache) -> None:
    light = world.resources.get(LightField) or LightField()
    cones = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
    for eid, per, aware in world.query(Perception, Awareness):
        pos, heading = world.get(eid, Position), world.get(eid, Heading)
        if pos is None or not view.inflate(400, 400).collidepoint(pos.x, pos.y):
            continue
        colour = STATE_COLOURS.get(aware.state, BODY)
        reach = per.sight_px * sight_factor(light.ambient)
        _cone(cones, pos, heading.angle if heading else 0.0, per.fov_rad, reach, colour, view)
        _path(surface, world.get(eid, Navigator), pos, view)
        x, y = pos.x - view.left, pos.y - view.top
        if aware.state in ("searching", "combat"):
            lx, ly = aware.last_x - view.left, aware.last_y - view.top
            pygame.draw.line(surface, colour, (lx - 5, ly - 5), (lx + 5, ly + 5), 2)
            pygame.draw.line(surface, colour, (lx - 5, ly + 5), (lx + 5, ly - 5), 2)
        brain = world.get(eid, Brain)
        label = f"{brain.mode if brain else '-'} / {aware.state}"
        text.shadowed(surface, label, (round(x), round(y + 14)), 16, colour, anchor="midtop")
    surface.blit(cones, (0, 0))


def _cone(surface: pygame.Surface, pos: Position, angle: float, fov: float, reach: float,
          colour: tuple[int, int, int], view: pygame.Rect) -> None:
    x, y = pos.x - view.left, pos.y - view.top
    points = [(x, y)]
    for i in range(ARC_STEPS + 1):
        a = angle - fov / 2 + fov * i / ARC_STEPS
        points.append((x + math.cos(a) * reach, y + math.sin(a) * reach))
    pygame.draw.polygon(surface, (*colour, CONE_ALPHA), points)
    pygame.draw.lines(surface, (*colour, 2 * CONE_ALPHA), True, points, 1)


def _path(surface: pygame.Surface, nav: Navigator | None, pos: Position,
          view: pygame.Rect) -> None:
    if nav is None or not nav.path:
        return
    points = [(pos.x - view.left, pos.y - view.top)]
    points += [(px - view.left, py - view.top) for px, py in nav.path]
    pygame.draw.lines(surface, PATH, False, points, 1)
