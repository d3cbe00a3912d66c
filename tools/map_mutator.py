"""A seeded map mutator: copies a shipped map with its tileset, image and templates into a
folder laid out like the game (maps/ beside assets/) and damages one of those files the way
hand edits, merges, other tools and attackers do. Used by tests/test_fuzz_maps.py and
tools/fuzz_maps.py; the same seed always gives the same case."""

from __future__ import annotations

import copy
import random
import shutil
import struct
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHIPPED_MAPS = sorted((ROOT / "maps").glob("*.tmx"))
HOSTILE_VALUES = (
    "nan", "NaN", "inf", "-inf", "1e308", "-1e308", "1e999", "-1", "0", "", "abc", "0.5",
    "99999999999999999999999999999", "-2147483649", "4294967295", "4294967296", "1e7",
    "20000", "10000000", " 12 ", "0x10", "\uff11\uff12", "true", "../../../../etc/passwd",
    "/dev/zero", "templates/../../../x.tx", "\u202e\u0000", "é" * 50,
)
NUMBER_ATTRS = ("x", "y", "width", "height", "rotation", "id", "firstgid", "tilewidth",
                "tileheight", "tilecount", "columns", "offsetx", "offsety", "opacity", "gid",
                "duration", "tileid", "spacing", "margin")


@dataclass(frozen=True)
class Case:
    seed: int
    map_path: Path  # the map to load
    target: str  # which file was damaged (map, tileset, template, image)
    mutations: tuple[str, ...]


def make_case(seed: int, folder: Path) -> Case:
    """Copy a random shipped map and its files into ``folder`` and damage one of them."""
    rng = random.Random(seed)
    source = rng.choice(SHIPPED_MAPS)
    maps, tiles = folder / "maps", folder / "assets" / "tiles"
    shutil.copytree(ROOT / "maps" / "templates", maps / "templates")
    shutil.copytree(ROOT / "assets" / "tiles", tiles)
    map_path = maps / source.name
    shutil.copy(source, map_path)
    target = rng.choices(("map", "tileset", "template", "image"), (70, 14, 12, 4))[0]
    if target == "image":
        names = (_damage_image(rng, tiles / "city.png"),)
    else:
        path = {"map": map_path, "tileset": tiles / "city.tsx",
                "template": rng.choice(sorted((maps / "templates").glob("*.tx")))}[target]
        names = _mutate_file(rng, path, folder)
    return Case(seed, map_path, target, names)


def _mutate_file(rng: random.Random, path: Path, folder: Path) -> tuple[str, ...]:
    if rng.random() < 0.12:
        name = rng.choice(sorted(BYTE_MUTATIONS))
        BYTE_MUTATIONS[name](rng, path, folder)
        return (name,)
    tree = ET.parse(path)
    names = []
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        name = rng.choice(sorted(TREE_MUTATIONS))
        TREE_MUTATIONS[name](rng, tree.getroot())
        names.append(name)
    tree.write(path, encoding="UTF-8", xml_declaration=True)
    return tuple(names)


def _elements(root: ET.Element) -> list[ET.Element]:
    return list(root.iter())


def _pick(rng: random.Random, root: ET.Element, tag: str | None = None) -> ET.Element | None:
    found = [e for e in root.iter() if tag is None or e.tag == tag]
    return rng.choice(found) if found else None


def _parent_map(root: ET.Element) -> dict[ET.Element, ET.Element]:
    return {child: parent for parent in root.iter() for child in parent}


def hostile_attribute(rng: random.Random, root: ET.Element) -> None:
    element = rng.choice([e for e in _elements(root) if e.attrib] or [root])
    attr = rng.choice(sorted(element.attrib) or ["x"])
    value = rng.choice(HOSTILE_VALUES)
    element.set(attr, value if rng.random() < 0.9 else "A" * rng.choice((300, 100_000)))


def hostile_number(rng: random.Random, root: ET.Element) -> None:
    found = [(e, a) for e in _elements(root) for a in e.attrib if a in NUMBER_ATTRS]
    if not found:
        return
    element, attr = rng.choice(found)
    element.set(attr, rng.choice(("nan", "inf", "-inf", "1e308", "-1e308", "-1", "0", "1e7",
                                  "3e38", "-0", "2147483647", "12.5", "1" + "0" * 30)))


def hostile_property(rng: random.Random, root: ET.Element) -> None:
    prop = _pick(rng, root, "property")
    if prop is not None:
        prop.set("value", rng.choice(HOSTILE_VALUES))
        if rng.random() < 0.3:
            prop.set("type", rng.choice(("int", "float", "bool", "object", "class", "list",
                                         "color", "file", "weird")))


