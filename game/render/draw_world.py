"""Draws the world: tile chunks, decals, bodies, actors, effects, overhead layers, the light,
glows; scales the view by the camera's zoom; then the screen-resolution marks and the inset."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pygame

from game.level.model import LevelModel
from game.render.alarm_lights import AlarmLights
from game.render.assets import Assets
from game.render.camera import Camera
from game.render.decals import paint_decal
from game.render.draw_mission_props import draw_mission_props
from game.render.drawn_rects import blit_rects, effect_rects, mission_prop_rects
from game.render.effects import Effects
from game.render.lighting_layer import LightingLayer, display_surface
from game.render.markers import draw_name_tags, draw_player_mark
from game.render.overhead_cover import blit_bands, cells_hit, recover, uncover
from game.render.postures import posed_sprites
from game.render.shadow_layer import ShadowLayer
from game.render.sprite_cache import DEAD_SUFFIX, HIT_SUFFIX, SpriteCache
from game.render.text_cache import TextCache
from game.render.tile_chunks import (
    CHUNK,
    TileChunks,
    animated_gid,
    build_chunks,
    repaint_flat,
)
from game.sim.components import Appearance, Dead, Heading, Position, Projectile
from game.sim.light_model import LightScene, light_scene
from game.sim.mission import MissionState
from game.sim.vehicles import Vehicle
from game.sim.world import World

TRACER = (255, 236, 170)
TRACER_PX = 22.0  # a round's streak
CULL_PX = 96  # a sprite this far outside the view may still show an edge
INSET = (384, 216)  # world px shown 1:1 in the set-piece inset
INSET_AT = (1280 - 384 - 20, 110)
INSET_FRAME = (255, 190, 80)
DECAL_REACH = 64  # px: a scorch's streaks reach 52 px from its middle


@dataclass
class WorldRenderer:
    level: LevelModel
    assets: Assets
    palette: str = "default"
    chunks: TileChunks = field(init=False)
    sprites: SpriteCache = field(init=False)
    lighting: LightingLayer = field(init=False)
    text: TextCache = field(init=False)
    effects: Effects = field(default_factory=Effects)
    alarm_lights: AlarmLights = field(default_factory=AlarmLights)
    shadows: ShadowLayer = field(default_factory=ShadowLayer)
    decals_drawn: int = 0
    view: pygame.Surface | None = None
    inset: pygame.Surface | None = None
    animated_below: list = field(init=False)
    animated_above: list = field(init=False)
    animated_under_cover: list = field(init=False)  # animated ground tiles' rects

    def __post_init__(self) -> None:
        self.chunks = build_chunks(self.level, self.assets)
        self.animated_below = [t for t in self.chunks.animated if not t.above]
        self.animated_above = [t for t in self.chunks.animated if t.above]
        tiles = self.chunks.tiles
        below = [(t.x, t.y, *tiles[t.gid].get_size()) for t in self.animated_below
                 if t.gid in tiles]
        everywhere = pygame.Rect(0, 0, *self.level.pixel_size)
        self.animated_under_cover = [r for r in below if cells_hit([r], self.chunks.cover,
                                                                   everywhere)]
        self.sprites = SpriteCache(self.assets, self.palette)
        self.lighting = LightingLayer(self.level.pixel_size)
        self.text = TextCache(self.assets)

    def draw(self, surface: pygame.Surface, world: World, camera: Camera, alpha: float) -> None:
        left, top = camera.left, camera.top
        view = self._view(surface, camera.zoom)
        self._bake_decals()
        scene = light_scene(world)
        self._draw_scene(view, world, alpha, left, top, scene)
        self.lighting.draw(view, scene, left, top)
        self._draw_tracers(view, world, alpha, left, top)
        self.effects.draw_glow(view, left, top, self.sprites)
        self.alarm_lights.draw(view, world, left, top)
        if view is not surface:
            pygame.transform.scale(view, surface.get_size(), surface)
        mission = world.resources.get(MissionState)
        player = mission.player if mission is not None else 0
        draw_name_tags(surface, world, player, camera.to_screen, camera.zoom, self.text)
        draw_player_mark(surface, world, player, camera.to_screen, camera.zoom, scene, self.text,
                         self.sprites, alpha)
        self._draw_inset(surface, world, camera, alpha)
        here = world.get(player, Position)
        self.effects.blasts.draw_screen(surface, camera.to_screen, camera.zoom, self.text,
                                        world.time_s, (here.x, here.y) if here else None)

    def _view(self, surface: pygame.Surface, zoom: float) -> pygame.Surface:
        """The surface the world is drawn on: the screen itself at 1x, else a smaller one."""
        if zoom == 1.0:
            return surface
        w, h = surface.get_size()
        size = (math.ceil(w / zoom), math.ceil(h / zoom))
        if self.view is None or self.view.get_size() != size:
            self.view = display_surface(size)
        return self.view

    def _draw_scene(self, view: pygame.Surface, world: World, alpha: float, left: int,
                    top: int, scene: LightScene | None = None) -> None:
        """The ground with the overhead already on it, then what moves, with the overhead
        lifted off the cells it moves in and put back over them (game.render.overhead_cover)."""
        chunks = self.chunks
        actors = self._actor_blits(world, alpha, left, top, *view.get_size())
        # Long shadows on the ground, under the people and the dark.
        shadows = [] if scene is None else \
            self.shadows.blits(view, world, scene, alpha, left, top)
        cells = self._cells_under_cover(view, world, actors + shadows, left, top)
        blit_bands(view, chunks.flat, CHUNK, left, top)
        if cells:
            uncover(view, chunks.below, cells, CHUNK, left, top)
        self._draw_animated(view, world.time_s, left, top, above=False)
        draw_mission_props(view, world, left, top)
        if shadows:
            view.fblits(shadows, pygame.BLEND_MULT)
        view.fblits(actors)
        self.effects.draw(view, left, top)
        if cells:
            recover(view, chunks.above, cells, CHUNK, left, top)
        self._draw_animated(view, world.time_s, left, top, above=True)

    def _cells_under_cover(self, view: pygame.Surface, world: World, actors: list, left: int,
                           top: int) -> list:
        """The overhead's cells in view that something drawn beneath it will touch."""
        cover = self.chunks.cover
        if not cover:
            return []
        rects = blit_rects(actors, left, top) if actors else []
        rects += self.animated_under_cover
        rects += mission_prop_rects(world)
        rects += effect_rects(self.effects)
        if not rects:
            return []
        w, h = view.get_size()
        return cells_hit(rects, cover, pygame.Rect(left, top, w, h))

    def _actor_blits(self, world: World, alpha: float, left: int, top: int, view_w: int,
                     view_h: int) -> list:
        """Vehicles first, then the fallen, then everyone standing; only what is in view."""
        dead, cars = world.store(Dead), world.store(Vehicle)
        headings = world.store(Heading)
        hits, recoil = self.effects.hits, self.effects.recoil
        poses = posed_sprites(world)
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
            sprite = look.sprite if wrecked else poses.get(eid, look.sprite)
            key = sprite + DEAD_SUFFIX if wrecked else \
                sprite + HIT_SUFFIX if eid in hits else sprite
            if eid in recoil:
                x -= math.cos(angle) * 3.0
                y -= math.sin(angle) * 3.0
            image, hw, hh = self.sprites.centred(key, angle)
            layer = layers[0] if car is not None else layers[1] if eid in dead else layers[2]
            layer.append((image, (round(x) - left - hw, round(y) - top - hh)))
        return layers[0] + layers[1] + layers[2]

    def _draw_tracers(self, surface: pygame.Surface, world: World, alpha: float,
                      left: int, top: int) -> None:
        """A short streak behind each round (drawn after the darkness: tracers glow)."""
        line = pygame.draw.line
        for _, pos, shot in world.query(Position, Projectile):
            x = pos.prev_x + (pos.x - pos.prev_x) * alpha - left
            y = pos.prev_y + (pos.y - pos.prev_y) * alpha - top
            tail = TRACER_PX / (math.hypot(shot.vx, shot.vy) or 1.0)
            line(surface, TRACER, (x, y), (x - shot.vx * tail, y - shot.vy * tail))

    def _draw_animated(self, surface: pygame.Surface, time_s: float, left: int, top: int,
                       above: bool) -> None:
        animated = self.animated_above if above else self.animated_below
        if not animated:
            return
        w, h = surface.get_size()
        tiles, frame_of = self.chunks.tiles, {}  # tiles of one kind show the same frame
        for tile in animated:
            sx, sy = tile.x - left, tile.y - top
            if -64 < sx < w and -64 < sy < h:
                gid = frame_of.get(tile.gid)
                if gid is None:
                    gid = frame_of[tile.gid] = animated_gid(self.level, tile.gid, time_s)
                image = tiles.get(gid)
                if image is not None:
                    surface.blit(image, (sx, sy))

    def _draw_inset(self, surface: pygame.Surface, world: World, camera: Camera,
                    alpha: float) -> None:
        """A ram or a blast out of the player's view plays in a framed inset for a moment."""
        focus = self.effects.blasts.focus
        if focus is None:
            return
        sx, sy = camera.to_screen(focus.x, focus.y)
        w, h = surface.get_size()
        if 80 < sx < w - 80 and 80 < sy < h - 80:
            return
        if self.inset is None:
            self.inset = pygame.Surface(INSET)
        left, top = round(focus.x - INSET[0] / 2), round(focus.y - INSET[1] / 2)
        self.inset.fill((0, 0, 0))
        self._draw_scene(self.inset, world, alpha, left, top)
        self.effects.draw_glow(self.inset, left, top, self.sprites)
        frame = pygame.Rect(INSET_AT, INSET).inflate(6, 6)
        pygame.draw.rect(surface, (0, 0, 0), frame.inflate(4, 4))
        pygame.draw.rect(surface, INSET_FRAME, frame, 3)
        surface.blit(self.inset, INSET_AT)
        self.text.shadowed(surface, focus.label, (frame.x + 10, frame.y + 8), 24, INSET_FRAME,
                           True)

    def _bake_decals(self) -> None:
        """New decals are painted into the ground chunks once, so they stay at no cost."""
        for kind, x, y, turn in self.effects.decals[self.decals_drawn:]:
            key = (int(x) // CHUNK, int(y) // CHUNK)
            chunk = self.chunks.below.get(key)
            if chunk is not None:
                cx, cy = int(x) - key[0] * CHUNK, int(y) - key[1] * CHUNK
                paint_decal(chunk, kind, cx, cy, turn)
                repaint_flat(self.chunks, key, pygame.Rect(cx - DECAL_REACH, cy - DECAL_REACH,
                                                          2 * DECAL_REACH, 2 * DECAL_REACH))
        self.decals_drawn = len(self.effects.decals)


def _lerp_angle(a: float, b: float, t: float) -> float:
    diff = (b - a + math.pi) % (2 * math.pi) - math.pi
    return a + diff * t
