"""The map's tile layers, image layers and tile-object props pre-rendered once into large chunk
surfaces; animated tiles kept apart."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import pygame

from game.level.model import LevelModel, MapObject, TileImage
from game.level.validate_objects import CLASSES_WITH_SPRITES
from game.render.assets import Assets
from game.render.overhead_cover import Cell, cover_cells, flatten

CHUNK = 512  # px


@dataclass
class AnimatedTile:
    x: int  # world px
    y: int
    gid: int
    above: bool


@dataclass
class TileChunks:
    """Chunks below the actors (ground, walls) and above them (overpass shadow, roofs); the
    two flattened into one ground (``flat``), and the cells where the overhead shows."""

    below: dict[tuple[int, int], pygame.Surface] = field(default_factory=dict)
    above: dict[tuple[int, int], pygame.Surface] = field(default_factory=dict)
    flat: dict[int, pygame.Surface] = field(default_factory=dict)  # full-width bands by row
    cover: frozenset[Cell] = frozenset()
    animated: list[AnimatedTile] = field(default_factory=list)
    tiles: dict[int, pygame.Surface] = field(default_factory=dict)


def build_chunks(level: LevelModel, assets: Assets) -> TileChunks:
    chunks = TileChunks()
    for gid, image in level.tiles.items():
        chunks.tiles[gid] = _tile_surface(assets, image, (level.tile_w, level.tile_h))
    for index, layer in enumerate(level.layers):
        _draw_image_layers(chunks, level, assets, index)
        if not layer.visible:
            continue
        target = chunks.above if layer.above_actors else chunks.below
        for ty, row in enumerate(layer.grid):
            for tx, gid in enumerate(row):
                if not gid or gid not in chunks.tiles:
                    continue
                x, y = tx * level.tile_w, ty * level.tile_h
                if gid in level.animations:
                    chunks.animated.append(AnimatedTile(x, y, gid, layer.above_actors))
                    continue
                tile = chunks.tiles[gid]
                if layer.opacity < 1.0:
                    tile = tile.copy()
                    tile.set_alpha(round(layer.opacity * 255))
                key = (x // CHUNK, y // CHUNK)
                surface = target.get(key) or _new_chunk(target, key, layer.above_actors)
                surface.blit(tile, (x - key[0] * CHUNK, y - key[1] * CHUNK))
    _draw_image_layers(chunks, level, assets, len(level.layers))
    for obj in level.objects:
        if obj.tile in chunks.tiles and obj.cls not in CLASSES_WITH_SPRITES:
            _draw_prop(chunks, obj, chunks.tiles[obj.tile])
    if pygame.display.get_surface() is not None:
        # The ground is opaque: a plain surface in the display format blits several times faster.
        chunks.below = {key: chunk.convert() for key, chunk in chunks.below.items()}
    chunks.above = _cropped(chunks.above)
    chunks.flat = flatten(chunks.below, chunks.above, CHUNK)
    chunks.cover = cover_cells(chunks.above, CHUNK)
    return chunks


def repaint_flat(chunks: TileChunks, key: tuple[int, int], area: pygame.Rect) -> None:
    """After the ground chunk ``key`` changed in ``area`` (chunk px), copy that part to its
    flat band and blend the overhead on it again (a chunk without overhead is part of its
    band already)."""
    piece, ground = chunks.above.get(key), chunks.below.get(key)
    band = chunks.flat.get(key[1])
    if piece is None or ground is None or band is None:
        return
    area = area.clip(ground.get_rect())
    x0 = key[0] * CHUNK
    band.blit(ground, (x0 + area.x, area.y), area)
    image, (ox, oy) = piece
    band.set_clip(area.move(x0, 0))
    band.blit(image, (x0 + ox, oy))
    band.set_clip(None)


def _draw_image_layers(chunks: TileChunks, level: LevelModel, assets: Assets,
                       before: int) -> None:
    """The image layers Tiled draws just before tile layer ``before``."""
    for layer in level.image_layers:
        if layer.before_layer == before and layer.visible:
            image = assets.image_at(Path(layer.image))
            if layer.opacity < 1.0:
                image = image.copy()
                image.set_alpha(round(layer.opacity * 255))
            _blit_world(chunks, image, layer.x, layer.y, layer.above_actors)


def _draw_prop(chunks: TileChunks, obj: MapObject, tile: pygame.Surface) -> None:
    """A tile object where Tiled draws it: scaled to its size, turned about its bottom-left."""
    size = (max(1, round(obj.width)), max(1, round(obj.height)))
    image = tile if tile.get_size() == size else pygame.transform.scale(tile, size)
    x, y = obj.x, obj.y
    if obj.rotation:
        image = pygame.transform.rotate(image, -obj.rotation)
        turn = math.radians(obj.rotation)
        dx, dy = obj.width / 2.0, -obj.height / 2.0  # the middle, from the bottom-left pivot
        cx = obj.x + dx * math.cos(turn) - dy * math.sin(turn)
        cy = obj.y + obj.height + dx * math.sin(turn) + dy * math.cos(turn)
        x, y = cx - image.get_width() / 2.0, cy - image.get_height() / 2.0
    _blit_world(chunks, image, round(x), round(y), obj.above_actors)


def _blit_world(chunks: TileChunks, image: pygame.Surface, x: int, y: int, above: bool) -> None:
    """Blit an image at world (x, y) into every chunk it overlaps."""
    target = chunks.above if above else chunks.below
    w, h = image.get_size()
    for cy in range(max(0, y) // CHUNK, max(0, y + h - 1) // CHUNK + 1):
        for cx in range(max(0, x) // CHUNK, max(0, x + w - 1) // CHUNK + 1):
            surface = target.get((cx, cy)) or _new_chunk(target, (cx, cy), above)
            surface.blit(image, (x - cx * CHUNK, y - cy * CHUNK))


def _cropped(chunks: dict) -> dict:
    """Overhead chunks shrunk to their visible pixels (a shadow band is mostly empty)."""
    cropped = {}
    for key, chunk in chunks.items():
        bounds = chunk.get_bounding_rect()
        if bounds.w and bounds.h:
            cropped[key] = (chunk.subsurface(bounds).copy(), bounds.topleft)
    return cropped


def _new_chunk(target: dict, key: tuple[int, int], transparent: bool) -> pygame.Surface:
    surface = pygame.Surface((CHUNK, CHUNK), pygame.SRCALPHA)
    if not transparent:
        surface.fill((18, 20, 24, 255))
    target[key] = surface
    return surface


def _tile_surface(assets: Assets, image: TileImage, size: tuple[int, int]) -> pygame.Surface:
    """One tile's pixels. The loader checked the sheet is as big as its tileset says; should
    it have changed on disk since, the missing part is left transparent, never a crash."""
    sheet = assets.image_at(Path(image.image))
    if image.rect:
        wanted = pygame.Rect(image.rect)
        tile = pygame.Surface(wanted.size or size, pygame.SRCALPHA)
        tile.blit(sheet, (0, 0), wanted.clip(sheet.get_rect()))
    else:
        tile = sheet.copy()
    if image.flip_d:  # Tiled: anti-diagonal flip first, then horizontal and vertical
        tile = pygame.transform.flip(pygame.transform.rotate(tile, 90), False, True)
    if image.flip_x or image.flip_y:
        tile = pygame.transform.flip(tile, image.flip_x, image.flip_y)
    return tile


def animated_gid(level: LevelModel, gid: int, time_s: float) -> int:
    """The frame of an animated tile at game time ``time_s`` (game clock, not wall time)."""
    frames = level.animations[gid]
    cycle = sum(f.duration_s for f in frames)
    if cycle <= 0:
        return gid
    t = time_s % cycle
    for frame in frames:
        if t < frame.duration_s:
            return frame.tile
        t -= frame.duration_s
    return frames[-1].tile


def blit_chunks(surface: pygame.Surface, chunks: dict, left: int, top: int) -> None:
    """Blit the chunks in view; a chunk is a surface, or (surface, offset in the chunk)."""
    view_w, view_h = surface.get_size()
    blits = []
    for cy in range(top // CHUNK, (top + view_h) // CHUNK + 1):
        for cx in range(left // CHUNK, (left + view_w) // CHUNK + 1):
            chunk = chunks.get((cx, cy))
            if chunk is None:
                continue
            image, (ox, oy) = chunk if isinstance(chunk, tuple) else (chunk, (0, 0))
            blits.append((image, (cx * CHUNK - left + ox, cy * CHUNK - top + oy)))
    surface.fblits(blits)
