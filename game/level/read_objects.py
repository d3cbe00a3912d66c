"""Reads object layers from the raw XML: class or type, templates, typed properties, defaults."""

from __future__ import annotations

import difflib
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.level.errors import MapError, Problem, shorten
from game.level.limits import MAX_IMAGE_PX, MAX_OBJECTS, MAX_POINTS, finite, whole
from game.level.model import MapObject
from game.level.read_xml import allowed_roots, parse_xml, referenced, walk_layers
from game.level.schema import Schema, coerce

REQUIRED: dict[str, tuple[str, ...]] = {"Objective": ("id", "text", "target")}
"""Members that have no sensible default: an empty value is an error."""


@dataclass
class ObjectReader:
    path: Path
    schema: Schema
    problems: list[Problem] = field(default_factory=list)
    templates: dict[Path, ET.Element] = field(default_factory=dict)
    object_tiles: dict[int, int] = field(default_factory=dict)  # Tiled gid -> tile key
    sources: dict[str, tuple[Path | None, str]] = field(default_factory=dict)
    """Each template path as the map names it, resolved once (a map names a few, many times)."""
    roots: list[Path] = field(default_factory=list)  # allowed_roots, worked out on first need

    def read_all(self, root: ET.Element) -> list[MapObject]:
        found: list[MapObject] = []
        for layer, (ox, oy) in walk_layers(root):
            if layer.tag != "objectgroup" or _ignored(layer):
                continue
            nodes = layer.findall("object")
            if len(found) + len(nodes) > MAX_OBJECTS:
                raise MapError.single(str(self.path), "objects", f"over {MAX_OBJECTS} objects",
                                      "split the map, or draw repeated things with tiles")
            above = any(p.get("name") == "above_actors" and p.get("value") == "true"
                        for p in layer.iter("property"))
            for node in nodes:
                obj = self.read(node, shorten(layer.get("name", "")), ox, oy)
                if obj is not None:
                    obj.above_actors = above
                    found.append(obj)
        return found

    def read(self, node: ET.Element, layer: str, ox: float, oy: float) -> MapObject | None:
        label = f"object {shorten(node.get('id', '?'), 12)}" + (
            f" '{shorten(node.get('name'))}'" if node.get("name") else "")
        where = f"{label} in layer '{layer}'"
        base = self._template(node, where)
        if node.get("template") and base is None:
            return None  # already reported; its class lives in the missing template
        merged = dict(base.attrib) if base is not None else {}
        merged.update(node.attrib)
        cls = merged.get("class") or merged.get("type") or ""
        if not cls and node.find("text") is not None:
            return None  # a text object is a designer's note
        try:
            obj = self._shape(node, base, merged, layer, (ox, oy))
        except ValueError as exc:
            self._add(where, f"bad position, size, rotation or points: {shorten(exc, 80)}",
                      "move or redraw the object in Tiled (numbers must be finite and sane)",
                      kind="bad object numbers")
            return None
        raw = _raw_properties(base) if base is not None else {}
        raw.update(_raw_properties(node))
        if not cls:
            obj.properties = {name: text for name, (_, text) in raw.items()}
            return obj  # unclassed: a prop or a note; validate_level says what it does
        if not self._check_class(cls, where):
            return None
        obj.properties = self.typed_properties(cls, raw, where)
        return obj

    def _shape(self, node: ET.Element, base: ET.Element | None, merged: dict[str, str],
               layer: str, offset: tuple[float, float]) -> MapObject:
        """Position, size, rotation, points and tile, all finite and bounded (ValueError)."""
        cls = merged.get("class") or merged.get("type") or ""
        obj = MapObject(
            whole(merged.get("id"), 0), merged.get("name", ""), cls,
            finite(merged.get("x"), 0.0) + offset[0], finite(merged.get("y"), 0.0) + offset[1],
            finite(merged.get("width"), 0.0, 0.0), finite(merged.get("height"), 0.0, 0.0),
            finite(merged.get("rotation"), 0.0, -3600.0, 3600.0) % 360.0, layer=layer,
        )
        if node.get("gid") is not None or (base is not None and base.get("gid") is not None):
            if node.get("gid") is None:
                raise ValueError("tile templates are not supported: place the tile itself")
            obj.tile = self.object_tiles.get(whole(node.get("gid"), 0, 1, 0xFFFFFFFF), 0)
            if max(obj.width, obj.height) > MAX_IMAGE_PX:
                raise ValueError(f"a tile object over {MAX_IMAGE_PX} px a side")
            obj.y -= obj.height  # Tiled anchors a tile object at its bottom-left corner
        shape = node if _has_shape(node) or base is None else base
        obj.points = _points(shape, obj.x, obj.y)
        return obj

    def _template(self, node: ET.Element, where: str) -> ET.Element | None:
        source = node.get("template")
        if not source:
            return None
        found_path = self.sources.get(source)
        if found_path is None:
            self.roots = self.roots or allowed_roots(self.path)
            found_path = self.sources[source] = referenced(self.path.parent, source, self.roots)
        tx, why = found_path
        if tx is None:
            self._add(where, f"template {why}", "keep templates in the map's folder tree or "
                      "the game's maps/templates/ folder", kind="template path")
            return None
        if tx not in self.templates:
            if not tx.is_file():
                self._add(where, f"template {shorten(source)} not found",
                          "fix the path (Replace Template in Tiled) or restore the .tx file",
                          kind=f"template {source} not found")
                return None
            try:
                self.templates[tx] = parse_xml(tx, "template")
            except MapError as err:
                self.problems.extend(err.problems)  # named against the .tx itself
                return None
        found = self.templates[tx].find("object")
        if found is None:
            self.problems.append(Problem(str(tx), "template", "the template holds no object",
                                         "save an object as a template from Tiled"))
        return found

    def _check_class(self, cls: str, where: str) -> bool:
        known = self.schema.object_classes()
        if cls in known:
            return True
        close = difflib.get_close_matches(cls, known, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        self.problems.append(Problem(str(self.path), where, f"unknown Type '{shorten(cls)}'",
                                     f"{hint}set Type to one of: {', '.join(known)}",
                                     kind=f"unknown Type {cls}"))
        return False

    def typed_properties(
        self, cls: str, raw: dict[str, tuple[str, str]], where: str
    ) -> dict[str, Any]:
        cdef = self.schema.classes[cls]
        if cls == "Lines":  # a table of radio/say lines: every property is a key
            return {name: text for name, (_, text) in raw.items()}
        values = {name: member.default for name, member in cdef.members.items()}
        for name, (kind, text) in raw.items():
            member = cdef.members.get(name)
            if member is None:
                self._add(where, f"property '{shorten(name)}' is not part of Type {cls}",
                          f"remove it, or add it to {cls} in maps/heat.tiled-project")
            elif kind in ("list", "class"):
                self._add(where, f"property '{name}' is a {kind} property",
                          f"use a plain {member.type} value")
            else:
                try:
                    values[name] = coerce(member, text, self.schema)
                except ValueError as exc:
                    self._add(where, f"property '{shorten(name)}' = '{shorten(text)}': {exc}",
                              f"give {name} a {member.enum or member.type} value")
        for name in REQUIRED.get(cls, ()):
            if values.get(name) in ("", None):
                self._add(where, f"{cls} needs '{name}'", f"fill in {name} in Tiled")
        return values

    def _add(self, where: str, message: str, fix: str, kind: str = "") -> None:
        self.problems.append(Problem(str(self.path), where, message, fix, kind=kind))


def _ignored(layer: ET.Element) -> bool:
    """A hidden object layer is ignored (check-map warns), unless it is a spawn:NAME group."""
    return layer.get("visible") == "0" and not layer.get("name", "").startswith("spawn:")


def _has_shape(node: ET.Element) -> bool:
    return any(node.find(tag) is not None for tag in ("polyline", "polygon", "point", "ellipse"))


def _points(node: ET.Element, x: float, y: float) -> tuple[tuple[float, float], ...]:
    for tag in ("polyline", "polygon"):
        shape = node.find(tag)
        if shape is not None:
            pairs = shape.get("points", "").split()
            if len(pairs) > MAX_POINTS:
                raise ValueError(f"over {MAX_POINTS} points")
            points = []
            for pair in pairs:
                px, py = pair.split(",")  # ValueError unless exactly two numbers
                points.append((x + finite(px, 0.0), y + finite(py, 0.0)))
            return tuple(points)
    return ()


def _raw_properties(node: ET.Element) -> dict[str, tuple[str, str]]:
    """name -> (declared type, text); class/list properties keep their kind for a clear error."""
    found: dict[str, tuple[str, str]] = {}
    props = node.find("properties")
    if props is None:
        return found
    for prop in props.findall("property"):
        kind = prop.get("type", "string")
        text = prop.get("value")
        found[prop.get("name", "")] = (kind, text if text is not None else (prop.text or ""))
    return found


def read_map_properties(root: ET.Element, schema: Schema, file: str) -> tuple[dict, list]:
    """The map's own properties, typed by the Mission class (with its defaults)."""
    reader = ObjectReader(Path(file), schema)
    raw = _raw_properties(root)
    if "Mission" not in schema.classes:
        return {}, []
    values = reader.typed_properties("Mission", raw, "map properties")
    return values, reader.problems
