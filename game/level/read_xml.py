"""Reads a map's raw XML and rejects what the game cannot use, before pytmx sees it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from game.level.errors import MapError, Problem

SUPPORTED_COMPRESSION = ("", "zlib", "gzip")


def parse_xml(path: Path, what: str = "map") -> ET.Element:
    """Parse a .tmx/.tsx/.tx file; a missing or malformed file is a one-line MapError."""
    try:
        return ET.parse(path).getroot()
    except FileNotFoundError:
        raise MapError.single(str(path), what, "file not found",
                              "check the path, or restore the file") from None
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else 0
        raise MapError.single(str(path), f"line {line}", "not well-formed XML",
                              "re-save the file from Tiled (File > Save)") from None


def check_map_root(root: ET.Element, file: str) -> list[Problem]:
    problems: list[Problem] = []
    if root.tag != "map":
        return [Problem(file, "map", f"root element is <{root.tag}>, not <map>",
                        "open a Tiled .tmx map file")]
    orientation = root.get("orientation", "orthogonal")
    if orientation != "orthogonal":
        problems.append(Problem(file, "map", f"{orientation} maps are not supported",
                                "create an orthogonal map (Map > Map Properties > Orientation)"))
    if root.get("infinite", "0") == "1":
        problems.append(Problem(file, "map", "infinite maps are not supported",
                                "untick Map > Map Properties > Infinite and save"))
    for attr in ("width", "height", "tilewidth", "tileheight"):
        if not root.get(attr, "").isdigit() or int(root.get(attr, "0")) <= 0:
            problems.append(Problem(file, "map", f"map {attr} is missing or not positive",
                                    "set the map size in Map > Map Properties"))
    return problems


def check_tileset_refs(root: ET.Element, path: Path) -> list[Problem]:
    """Every tileset (embedded or .tsx) exists, parses, and points at images that exist."""
    problems: list[Problem] = []
    for node in root.findall("tileset"):
        source = node.get("source")
        base, tsx = path.parent, node
        where = f"tileset '{node.get('name', source or '?')}'"
        if source:
            tsx_path = (path.parent / source).resolve()
            if not tsx_path.is_file():
                problems.append(Problem(str(path), where, f"tileset file {source} not found",
                                        "fix the path in Map > Tilesets, or restore the .tsx"))
                continue
            try:
                tsx = parse_xml(tsx_path, "tileset")
            except MapError as err:
                problems.extend(err.problems)
                continue
            base = tsx_path.parent
        problems.extend(_check_images(tsx, base, str(path), where))
    return problems


def tileset_files(path: Path) -> list[Path]:
    """The external .tsx files a map uses."""
    root = parse_xml(path)
    return [(path.parent / n.get("source", "")).resolve() for n in root.findall("tileset")
            if n.get("source")]


def _check_images(tileset: ET.Element, base: Path, file: str, where: str) -> list[Problem]:
    problems = []
    for image in tileset.iter("image"):
        source = image.get("source", "")
        if source and not (base / source).is_file():
            problems.append(Problem(file, where, f"image {source} not found",
                                    "restore the image or re-point the tileset at it in Tiled"))
    return problems


def walk_layers(root: ET.Element, offset: tuple[float, float] = (0.0, 0.0)):
    """Yield (layer element, total offset) for tile and object layers in drawing order."""
    for node in root:
        x = offset[0] + float(node.get("offsetx", "0"))
        y = offset[1] + float(node.get("offsety", "0"))
        if node.tag == "group":
            yield from walk_layers(node, (x, y))
        elif node.tag in ("layer", "objectgroup", "imagelayer"):
            yield node, (x, y)


def check_layers(root: ET.Element, file: str) -> list[Problem]:
    problems: list[Problem] = []
    for node, (ox, oy) in walk_layers(root):
        where = f"layer '{node.get('name', '')}'"
        if ox != int(ox) or oy != int(oy):
            problems.append(Problem(file, where, f"fractional layer offset ({ox}, {oy})",
                                    "set the layer's Offset to whole pixels"))
        elif node.tag == "layer" and (ox or oy):
            problems.append(Problem(file, where, "tile layers cannot be offset",
                                    "set the layer's Offset to 0, 0"))
        if node.tag == "layer":
            problems.extend(_check_encoding(node, file, where))
        if node.tag == "imagelayer":
            problems.append(Problem(file, where, "image layers are not supported",
                                    "draw it with tiles, or remove the layer"))
    return problems


def _check_encoding(layer: ET.Element, file: str, where: str) -> list[Problem]:
    data = layer.find("data")
    if data is None:
        return [Problem(file, where, "tile layer has no data", "re-save the map from Tiled")]
    encoding, compression = data.get("encoding", ""), data.get("compression", "")
    if data.find("chunk") is not None:
        return [Problem(file, where, "chunked (infinite) layer data is not supported",
                        "untick Map > Map Properties > Infinite and save")]
    if encoding not in ("csv", "base64"):
        return [Problem(file, where, "XML tile layer data is not supported",
                        "set Map > Map Properties > Tile Layer Format to CSV or Base64")]
    if compression not in SUPPORTED_COMPRESSION:
        return [Problem(file, where, f"{compression} compression is not supported",
                        "set Tile Layer Format to CSV, Base64 (uncompressed), zlib or gzip")]
    return []
