"""The one wrapper over pytmx: tile layers, tile images, animations and per-tile collision."""

from __future__ import annotations

import copy as copy_module
import logging
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytmx

from game.level.errors import MapError, Problem
from game.level.limits import MAX_GID
from game.level.model import AnimationFrame, TileImage, TileLayer
from game.level.read_xml import walk_layers
from game.sim.collision_map import Solid


@dataclass
class TileData:
    tiles: dict[int, TileImage] = field(default_factory=dict)
    animations: dict[int, tuple[AnimationFrame, ...]] = field(default_factory=dict)
    layers: list[TileLayer] = field(default_factory=list)
    solids: list[Solid] = field(default_factory=list)
    surfaces: list[list[str]] = field(default_factory=list)
    object_tiles: dict[int, int] = field(default_factory=dict)  # Tiled gid -> key into tiles
    problems: list[Problem] = field(default_factory=list)


def read_tiles(path: Path, root: ET.Element) -> TileData:
    """Decode every tile layer with pytmx (no images are loaded) into plain data. The map and
    its tilesets were checked first (numbers, sizes, layer data), so pytmx gets sane input."""
    data = TileData()
    logging.getLogger("pytmx").setLevel(logging.CRITICAL)  # we report its faults ourselves
    try:
        tmx = pytmx.TiledMap()
        tmx.filename = str(path.resolve())  # pytmx joins image paths onto this folder
        for gid in _tile_object_gids(root):
            data.object_tiles[gid] = tmx.register_gid_check_flags(gid)
        tmx.parse_xml(_without_objects(root))
    except Exception as exc:  # pytmx raises bare Exceptions for many map faults
        raise MapError.single(str(path), "tiles", f"pytmx could not read the map "
                              f"({type(exc).__name__}: {str(exc)[:120]})",
                              "re-save the map from Tiled and check its tilesets") from None
    resolved: dict[str, str] = {}  # a tileset's tiles share one image file: resolved once
    for gid, image in enumerate(tmx.images):
        if image:
            data.tiles[gid] = _tile_image(path, image, resolved)
    for gid, props in tmx.tile_properties.items():
        frames = props.get("frames") or ()
        if frames:
            data.animations[gid] = tuple(AnimationFrame(f.gid, f.duration / 1000.0) for f in frames)
    xml_layers = [node for node, _ in walk_layers(root) if node.tag == "layer"]
    hidden = hidden_by_groups(root)
    tmx_layers = [layer for layer in tmx.layers if isinstance(layer, pytmx.TiledTileLayer)]
    for node, layer in zip(xml_layers, tmx_layers, strict=True):
        data.layers.append(_layer(node, layer, node in hidden))
    data.solids = _tile_solids(tmx, data.layers, data.tiles)
    data.surfaces = _surfaces(tmx, data.layers)
    data.problems = _undefined_tiles(path, tmx, data)
    return data


def _tile_object_gids(root: ET.Element) -> list[int]:
    """The Tiled gids of tile objects (pytmx never sees our object layers)."""
    found = set()
    for layer, _ in walk_layers(root):
        for obj in layer.iter("object") if layer.tag == "objectgroup" else ():
            text = obj.get("gid", "")
            if text.isdigit() and len(text) <= 10 and 0 < int(text) <= 0xFFFFFFFF:
                found.add(int(text))
    return sorted(found)


def _undefined_tiles(path: Path, tmx: pytmx.TiledMap, data: TileData) -> list[Problem]:
    """Tiles in layers, animations and tile objects that no tileset defines."""
    problems = []
    for layer in data.layers:
        missing = [gid for row in layer.grid for gid in row if gid and gid not in data.tiles]
        if missing:
            raw = tmx.tiledgidmap.get(missing[0], missing[0]) & MAX_GID
            problems.append(Problem(str(path), f"layer '{layer.name}'", f"{len(missing)} tile(s) "
                                    f"use tile numbers no tileset defines (e.g. gid {raw})",
                                    "erase them, or add the tileset they came from"))
    for gid, frames in data.animations.items():
        if any(f.tile not in data.tiles for f in frames):
            problems.append(Problem(str(path), "tilesets", f"an animation of tile gid "
                                    f"{tmx.tiledgidmap.get(gid, gid) & MAX_GID} shows a tile "
                                    "its tileset does not have", "edit the animation in Tiled"))
    for raw, key in data.object_tiles.items():
        if key not in data.tiles:
            problems.append(Problem(str(path), "tile objects", f"a tile object uses gid "
                                    f"{raw & MAX_GID}, which no tileset defines",
                                    "replace the tile object, or add its tileset",
                                    kind="undefined object gid"))
    return problems


