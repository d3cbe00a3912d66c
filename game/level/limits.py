"""How big and how far a map may go: the caps that keep a hostile map from exhausting the game,
and the checked number readers that enforce them."""

from __future__ import annotations

import math

MAX_FILE_BYTES = 32 * 1024 * 1024  # a .tmx, .tsx or .tx file
MAX_XML_DEPTH = 40  # nested elements; Tiled writes about 6 plus one per group layer
MAX_MAP_TILES = 1024  # tiles along one side
MAX_TILE_PX = 256  # tile width or height
MAX_MAP_PX = 16384  # pixels along one side
MAX_MAP_AREA_PX = 64 * 1024 * 1024  # pixels in all: the pre-rendered chunks cost 4 bytes each
MAX_MAP_CELLS = 512 * 512  # tiles in one layer: loading and checking cost ~1 s per 65,536
MAX_LAYER_CELLS = 2 * 1024 * 1024  # tile cells over all tile layers
MAX_ELEMENTS = 500_000  # XML elements in one file (a 32 MiB file of <a/> is 8 million)
MAX_TILESETS = 64
MAX_IMAGE_PX = 4096  # an image's side (tileset sheet, tile, image layer, tile object): 64 MB
MAX_TILES_PER_TILESET = 65536
MAX_OBJECTS = 20000
MAX_POINTS = 2000  # points in one polyline or polygon
MAX_COORD = 1_000_000.0  # any object coordinate or size, in pixels
MAX_FLOAT = 1_000_000.0  # any float property
MAX_INT = 1_000_000_000  # any int property
MAX_GID = 0x0FFFFFFF  # Tiled keeps the top bits for flip flags
MAX_FRAME_MS = 3_600_000
FLIP_BITS = 0xF0000000


def finite(text: str | None, default: float, low: float = -MAX_COORD,
           high: float = MAX_COORD) -> float:
    """A number from XML text; ValueError says what was wrong (not a number, NaN, too big)."""
    if text is None or text == "":
        return default
    value = float(text)  # ValueError names the bad text itself
    if not math.isfinite(value):
        raise ValueError(f"{text!r} is not a finite number")
    if not low <= value <= high:
        raise ValueError(f"{value:g} is outside {low:g}..{high:g}")
    return value


def whole(text: str | None, default: int, low: int = 0, high: int = MAX_INT) -> int:
    """A whole number from XML text within [low, high]; ValueError otherwise."""
    if text is None or text == "":
        return default
    stripped = text.strip()
    if len(stripped) > 12 or not stripped.lstrip("-").isdigit():
        raise ValueError(f"'{stripped[:20]}' is not a whole number")
    value = int(stripped)
    if not low <= value <= high:
        raise ValueError(f"{value} is outside {low}..{high}")
    return value
