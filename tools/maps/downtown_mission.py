"""The downtown mission as map data: objectives (and, once the mission vocabulary exists in the
project, triggers, phases, loot and hidden spawn layers)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tools.maps.tmx_writer import ObjectLayer

Members = Callable[[str], set[str]]


def objective(ids: Any, oid: str, order: int, kind: str, target: str, text: str,
              requires: str = "", x: int = 0) -> dict[str, Any]:
    props = [("id", "", oid), ("kind", "enum:ObjectiveKind", kind), ("order", "int", order),
             ("target", "", target), ("text", "", text)]
    if requires:
        props.append(("requires", "", requires))
    return {"id": ids(), "template": "templates/objective.tx", "name": f"objective {oid}",
            "x": 16 + 32 * x, "y": 16, "props": props}


def layers(ids: Any, members: Members) -> list[ObjectLayer]:
    mission = [
        objective(ids, "car", 1, "reach", "getaway", "Walk the bags to Breedan's car", x=0),
        objective(ids, "out", 2, "reach", "far-car",
                  "Get down the street to a car at the far end", "car", x=1),
    ]
    return [ObjectLayer("mission", mission)]
