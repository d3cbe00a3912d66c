"""Checks every tileset a map uses before pytmx reads it: paths, numbers, image sizes (from the
PNG header) and animation frames. A fault inside a .tsx is reported against the .tsx."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from game.level.errors import MapError, Problem, shorten
from game.level.image_size import png_size
from game.level.limits import (
    MAX_FRAME_MS,
    MAX_GID,
    MAX_IMAGE_PX,
    MAX_TILE_PX,
    MAX_TILES_PER_TILESET,
    MAX_TILESETS,
    finite,
    whole,
)
from game.level.read_xml import allowed_roots, parse_xml, referenced

RESAVE_TSX = "open the tileset in Tiled and save it again"


@dataclass
class TilesetCheck:
    """Problems found while checking one map's tilesets, and the files they came from."""

    roots: list[Path]
    problems: list[Problem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    def add(self, file: str, where: str, message: str, fix: str = RESAVE_TSX) -> None:
        self.problems.append(Problem(file, where, message, fix))


def check_tilesets(root: ET.Element, path: Path) -> TilesetCheck:
    """Every tileset (embedded or .tsx) exists inside the allowed folders, parses, has sane
    numbers and images no bigger than the game takes and no smaller than it declares."""
    check = TilesetCheck(allowed_roots(path))
    if len(root.findall("tileset")) > MAX_TILESETS:
        check.add(str(path), "map", f"over {MAX_TILESETS} tilesets", "remove unused tilesets "
                  "(Map > Remove Unused Tilesets... or the Tilesets panel)")
        return check
    for node in root.findall("tileset"):
        source = node.get("source")
        where = f"tileset '{shorten(node.get('name') or source or '?')}'"
        try:
            whole(node.get("firstgid"), 0, 1, MAX_GID)
        except ValueError as exc:
            check.add(str(path), where, f"firstgid: {exc}", "re-save the map from Tiled")
        if not source:
            _check_tileset(check, node, path.parent, str(path), where)
            continue
        tsx, why = referenced(path.parent, source, check.roots)
        if tsx is None:
            check.add(str(path), where, why, "keep tilesets in the map's folder or the game's "
                      "assets/ folder and fix the path in Map > Tilesets")
            continue
        if not tsx.is_file():
            check.add(str(path), where, f"tileset file {shorten(source)} not found",
                      "fix the path in Map > Tilesets, or restore the .tsx")
            continue
        try:
            tileset = parse_xml(tsx, "tileset")
        except MapError as err:
            check.problems.extend(err.problems)
            continue
        check.files.append(tsx)
        if tileset.tag != "tileset":
            check.add(str(tsx), "tileset", f"root element is <{shorten(tileset.tag)}>, "
                      "not <tileset>", "point the map at a Tiled .tsx file")
            continue
        _check_tileset(check, tileset, tsx.parent, str(tsx), "tileset")
    return check


def _check_tileset(check: TilesetCheck, node: ET.Element, base: Path, file: str,
                   where: str) -> None:
    try:
        tile_w = whole(node.get("tilewidth"), -1, 1, MAX_TILE_PX)
        tile_h = whole(node.get("tileheight"), -1, 1, MAX_TILE_PX)
        spacing = whole(node.get("spacing"), 0, 0, MAX_IMAGE_PX)
        margin = whole(node.get("margin"), 0, 0, MAX_IMAGE_PX)
        whole(node.get("tilecount"), 0, 0, MAX_TILES_PER_TILESET)
        whole(node.get("columns"), 0, 0, MAX_TILES_PER_TILESET)
    except ValueError as exc:
        check.add(file, where, f"tile size, count, spacing or margin: {exc}")
        return
    if tile_w < 1 or tile_h < 1:
        check.add(file, where, "tileset has no tile size")
        return
    image = node.find("image")
    if image is not None:
        size = _check_image(check, image, base, file, where)
        if size and _grid_count(size, tile_w, tile_h, spacing, margin) > MAX_TILES_PER_TILESET:
            check.add(file, where, f"the image cuts into over {MAX_TILES_PER_TILESET} tiles",
                      "use bigger tiles or a smaller image")
    for tile in node.findall("tile"):
        _check_tile(check, tile, base, file, where, (tile_w, tile_h))


def _grid_count(size: tuple[int, int], tile_w: int, tile_h: int, spacing: int,
                margin: int) -> int:
    columns = max(0, (size[0] - 2 * margin + spacing) // (tile_w + spacing))
    rows = max(0, (size[1] - 2 * margin + spacing) // (tile_h + spacing))
    return columns * rows


def _check_image(check: TilesetCheck, image: ET.Element, base: Path, file: str,
                 where: str) -> tuple[int, int] | None:
    """The declared size, once the image is found to be a PNG at least that big."""
    source = image.get("source", "")
    if not source:
        check.add(file, where, "an image has no source", "pick the image again in Tiled")
        return None
    resolved, why = referenced(base, source, check.roots)
    if resolved is None:
        check.add(file, where, why, "keep images beside the tileset, in the map's folder or "
                  "in the game's assets/ folder")
        return None
    if not resolved.exists():
        check.add(file, where, f"image {shorten(source)} not found",
                  "restore the image or re-point the tileset at it in Tiled")
        return None
    try:
        declared = (whole(image.get("width"), -1, 1, MAX_IMAGE_PX),
                    whole(image.get("height"), -1, 1, MAX_IMAGE_PX))
        actual = png_size(resolved)
    except ValueError as exc:
        check.add(file, where, f"image {shorten(source)}: {exc}",
                  f"save it as a PNG of at most {MAX_IMAGE_PX}x{MAX_IMAGE_PX} and re-open the "
                  "tileset in Tiled so it records the size")
        return None
    if min(declared) < 1:
        check.add(file, where, f"image {shorten(source)} has no recorded size")
        return None
    if max(actual) > MAX_IMAGE_PX:
        check.add(file, where, f"image {shorten(source)} is {actual[0]}x{actual[1]}, over "
                  f"{MAX_IMAGE_PX} a side", "split it into smaller images")
        return None
    if actual[0] < declared[0] or actual[1] < declared[1]:
        check.add(file, where, f"image {shorten(source)} is {actual[0]}x{actual[1]} but the "
                  f"tileset says {declared[0]}x{declared[1]}",
                  "re-open the tileset in Tiled (it re-reads the image size) and save it")
        return None
    check.files.append(resolved)
    return declared


def _check_tile(check: TilesetCheck, tile: ET.Element, base: Path, file: str, where: str,
                tile_size: tuple[int, int]) -> None:
    try:
        tile_id = whole(tile.get("id"), -1, 0, MAX_TILES_PER_TILESET - 1)
        if tile_id < 0:
            raise ValueError("missing")
        for frame in tile.iter("frame"):
            whole(frame.get("tileid"), -1, 0, MAX_TILES_PER_TILESET - 1)
            whole(frame.get("duration"), -1, 0, MAX_FRAME_MS)
    except ValueError as exc:
        check.add(file, f"{where} tile {shorten(tile.get('id'), 12)}",
                  f"tile id, frame tile or frame duration: {exc}")
        return
    image = tile.find("image")
    if image is not None:
        _check_image(check, image, base, file, f"{where} tile {tile_id}")
    reach = 4.0 * max(tile_size)
    for collider in tile.iter("object"):
        try:
            for attr in ("x", "y", "width", "height"):
                finite(collider.get(attr), 0.0, -reach, reach)
            finite(collider.get("rotation"), 0.0, -360.0, 360.0)
        except ValueError as exc:
            check.add(file, f"{where} tile {tile_id}", f"collision shape: {exc}",
                      "redraw the tile's collision in Tiled's Tile Collision Editor")
