"""Checks a tile layer's data before pytmx decodes it: format, size and tile count, with
compressed data inflated only up to the size the layer can hold (no zlib bombs)."""

from __future__ import annotations

import binascii
import xml.etree.ElementTree as ET
import zlib

from game.level.errors import Problem, shorten

SUPPORTED_COMPRESSION = ("", "zlib", "gzip")
WBITS = {"zlib": zlib.MAX_WBITS, "gzip": 16 + zlib.MAX_WBITS}
MAX_RAW_GID = 0xFFFFFFFF
RESAVE = "re-save the map from Tiled"


def check_layer_data(layer: ET.Element, file: str, where: str, width: int,
                     height: int) -> list[Problem]:
    """The layer's data decodes to exactly width x height tiles."""
    found = _format_problem(layer, file, where, width, height)
    if found:
        return [found]
    data = layer.find("data")
    assert data is not None  # _format_problem checked
    text = data.text or ""
    if data.get("encoding") == "csv":
        why = _csv_problem(text, width * height)
    else:
        why = _base64_problem(text, data.get("compression", ""), width * height)
    return [Problem(file, where, why, RESAVE)] if why else []


def _format_problem(layer: ET.Element, file: str, where: str, width: int,
                    height: int) -> Problem | None:
    if (layer.get("width"), layer.get("height")) != (str(width), str(height)):
        return Problem(file, where, f"layer is {shorten(layer.get('width'), 12)}x"
                       f"{shorten(layer.get('height'), 12)} tiles but the map is {width}x{height}",
                       "resize the layer with Map > Resize Map, or re-save the map from Tiled")
    data = layer.find("data")
    if data is None:
        return Problem(file, where, "tile layer has no data", RESAVE)
    encoding, compression = data.get("encoding", ""), data.get("compression", "")
    if data.find("chunk") is not None:
        return Problem(file, where, "chunked (infinite) layer data is not supported",
                       "untick Map > Map Properties > Infinite and save")
    if encoding not in ("csv", "base64"):
        return Problem(file, where, "XML tile layer data is not supported",
                       "set Map > Map Properties > Tile Layer Format to CSV or Base64")
    if compression not in SUPPORTED_COMPRESSION or (compression and encoding == "csv"):
        return Problem(file, where, f"{shorten(compression)} compression is not supported",
                       "set Tile Layer Format to CSV, Base64 (uncompressed), zlib or gzip")
    return None


def _csv_problem(text: str, cells: int) -> str:
    values = text.replace("\n", "").replace("\r", "").strip().split(",")
    if len(values) != cells:
        return f"layer data holds {len(values)} tiles, the map needs {cells}"
    for value in dict.fromkeys(values):  # a layer repeats a few tile numbers: each asked once
        value = value.strip()
        if not value.isdigit() or len(value) > 10 or int(value) > MAX_RAW_GID:
            return f"layer data holds '{shorten(value, 20)}', not a tile number"
    return ""


def _base64_problem(text: str, compression: str, cells: int) -> str:
    try:
        raw = binascii.a2b_base64("".join(text.split()))
    except (binascii.Error, ValueError):
        return "layer data is not valid base64"
    expected = cells * 4
    if compression:
        inflater = zlib.decompressobj(WBITS[compression])
        try:
            out = inflater.decompress(raw, expected + 1)
        except zlib.error:
            return f"layer data is not valid {compression} data"
        if len(out) > expected:
            return f"layer data inflates to more than the {cells} tiles the map needs"
        if not inflater.eof:
            return f"{compression} layer data is cut short"
        if inflater.unused_data:  # pytmx would inflate a second gzip member too
            return f"{compression} layer data has more after its end"
        raw = out
    if len(raw) != expected:
        return f"layer data holds {len(raw) / 4:g} tiles, the map needs {cells}"
    return ""