def _surfaces(tmx: pytmx.TiledMap, layers: list[TileLayer]) -> list[list[str]]:
    """Per tile, the footstep surface of the top-most tile that names one."""
    named = {gid: str(p["surface"]) for gid, p in tmx.tile_properties.items() if "surface" in p}
    grid = [[""] * tmx.width for _ in range(tmx.height)]
    for layer in layers:
        for ty, row in enumerate(layer.grid):
            for tx, gid in enumerate(row):
                if gid in named:
                    grid[ty][tx] = named[gid]
    return grid


def _without_objects(root: ET.Element) -> ET.Element:
    """A copy of the map minus object layers: we read objects ourselves, since pytmx rejects
    properties named like its attributes (an Objective's ``id``) and class-typed properties."""
    copy = copy_module.deepcopy(root)  # safe: parse_xml capped the depth
    for parent in [copy, *copy.iter("group")]:
        for child in parent.findall("objectgroup") + parent.findall("imagelayer"):
            parent.remove(child)
    return copy


def _tile_image(path: Path, image: tuple[Any, ...], resolved: dict[str, str]) -> TileImage:
    filename, rect, flags = image
    flip = (bool(flags.flipped_horizontally), bool(flags.flipped_vertically),
            bool(flags.flipped_diagonally)) if flags else (False, False, False)
    full = resolved.get(filename)
    if full is None:
        full = resolved[filename] = str((path.parent / filename).resolve())
    return TileImage(full, tuple(rect) if rect else None, *flip)


def hidden_by_groups(root: ET.Element) -> set[ET.Element]:
    """Layers inside a hidden group layer: Tiled does not draw them, nor do we."""
    return {node for group in root.iter("group") if group.get("visible") == "0"
            for node in group.iter()}


def _layer(node: ET.Element, layer: pytmx.TiledTileLayer, hidden: bool) -> TileLayer:
    props = {p.get("name"): p.get("value") for p in node.iter("property")}
    return TileLayer(
        node.get("name", ""),
        [list(row) for row in layer.data],
        node.get("visible", "1") != "0" and not hidden,
        float(node.get("opacity", "1")),  # checked finite and in 0..1 by check_layers
        props.get("above_actors") == "true",
    )


def _tile_solids(
    tmx: pytmx.TiledMap, layers: list[TileLayer], tiles: dict[int, TileImage]
) -> list[Solid]:
    tw, th = tmx.tilewidth, tmx.tileheight
    shapes: dict[int, list[Solid]] = {}
    for gid, props in tmx.tile_properties.items():
        colliders = props.get("colliders")
        if not colliders:
            continue
        material = str(props.get("material", "concrete"))
        sight = str(props.get("blocks_sight", True)).lower() not in ("false", "0")
        image = tiles.get(gid)
        # A collision shape may carry its own material (a car's window strip of glass in a
        # tile of car body); otherwise it takes the tile's.
        shapes[gid] = [
            _flipped(Solid(float(c.x), float(c.y), float(c.width), float(c.height),
                           str(getattr(c, "properties", {}).get("material") or material),
                           sight), image, tw, th)
            for c in colliders if c.width and c.height
        ]
    # Each tile's shapes placed as plain rows, merged, and only then made Solids: a big map
    # places thousands. Rows sort by row, height, kind and x, then by their place in the
    # list (the order a stable sort on the first four would keep).
    placed: list[tuple[float, float, str, bool, float, int, float]] = []
    add = placed.append
    for layer in layers:
        for ty, row in enumerate(layer.grid):
            top = ty * th
            for tx, gid in enumerate(row):
                for s in shapes.get(gid, ()):
                    add((top + s.y, s.h, s.material, s.blocks_sight, tx * tw + s.x, len(placed),
                         s.w))
    placed.sort()
    return _merged(placed)


def _merged(placed: list[tuple[float, float, str, bool, float, int, float]]) -> list[Solid]:
    """Sorted rows joined where they touch side by side in the same row, height and kind."""
    runs: list[list] = []  # y, h, material, sight, x, w
    for y, h, material, sight, x, _, w in placed:
        last = runs[-1] if runs else None
        if (last and last[0] == y and last[1] == h and last[2] == material
                and last[3] == sight and abs(last[4] + last[5] - x) < 1e-6):
            last[5] += w
        else:
            runs.append([y, h, material, sight, x, w])
    return [Solid(x, y, w, h, material, sight) for y, h, material, sight, x, w in runs]


def _flipped(s: Solid, image: TileImage | None, tw: int, th: int) -> Solid:
    """Apply Tiled's flip flags to a tile-local collider (diagonal first, then x, then y)."""
    if image is None:
        return s
    x, y, w, h = s.x, s.y, s.w, s.h
    if image.flip_d:
        x, y, w, h = y, x, h, w
    if image.flip_x:
        x = tw - x - w
    if image.flip_y:
        y = th - y - h
    return Solid(x, y, w, h, s.material, s.blocks_sight)
