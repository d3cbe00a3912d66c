"""Reads object layers from the raw XML: class or type, templates, typed properties, defaults."""

from __future__ import annotations

import difflib
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.level.errors import MapError, Problem
from game.level.model import MapObject
from game.level.read_xml import parse_xml, walk_layers
from game.level.schema import Schema, coerce

REQUIRED: dict[str, tuple[str, ...]] = {"Objective": ("id", "text", "target")}
"""Members that have no sensible default: an empty value is an error."""


@dataclass
class ObjectReader:
    path: Path
    schema: Schema
    problems: list[Problem] = field(default_factory=list)
    templates: dict[Path, ET.Element] = field(default_factory=dict)

    def read_all(self, root: ET.Element) -> list[MapObject]:
        found: list[MapObject] = []
        for layer, (ox, oy) in walk_layers(root):
            if layer.tag != "objectgroup" or _ignored(layer):
                continue
            for node in layer.findall("object"):
                obj = self.read(node, layer.get("name", ""), ox, oy)
                if obj is not None:
                    found.append(obj)
        return found

    def read(self, node: ET.Element, layer: str, ox: float, oy: float) -> MapObject | None:
        label = f"object {node.get('id', '?')}" + (f" '{node.get('name')}'"
                                                   if node.get("name") else "")
        where = f"{label} in layer '{layer}'"
        base = self._template(node, where)
        if node.get("template") and base is None:
            return None  # already reported; its class lives in the missing template
        merged = dict(base.attrib) if base is not None else {}
        merged.update(node.attrib)
        oid = int(merged.get("id", "0"))
        name = merged.get("name", "")
        cls = merged.get("class") or merged.get("type") or ""
        shape = node if _has_shape(node) or base is None else base
        obj = MapObject(
            oid, name, cls, float(merged.get("x", 0)) + ox, float(merged.get("y", 0)) + oy,
            float(merged.get("width", 0)), float(merged.get("height", 0)),
            float(merged.get("rotation", 0)), layer=layer,
        )
        obj.points = _points(shape, obj.x, obj.y)
        raw = _raw_properties(base) if base is not None else {}
        raw.update(_raw_properties(node))
        if not self._check_class(cls, where):
            return None
        obj.properties = self.typed_properties(cls, raw, where)
        return obj

    def _template(self, node: ET.Element, where: str) -> ET.Element | None:
        source = node.get("template")
        if not source:
            return None
        tx = (self.path.parent / source).resolve()
        if tx not in self.templates:
            if not tx.is_file():
                self._add(where, f"template {source} not found",
                          "fix the path (Replace Template in Tiled) or restore the .tx file")
                return None
            try:
                self.templates[tx] = parse_xml(tx, "template")
            except MapError as err:
                self._add(where, f"template {source} is broken ({err.problems[0].message})",
                          "open the template in Tiled and save it again")
                return None
        found = self.templates[tx].find("object")
        if found is None:
            self._add(where, f"template {source} holds no object",
                      "save an object as a template from Tiled")
        return found

    def _check_class(self, cls: str, where: str) -> bool:
        known = self.schema.object_classes()
        if cls in known:
            return True
        message = "object has no class" if not cls else f"unknown class '{cls}'"
        close = difflib.get_close_matches(cls, known, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        self.problems.append(Problem(str(self.path), where, message,
                                     f"{hint}set Class to one of: {', '.join(known)}"))
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
                self._add(where, f"property '{name}' is not part of class {cls}",
                          f"remove it, or add it to {cls} in maps/heat.tiled-project")
            elif kind in ("list", "class"):
                self._add(where, f"property '{name}' is a {kind} property",
                          f"use a plain {member.type} value")
            else:
                try:
                    values[name] = coerce(member, text, self.schema)
                except ValueError as exc:
                    self._add(where, f"property '{name}' = '{text}': {exc}",
                              f"give {name} a {member.enum or member.type} value")
        for name in REQUIRED.get(cls, ()):
            if values.get(name) in ("", None):
                self._add(where, f"{cls} needs '{name}'", f"fill in {name} in Tiled")
        return values

    def _add(self, where: str, message: str, fix: str) -> None:
        self.problems.append(Problem(str(self.path), where, message, fix))


def _ignored(layer: ET.Element) -> bool:
    """A hidden object layer is ignored (check-map warns), unless it is a spawn:NAME group."""
    return layer.get("visible") == "0" and not layer.get("name", "").startswith("spawn:")


def _has_shape(node: ET.Element) -> bool:
    return any(node.find(tag) is not None for tag in ("polyline", "polygon", "point", "ellipse"))


def _points(node: ET.Element, x: float, y: float) -> tuple[tuple[float, float], ...]:
    for tag in ("polyline", "polygon"):
        shape = node.find(tag)
        if shape is not None:
            pairs = (p.split(",") for p in shape.get("points", "").split())
            return tuple((x + float(px), y + float(py)) for px, py in pairs)
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
