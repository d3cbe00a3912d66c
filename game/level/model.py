"""The plain level model: what a Tiled map means to the game, with no pytmx or pygame in it."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from game.level.errors import Problem
from game.sim.collision_map import Solid

SPAWN_LAYER = "spawn:"
"""An object layer named spawn:NAME holds a group that appears only when `spawn_group NAME` runs."""


@dataclass(frozen=True, slots=True)
class TileImage:
    """Where one tile's pixels come from: an image file and a source rectangle."""

    image: str  # absolute path
    rect: tuple[int, int, int, int] | None  # None: the whole image
    flip_x: bool = False
    flip_y: bool = False
    flip_d: bool = False  # anti-diagonal flip (Tiled's rotation encoding)


@dataclass(frozen=True, slots=True)
class AnimationFrame:
    tile: int  # key into LevelModel.tiles
    duration_s: float


@dataclass(slots=True)
class TileLayer:
    name: str
    grid: list[list[int]]  # rows of keys into LevelModel.tiles; 0 = empty
    visible: bool = True
    opacity: float = 1.0
    above_actors: bool = False  # drawn over characters (overpass shadow, roofs)


@dataclass(frozen=True, slots=True)
class ImageLayer:
    """A Tiled image layer: one picture drawn at its offset, between the tile layers."""

    name: str
    image: str  # absolute path
    x: int  # world px
    y: int
    before_layer: int  # drawn just before LevelModel.layers[before_layer] (or after all)
    visible: bool = True
    opacity: float = 1.0
    above_actors: bool = False


@dataclass(slots=True)
class MapObject:
    """A Tiled object after template resolution, with its class's defaults applied."""

    id: int
    name: str
    cls: str
    x: float
    y: float
    width: float = 0.0
    height: float = 0.0
    rotation: float = 0.0
    points: tuple[tuple[float, float], ...] = ()  # absolute, for polylines/polygons
    properties: dict[str, Any] = field(default_factory=dict)
    layer: str = ""
    tile: int = 0  # tile objects: key into LevelModel.tiles (x, y is then the top-left)
    above_actors: bool = False  # its object layer is drawn over the actors

    @property
    def centre(self) -> tuple[float, float]:
        """The middle of the shape; Tiled turns rectangles about their top-left corner."""
        hw, hh = self.width / 2.0, self.height / 2.0
        if not self.rotation:
            return self.x + hw, self.y + hh
        turn = math.radians(self.rotation)
        return (self.x + hw * math.cos(turn) - hh * math.sin(turn),
                self.y + hw * math.sin(turn) + hh * math.cos(turn))

    def where(self) -> str:
        label = f" '{self.name}'" if self.name else ""
        return f"object {self.id}{label}"


@dataclass(slots=True)
class LevelModel:
    path: str
    width: int  # tiles
    height: int  # tiles
    tile_w: int
    tile_h: int
    properties: dict[str, Any] = field(default_factory=dict)
    tiles: dict[int, TileImage] = field(default_factory=dict)
    animations: dict[int, tuple[AnimationFrame, ...]] = field(default_factory=dict)
    layers: list[TileLayer] = field(default_factory=list)
    objects: list[MapObject] = field(default_factory=list)
    solids: list[Solid] = field(default_factory=list)
    walkable: list[list[bool]] = field(default_factory=list)  # per tile, for navigation
    sources: list[str] = field(default_factory=list)  # every file read, for hot reload
    surfaces: list[list[str]] = field(default_factory=list)  # footstep surface per tile
    image_layers: list[ImageLayer] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list, compare=False)  # check-map prints

    def surface_at(self, x: float, y: float) -> str:
        tx, ty = int(x // self.tile_w), int(y // self.tile_h)
        if 0 <= ty < len(self.surfaces) and 0 <= tx < len(self.surfaces[ty]):
            return self.surfaces[ty][tx]
        return ""

    @property
    def pixel_size(self) -> tuple[int, int]:
        return self.width * self.tile_w, self.height * self.tile_h

    def objects_of(self, cls: str) -> list[MapObject]:
        """Objects of a class that exist at the start (not those waiting in spawn layers)."""
        return [o for o in self.objects if o.cls == cls and not o.layer.startswith(SPAWN_LAYER)]

    def waiting(self) -> dict[str, list[MapObject]]:
        """Objects of hidden ``spawn:NAME`` layers by NAME: brought in by `spawn_group`."""
        found: dict[str, list[MapObject]] = {}
        for o in self.objects:
            if o.layer.startswith(SPAWN_LAYER):
                found.setdefault(o.layer[len(SPAWN_LAYER):], []).append(o)
        return found
