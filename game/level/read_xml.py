"""Reads a map's raw XML and rejects what the game cannot use, before pytmx sees it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from game.level.errors import MapError, Problem, shorten
from game.level.limits import (
    MAX_ELEMENTS,
    MAX_FILE_BYTES,
    MAX_LAYER_CELLS,
    MAX_MAP_AREA_PX,
    MAX_MAP_CELLS,
    MAX_MAP_PX,
    MAX_MAP_TILES,
    MAX_TILE_PX,
    MAX_XML_DEPTH,
    finite,
)
from game.level.read_layer_data import check_layer_data
from game.paths import assets_dir, data_root, maps_dir

IGNORED_LAYER_LOOKS = {
    "tintcolor": "tint colour", "parallaxx": "parallax", "parallaxy": "parallax",
    "mode": "blend mode", "repeatx": "image repeat", "repeaty": "image repeat",
}
"""Layer attributes Tiled draws but the game does not (yet): a warning, not a surprise."""


class _TooBigError(Exception):
    pass


class _DepthLimitedBuilder(ET.TreeBuilder):
    """Builds the tree as expat reads it and stops at MAX_XML_DEPTH, so nothing later that walks
    the tree recursively (deepcopy, walk_layers, pytmx) can run out of stack."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.count = 0

    def start(self, tag, attrs):  # type: ignore[override]
        self.depth += 1
        self.count += 1
        if self.depth > MAX_XML_DEPTH or self.count > MAX_ELEMENTS:
            raise _TooBigError
        return super().start(tag, attrs)

    def end(self, tag):  # type: ignore[override]
        self.depth -= 1
        return super().end(tag)


