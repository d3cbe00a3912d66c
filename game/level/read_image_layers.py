"""Reads Tiled image layers into the level model: one checked PNG each, drawn between the tile
layers where Tiled draws it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from game.level.errors import Problem, shorten
from game.level.image_size import png_size
from game.level.limits import MAX_IMAGE_PX, finite
from game.level.model import ImageLayer
from game.level.read_tiles import hidden_by_groups
from game.level.read_xml import allowed_roots, referenced, walk_layers


def read_image_layers(path: Path, root: ET.Element) -> tuple[list[ImageLayer], list[Problem]]:
    layers: list[ImageLayer] = []
    problems: list[Problem] = []
    tile_layers_before = 0
    roots = allowed_roots(path)
    hidden = hidden_by_groups(root)
    for node, (ox, oy) in walk_layers(root):
        if node.tag == "layer":
            tile_layers_before += 1
        if node.tag != "imagelayer":
            continue
        where = f"layer '{shorten(node.get('name', ''))}'"
        image = node.find("image")
        if image is None or not image.get("source"):
            continue  # Tiled saves an image layer before its image is picked: nothing to draw
        resolved, why = referenced(path.parent, image.get("source", ""), roots)
        try:
            if resolved is None:
                raise ValueError(why)
            size = png_size(resolved)
            opacity = finite(node.get("opacity"), 1.0, 0.0, 1.0)
        except ValueError as exc:
            problems.append(Problem(str(path), where, f"image {shorten(exc, 120)}",
                                    "pick a PNG inside the map's folder or the game's assets/"))
            continue
        if max(size) > MAX_IMAGE_PX:
            problems.append(Problem(str(path), where, f"image is {size[0]}x{size[1]}, over "
                                    f"{MAX_IMAGE_PX} a side", "use a smaller image"))
            continue
        above = any(p.get("name") == "above_actors" and p.get("value") == "true"
                    for p in node.iter("property"))
        layers.append(ImageLayer(node.get("name", ""), str(resolved), int(ox), int(oy),
                                 tile_layers_before,
                                 node.get("visible", "1") != "0" and node not in hidden, opacity,
                                 above))
    return layers, problems