def scale_number(rng: random.Random, root: ET.Element) -> None:
    found = [(e, a) for e in _elements(root) for a in e.attrib if a in NUMBER_ATTRS]
    if found:
        element, attr = rng.choice(found)
        try:
            value = float(element.get(attr, "0"))
        except ValueError:
            return
        element.set(attr, repr(value * rng.choice((-1, 10, 1000, 1e6, 1e30, 0.001))))


def delete_element(rng: random.Random, root: ET.Element) -> None:
    parents = _parent_map(root)
    if parents:
        child = rng.choice(list(parents))
        parents[child].remove(child)


def duplicate_element(rng: random.Random, root: ET.Element) -> None:
    parents = _parent_map(root)
    if parents:
        child = rng.choice(list(parents))
        for _ in range(rng.choice((1, 1, 5, 200))):
            parents[child].append(copy.deepcopy(child))


def delete_attribute(rng: random.Random, root: ET.Element) -> None:
    element = rng.choice([e for e in _elements(root) if e.attrib] or [root])
    if element.attrib:
        del element.attrib[rng.choice(sorted(element.attrib))]


def change_type(rng: random.Random, root: ET.Element) -> None:
    obj = _pick(rng, root, "object")
    if obj is not None:
        for attr in ("class", "type"):
            obj.attrib.pop(attr, None)
        choice = rng.choice(("Spawn", "Region", "Cover", "Wall", "Light", "Character", "Door",
                             "Vehicle", "Objective", "PatrolPath", "Target", "", "Helicopter"))
        if choice:
            obj.set(rng.choice(("class", "type")), choice)


def deep_nesting(rng: random.Random, root: ET.Element) -> None:
    """Group layers (or any element) nested a few dozen deep (deeper: deep_bytes)."""
    depth = rng.choice((20, 38, 50, 200))
    tag = rng.choice(("group", "group", "properties", "x"))
    top = inner = ET.Element(tag, {"name": "deep"})
    for _ in range(depth):
        inner = ET.SubElement(inner, tag)
    layer = _pick(rng, root, "objectgroup")
    if layer is not None:
        inner.append(copy.deepcopy(layer))
    root.append(top)


def huge_map(rng: random.Random, root: ET.Element) -> None:
    map_ = root if root.tag == "map" else None
    if map_ is not None:
        map_.set(rng.choice(("width", "height")), rng.choice(("20000", "10000000", "1025")))
        if rng.random() < 0.5:
            map_.set("width", "20000")
            map_.set("height", "20000")