def safe_resolve(path: Path) -> Path | None:
    """The absolute path, or None for a symlink loop or an unresolvable name."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):
        return None


def parse_xml(path: Path, what: str = "map") -> ET.Element:
    """Parse a .tmx/.tsx/.tx file; a missing, huge, looping or malformed file is a one-line
    MapError naming it."""
    file = str(path)
    data = _read_bounded(path, what)
    parser = ET.XMLParser(target=_DepthLimitedBuilder())
    try:
        parser.feed(data)
        return parser.close()
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else 0
        raise MapError.single(file, f"line {line}", "not well-formed XML",
                              "re-save the file from Tiled (File > Save)") from None
    except _TooBigError:
        raise MapError.single(file, what, f"elements nested over {MAX_XML_DEPTH} deep, or over "
                              f"{MAX_ELEMENTS} elements", "flatten the nested groups in Tiled's "
                              "Layers panel, or split the map") from None
    except (LookupError, UnicodeError, ValueError) as exc:
        raise MapError.single(file, what, f"unreadable text encoding ({shorten(exc)})",
                              "re-save the file from Tiled, which writes UTF-8") from None


def _read_bounded(path: Path, what: str) -> bytes:
    file = str(path)
    resolved = safe_resolve(path)
    if resolved is None:
        raise MapError.single(file, what, "the path loops (a symlink to itself?)",
                              "point it at a real file")
    if not resolved.exists():
        raise MapError.single(file, what, "file not found", "check the path, or restore the file")
    if not resolved.is_file():
        raise MapError.single(file, what, "not a regular file (a folder, pipe or device)",
                              "point it at a file saved by Tiled")
    try:
        with resolved.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise MapError.single(file, what, f"cannot be read ({shorten(exc.strerror or exc)})",
                              "check the file's permissions") from None
    if len(data) > MAX_FILE_BYTES:
        raise MapError.single(file, what, f"file is over {MAX_FILE_BYTES // 2**20} MiB",
                              "split the map, or save tile layers compressed") from None
    return data


def allowed_roots(map_path: Path) -> list[Path]:
    """Folders a level may read from: its own folder tree (or, for a map in a folder named
    maps/, the project around it, laid out like the game: maps/ beside assets/) and the game's
    data (maps/, assets/; in a source checkout the checkout, whose test fixtures share the
    game's templates and tiles)."""
    folder = safe_resolve(map_path.parent)
    own = folder.parent if folder is not None and folder.name == "maps" else folder
    found = [safe_resolve(p) for p in (maps_dir(), assets_dir(), data_root())] + [own]
    return [p for p in found if p is not None]


def inside_roots(path: Path | None, roots: list[Path]) -> bool:
    return path is not None and any(path.is_relative_to(root) for root in roots)


def referenced(base: Path, source: str, roots: list[Path]) -> tuple[Path | None, str]:
    """A path a map or tileset names, resolved from ``base``; ("", None) style failures come
    back as (None, why) so the caller can say which file named it."""
    if "\x00" in source:
        return None, f"path '{shorten(source)}' holds a NUL character"
    resolved = safe_resolve(base / source)
    if resolved is None:
        return None, f"path '{shorten(source)}' loops (a symlink to itself?)"
    if not inside_roots(resolved, roots):
        return None, (f"path '{shorten(source)}' leads outside the map's folder and the game's "
                      "maps/ and assets/ folders")
    return resolved, ""


def check_map_root(root: ET.Element, file: str) -> list[Problem]:
    problems: list[Problem] = []
    if root.tag != "map":
        return [Problem(file, "map", f"root element is <{shorten(root.tag)}>, not <map>",
                        "open a Tiled .tmx map file")]
    orientation = root.get("orientation", "orthogonal")
    if orientation != "orthogonal":
        problems.append(Problem(file, "map", f"{shorten(orientation)} maps are not supported",
                                "create an orthogonal map (Map > Map Properties > Orientation)"))
    if root.get("infinite", "0") == "1":
        problems.append(Problem(file, "map", "infinite maps are not supported",
                                "untick Map > Map Properties > Infinite and save"))
    sizes = {}
    for attr, cap in (("width", MAX_MAP_TILES), ("height", MAX_MAP_TILES),
                      ("tilewidth", MAX_TILE_PX), ("tileheight", MAX_TILE_PX)):
        text = root.get(attr, "")
        if not text.isdigit() or len(text) > 9 or int(text) <= 0:
            problems.append(Problem(file, "map", f"map {attr} is missing or not positive",
                                    "set the map size in Map > Map Properties"))
        elif int(text) > cap:
            problems.append(Problem(file, "map", f"map {attr} {text} is over the limit of {cap}",
                                    "make the map smaller in Map > Map Properties"))
        else:
            sizes[attr] = int(text)
    if not problems:
        problems += _check_pixels(file, sizes)
    return problems


def _check_pixels(file: str, sizes: dict[str, int]) -> list[Problem]:
    if sizes["width"] * sizes["height"] > MAX_MAP_CELLS:
        return [Problem(file, "map", f"map is {sizes['width']}x{sizes['height']} tiles, over the "
                        f"limit of {MAX_MAP_CELLS} tiles in all", "make the map smaller in Map > "
                        "Map Properties, or split it")]
    w_px = sizes["width"] * sizes["tilewidth"]
    h_px = sizes["height"] * sizes["tileheight"]
    if max(w_px, h_px) > MAX_MAP_PX or w_px * h_px > MAX_MAP_AREA_PX:
        return [Problem(file, "map", f"map is {w_px}x{h_px} pixels, over the limit of "
                        f"{MAX_MAP_PX} a side and {MAX_MAP_AREA_PX // 2**20} M pixels in all",
                        "make the map or its tiles smaller in Map > Map Properties")]
    return []


def walk_layers(root: ET.Element, offset: tuple[float, float] = (0.0, 0.0)):
    """Yield (layer element, total offset) for tile, object and image layers in drawing order.
    The tree is at most MAX_XML_DEPTH deep (parse_xml), so the recursion is bounded."""
    for node in root:
        x = offset[0] + _offset(node, "offsetx")
        y = offset[1] + _offset(node, "offsety")
        if node.tag == "group":
            yield from walk_layers(node, (x, y))
        elif node.tag in ("layer", "objectgroup", "imagelayer"):
            yield node, (x, y)


def _offset(node: ET.Element, attr: str) -> float:
    try:
        return finite(node.get(attr), 0.0)
    except ValueError:
        return 0.5  # fractional: check_layers reports it with the fix


def check_layers(root: ET.Element, file: str) -> list[Problem]:
    problems: list[Problem] = []
    width, height = int(root.get("width", "0")), int(root.get("height", "0"))
    tile_layers = sum(node.tag == "layer" for node, _ in walk_layers(root))
    if tile_layers * width * height > MAX_LAYER_CELLS:
        return [Problem(file, "map", f"{tile_layers} tile layers of {width}x{height} tiles are "
                        f"over the limit of {MAX_LAYER_CELLS} tiles in all",
                        "merge tile layers, or make the map smaller")]
    for node, (ox, oy) in walk_layers(root):
        where = f"layer '{shorten(node.get('name', ''))}'"
        if ox != int(ox) or oy != int(oy):
            problems.append(Problem(file, where, f"bad or fractional layer offset ({ox}, {oy})",
                                    "set the layer's Offset to whole pixels"))
        elif node.tag == "layer" and (ox or oy):
            problems.append(Problem(file, where, "tile layers cannot be offset",
                                    "set the layer's Offset to 0, 0"))
        if node.tag == "layer":
            problems.extend(check_layer_data(node, file, where, width, height))
        problems.extend(_ignored_looks(node, file, where))
        try:
            finite(node.get("opacity"), 1.0, 0.0, 1.0)
        except ValueError as exc:
            problems.append(Problem(file, where, f"opacity: {shorten(exc)}",
                                    "set the layer's Opacity between 0 and 1"))
    for group in root.iter("group"):
        problems.extend(_ignored_looks(group, file, f"group '{shorten(group.get('name', ''))}'"))
    return problems


def _neutral(attr: str) -> str:
    """The value of a look attribute that changes nothing (Tiled omits it anyway)."""
    return "0" if attr.startswith("repeat") else "1"


def _ignored_looks(node: ET.Element, file: str, where: str) -> list[Problem]:
    found = sorted({label for attr, label in IGNORED_LAYER_LOOKS.items()
                    if node.get(attr) not in (None, "", "normal", _neutral(attr))})
    return [Problem(file, where, f"{label} is ignored by the game", "clear it in the layer's "
                    "properties, or keep it knowing the game draws the layer without it",
                    severity="warning", kind=f"ignored {label}") for label in found]
