"""Tiled 1.8's object types, derived from the project's classes (Tiled 1.9+ reads the classes).

Tiled 1.8 fills an object's Type dropdown from an object-types file, not from the project's
classes; we generate that file from heat.tiled-project so the project stays the one source.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from game.level.schema import Schema


def object_types(schema: Schema, project: dict[str, Any]) -> list[dict[str, Any]]:
    """The objecttypes.json entries for every class usable as an object."""
    colours = {t["name"]: t.get("color", "#ffa0a0a4") for t in project["propertyTypes"]}
    entries = []
    for name in schema.object_classes():
        cdef = schema.classes[name]
        props = []
        for member in sorted(cdef.members.values(), key=lambda m: m.name):
            prop: dict[str, Any] = {"name": member.name, "type": member.type,
                                    "value": member.default}
            if member.enum:
                prop["propertytype"] = member.enum
            props.append(prop)
        entries.append({"name": name, "color": colours[name], "properties": props})
    return entries


def render_object_types(schema: Schema, project_path: Path) -> str:
    project = json.loads(project_path.read_text(encoding="utf-8"))
    return json.dumps(object_types(schema, project), indent=4) + "\n"
