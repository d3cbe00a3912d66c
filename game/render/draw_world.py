"""Draws the world: tile chunks, decals, bodies, actors, tracers, effects, overhead layers."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pygame

from game.level.model import LevelModel
from game.render.assets import Assets
from game.render.camera import Camera
from game.render.effects import Effects
from game.render.sprite_cache import DEAD_SUFFIX, SpriteCache
from game.render.tile_chunks import TileChunks, animated_gid, blit_chunks, build_chunks
from game.sim.components import Appearance, Dead, Heading, Position, Projectile
from game.sim.vehicles import Vehicle
from game.sim.world import World

TRACER = (255, 236, 170)
CULL_PX = 96  # a sprite this far outside the view may still show an edge


@dataclass
class WorldRenderer:
    level: LevelModel
    assets: Assets
    chunks: TileChunks = field(init=False)
    sprites: SpriteCache = field(init=False)
    effects: Effects = field(default_factory=Effects)
    decals_drawn: int = 0

    def __post_init__(self) -> None:
        self.chunks = build_chunks(self.level, self.assets)
        self.sprites = SpriteCache(self.assets)

    def draw(self, surface: pygame.Surface, world: World, camera: Camera, alpha: float) -> None:
        left, top = camera.left, camera.top
        self._bake_decals()
        blit_chunks(surface, self.chunks.below, left, top)
        self._draw_animated(surface, world.time_s, left, top, above=False)
        surface.fblits(self._actor_blits(world, alpha, left, top, *surface.get_size()))
        self._draw_tracers(surface, world, alpha, left, top)
        self.effects.draw(surface, left, top, self.sprites)
        blit_chunks(surface, self.chunks.above, left, top)
        self._draw_animated(surface, world.time_s, left, top, above=True)

    def _actor_blits(self, world: World, alpha: float, left: int, top: int, view_w: int,
                     view_h: int) -> list:
        """Vehicles first, then the fallen, then everyone standing; only what is in view."""
        dead, cars = world.store(Dead), world.store(Vehicle)
        headings = world.store(Heading)
        right, bottom = left + view_w + CULL_PX, top + view_h + CULL_PX
        layers: tuple[list, list, list] = ([], [], [])
        for eid, pos, look in world.query(Position, Appearance):
            x = pos.prev_x + (pos.x - pos.prev_x) * alpha
            y = pos.prev_y + (pos.y - pos.prev_y) * alpha
            if not (left - CULL_PX < x < right and top - CULL_PX < y < bottom):
                continue
            heading = headings.get(eid)
            angle = _lerp_angle(heading.prev_angle, heading.angle, alpha) if heading else 0.0
            car = cars.get(eid)
            wrecked = eid in dead or (car is not None and car.state == "wrecked")
            image, hw, hh = self.sprites.centred(
                look.sprite + DEAD_SUFFIX if wrecked else look.sprite, angle)
            layer = layers[0] if car is not None else layers[1] if eid in dead else layers[2]
            layer.append((image, (round(x) - left - hw, round(y) - top - hh)))
        return layers[0] + layers[1] + layers[2]

    def _draw_tracers(self, surface: pygame.Surface, world: World, alpha: float,
                      left: int, top: int) -> None:
        for _, pos, shot in world.query(Position, Projectile):
            x = pos.prev_x + (pos.x - pos.prev_x) * alpha - left
            y = pos.prev_y + (pos.y - pos.prev_y) * alpha - top
            speed = math.hypot(shot.vx, shot.vy) or 1.0
            tail = 22.0 / speed
            pygame.draw.line(surface, TRACER, (x, y), (x - shot.vx * tail, y - shot.vy * tail))

    def _draw_animated(self, surface: pygame.Surface, time_s: float, left: int, top: int,
                       above: bool) -> None:
        w, h = surface.get_size()
        for tile in self.chunks.animated:
            if tile.above != above:
                continue
            sx, sy = tile.x - left, tile.y - top
            if -64 < sx < w and -64 < sy < h:
                gid = animated_gid(self.level, tile.gid, time_s)
                image = self.chunks.tiles.get(gid)
                if image is not None:
                    surface.blit(image, (sx, sy))

    def _bake_decals(self) -> None:
        """New decals are painted into the ground chunks once, so they stay at no cost."""
        from game.render.tile_chunks import CHUNK

        for kind, x, y, _ in self.effects.decals[self.decals_drawn:]:
            key = (int(x) // CHUNK, int(y) // CHUNK)
            chunk = self.chunks.below.get(key)
            if chunk is None:
                continue
            lx, ly = int(x) - key[0] * CHUNK, int(y) - key[1] * CHUNK
            if kind == "scorch":
                pygame.draw.circle(chunk, (20, 18, 16), (lx, ly), 40)
                pygame.draw.circle(chunk, (34, 30, 26), (lx, ly), 26)
            elif kind == "blood":
                pygame.draw.circle(chunk, (70, 8, 10), (lx, ly), 11)
                pygame.draw.circle(chunk, (95, 12, 14), (lx + 4, ly - 3), 6)
            else:
                pygame.draw.circle(chunk, (12, 12, 14), (lx, ly), 2)
        self.decals_drawn = len(self.effects.decals)


def _lerp_angle(a: float, b: float, t: float) -> float:
    diff = (b - a + math.pi) % (2 * math.pi) - math.pi
    return a + diff * t
