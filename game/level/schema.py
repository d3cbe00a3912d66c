"""Our Tiled types (maps/heat.tiled-project): classes, enums, defaults, and value checking.

The project file is the one source of truth: Tiled shows its classes and enums as dropdowns,
and the loader validates objects against, and fills defaults from, the very same definitions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.level.errors import MapError
from game.level.limits import MAX_FLOAT, MAX_INT, finite, whole

SCALAR_TYPES = ("string", "int", "float", "bool", "color", "file", "object")
NUMBER_BOUNDS: dict[str, tuple[float, float]] = {
    "radius_m": (0.0, 1000.0), "intensity": (0.0, 100.0), "ambient_light": (0.0, 1.0),
    "pause_s": (0.0, 86400.0), "hold_s": (0.0, 86400.0), "time_limit_s": (0.0, 86400.0),
    "delay_s": (0.0, 86400.0), "speed_mps": (0.0, 200.0), "weight_kg": (0.0, 10000.0),
    "count": (0.0, 100000.0), "value": (0.0, 1e9),
}
"""Sane ranges for number properties by name; others get +-MAX_FLOAT or +-MAX_INT. The sim
may divide by, loop over or sleep for these, so NaN, inf and 1e308 stop at the loader."""


@dataclass(frozen=True, slots=True)
class Member:
    name: str
    type: str  # string, int, float, bool, color, file, object
    default: Any
    enum: str = ""  # name of the enum when the member's propertyType is one


@dataclass(frozen=True, slots=True)
class ClassDef:
    name: str
    members: dict[str, Member]
    use_as: tuple[str, ...]


@dataclass(slots=True)
class Schema:
    path: str
    classes: dict[str, ClassDef] = field(default_factory=dict)
    enums: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def object_classes(self) -> list[str]:
        return sorted(n for n, c in self.classes.items() if "object" in c.use_as)


def load_schema(path: Path) -> Schema:
    """Read the project file's propertyTypes; a broken file is a MapError naming it."""
    where = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        types = data["propertyTypes"]
    except FileNotFoundError:
        raise MapError.single(where, "project", "the Tiled project file is missing",
                              "restore maps/heat.tiled-project from the repository") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise MapError.single(where, "project", f"not a Tiled project file ({exc})",
                              "re-save it from Tiled or restore it from the repository") from None
    schema = Schema(where)
    for entry in types:
        if entry.get("type") == "enum":
            schema.enums[entry["name"]] = tuple(entry.get("values", ()))
    for entry in types:
        if entry.get("type") == "class":
            schema.classes[entry["name"]] = _class_def(entry, schema)
    return schema


def _class_def(entry: dict[str, Any], schema: Schema) -> ClassDef:
    members = {}
    for raw in entry.get("members", ()):
        enum = raw.get("propertyType", "")
        members[raw["name"]] = Member(
            raw["name"], raw.get("type", "string"), raw.get("value"),
            enum if enum in schema.enums else "",
        )
    return ClassDef(entry["name"], members, tuple(entry.get("useAs", ("object",))))


def coerce(member: Member, raw: str, schema: Schema) -> Any:
    """Turn a property's text into the member's type; ValueError says what was expected."""
    kind = member.type
    if member.enum:
        values = schema.enums[member.enum]
        if raw not in values:
            raise ValueError(f"expected one of {', '.join(values)} ({member.enum})")
        return raw
    if kind == "object":
        return whole(raw, 0, 0, MAX_INT)
    low, high = NUMBER_BOUNDS.get(member.name, (-MAX_FLOAT, MAX_FLOAT))
    if kind == "int":
        return whole(raw, 0, max(int(low), -MAX_INT), min(int(high), MAX_INT))
    if kind == "float":
        return finite(raw, 0.0, low, high)
    if kind == "bool":
        if raw not in ("true", "false"):
            raise ValueError("expected true or false")
        return raw == "true"
    return raw