def recode_layer(rng: random.Random, root: ET.Element) -> None:
    """Re-encode, cut, pad or bomb a tile layer's data."""
    data = _pick(rng, root, "data")
    if data is None or data.get("encoding") != "csv":
        return
    gids = [int(v) for v in (data.text or "").replace("\n", "").split(",") if v.strip()]
    how = rng.choice(("cut", "pad", "zlib", "gzip", "bomb", "garbage", "bad_gid", "base64"))
    if how in ("cut", "pad"):
        gids = gids[: len(gids) // 2] if how == "cut" else gids + gids[:7]
        data.text = ",".join(map(str, gids))
        return
    if how == "bad_gid":
        gids[rng.randrange(len(gids))] = rng.choice((999, 65536, 0x0FFFFFFF, 4294967295))
        data.text = ",".join(map(str, gids))
        return
    raw = struct.pack(f"<{len(gids)}I", *gids)
    if how == "bomb":
        raw = bytes(rng.choice((4, 64)) * 1024 * 1024)
    packed = {"zlib": zlib.compress, "bomb": zlib.compress,
              "gzip": lambda b: zlib.compress(b, wbits=31)}.get(how, lambda b: b)(raw)
    import base64

    data.set("encoding", "base64")
    if how in ("zlib", "gzip", "bomb"):
        data.set("compression", "gzip" if how == "gzip" else "zlib")
    text = base64.b64encode(packed).decode()
    data.text = text[: len(text) // 2] if how == "garbage" else text


def add_shapes(rng: random.Random, root: ET.Element) -> None:
    """New objects designers and tools write: tile objects, text, polygons, images layers."""
    group = _pick(rng, root, "objectgroup")
    if group is None:
        return
    kind = rng.choice(("tile", "text", "polygon", "polyline", "ellipse", "imagelayer"))
    obj = ET.SubElement(group, "object", {"id": str(rng.randrange(1, 99999)),
                                          "x": rng.choice(("10", "nan", "-5e5", "320")),
                                          "y": rng.choice(("10", "1e308", "320"))})
    if kind == "tile":
        obj.attrib.update(gid=rng.choice(("1", "5", "999", "2147483653", "0")), width="32",
                          height=rng.choice(("32", "0", "1e9")))
        if rng.random() < 0.5:
            obj.set("type", rng.choice(("Wall", "Cover", "")))
    elif kind == "text":
        ET.SubElement(obj, "text").text = "note " * rng.choice((1, 10000))
    elif kind in ("polygon", "polyline"):
        count = rng.choice((1, 3, 50, 5000))
        points = " ".join(f"{rng.choice(('0', '5', 'nan', '1e9'))},{i}" for i in range(count))
        ET.SubElement(obj, kind, {"points": points})
    elif kind == "ellipse":
        ET.SubElement(obj, "ellipse")
    else:
        layer = ET.SubElement(root, "imagelayer", {"id": "99", "name": "picture"})
        ET.SubElement(layer, "image", {"source": rng.choice(
            ("../assets/tiles/city.png", "missing.png", "/etc/passwd", "../../../x.png",
             "../assets/tiles/city.tsx"))})


def layer_looks(rng: random.Random, root: ET.Element) -> None:
    layer = _pick(rng, root, rng.choice(("layer", "objectgroup", "group")))
    if layer is not None:
        attr = rng.choice(("tintcolor", "parallaxx", "mode", "opacity", "visible"))
        layer.set(attr, rng.choice(("#ff0000", "0.5", "add", "nan", "2", "0")))


def point_elsewhere(rng: random.Random, root: ET.Element) -> None:
    """A tileset, template or image path pointing somewhere it should not."""
    found = [e for e in root.iter() if e.get("source") or e.get("template")]
    if found:
        element = rng.choice(found)
        attr = "source" if element.get("source") else "template"
        element.set(attr, rng.choice(("/etc/passwd", "../../../../../etc/hostname",
                                      "missing.tsx", "/dev/zero", ".", "..", "maps",
                                      "city.png", "../tiles/city.tsx", "x" * 5000)))


TREE_MUTATIONS: dict[str, Callable[[random.Random, ET.Element], None]] = {
    f.__name__: f for f in (hostile_attribute, hostile_number, hostile_property, scale_number,
                            delete_element, duplicate_element, delete_attribute, change_type,
                            deep_nesting, huge_map, recode_layer, add_shapes, layer_looks,
                            point_elsewhere)
}


def truncate(rng: random.Random, path: Path, folder: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: rng.randrange(len(data))])


def encoding(rng: random.Random, path: Path, folder: Path) -> None:
    text = path.read_bytes().replace(b'encoding="UTF-8"', b'encoding="%s"' % rng.choice(
        (b"klingon", b"UTF-16", b"latin-1", b"x-mac-roman", b"utf-32", b"ascii")))
    path.write_bytes(text)


def garbage_bytes(rng: random.Random, path: Path, folder: Path) -> None:
    data = bytearray(path.read_bytes())
    for _ in range(rng.choice((1, 5, 50))):
        data[rng.randrange(len(data))] = rng.randrange(256)
    path.write_bytes(bytes(data))


def symlink_loop(rng: random.Random, path: Path, folder: Path) -> None:
    path.unlink()
    path.symlink_to(path.name if rng.random() < 0.5 else path.parent)


def entity_attack(rng: random.Random, path: Path, folder: Path) -> None:
    head = (b'<?xml version="1.0"?>\n<!DOCTYPE map [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">'
            b'<!ENTITY x SYSTEM "file:///etc/passwd">]>\n')
    body = path.read_bytes().split(b"?>", 1)[1]
    body = body.replace(b'name="', b'name="&c;&x;', 1)
    path.write_bytes(head + body)


def deep_bytes(rng: random.Random, path: Path, folder: Path) -> None:
    """Elements nested 1,000 to 500,000 deep (too deep for ElementTree's own writer)."""
    depth = rng.choice((1000, 100_000, 500_000))
    tag = rng.choice((b"group", b"g"))
    data = path.read_bytes()
    end = data.rfind(b"</")
    nest = b"<%s>" % tag * depth + b"</%s>" % tag * depth
    path.write_bytes(data[:end] + nest + data[end:])


BYTE_MUTATIONS: dict[str, Callable[[random.Random, Path, Path], None]] = {
    f.__name__: f for f in (truncate, encoding, garbage_bytes, symlink_loop, entity_attack,
                            deep_bytes)
}


def _damage_image(rng: random.Random, path: Path) -> str:
    """Shrink the tileset image, make it huge (in its header only), or damage its bytes."""
    how = rng.choice(("small", "huge", "bytes", "cut"))
    if how in ("small", "huge"):
        size = (64, 32) if how == "small" else (100_000, 100_000)
        path.write_bytes(tiny_png(*size, data_rows=how == "small"))
    elif how == "bytes":
        data = bytearray(path.read_bytes())
        data[rng.randrange(40, len(data))] ^= 0xFF
        path.write_bytes(bytes(data))
    else:
        data = path.read_bytes()
        path.write_bytes(data[: rng.randrange(8, len(data))])
    return f"image {how}"


def tiny_png(width: int, height: int, data_rows: bool = True) -> bytes:
    """A grey PNG of the given size (a header-only one for sizes too big to hold)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body))
    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height)) if data_rows else b""
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0,
                                                              0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
