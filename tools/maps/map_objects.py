"""Object builders shared by the downtown and LAX map generators: object ids, Regions, property
triples and the mission's objective, trigger and phase properties (dicts for ``tmx_writer``)."""

from __future__ import annotations

from itertools import count
from typing import Any

from tools.maps.tmx_writer import Prop

T = 32  # px per tile in every map
Obj = dict[str, Any]


class Ids:
    """Object ids in the order the objects are made."""

    def __init__(self) -> None:
        self._next = count(1)

    def __call__(self) -> int:
        return next(self._next)


def prop(name: str, value: Any, kind: str = "") -> Prop:
    return (name, kind, value)


def region(ids: Ids, name: str, c0: int, r0: int, c1: int, r1: int, kind: str = "trigger") -> Obj:
    """A Region over tiles c0..c1 x r0..r1 (inclusive)."""
    return {"id": ids(), "name": name, "type": "Region", "x": c0 * T, "y": r0 * T,
            "width": (c1 - c0 + 1) * T, "height": (r1 - r0 + 1) * T,
            "props": [("kind", "enum:RegionKind", kind)]}


def objective(ids: Ids, oid: str, order: int, kind: str, target: str, text: str,
              side: str = "both", requires: str = "", optional: bool = False,
              subject: str = "", count: int = 0) -> Obj:
    """An Objective from the template; crew ones along the top row, LAPD ones further right."""
    props = [prop("id", oid), prop("kind", kind, "enum:ObjectiveKind"),
             prop("order", order, "int"), prop("target", target), prop("text", text),
             prop("side", side, "enum:ObjectiveSide")]
    if requires:
        props.append(prop("requires", requires))
    if optional:
        props.append(prop("optional", True, "bool"))
    if subject:
        props.append(prop("subject", subject))
    if count:
        props.append(prop("count", count, "int"))
    return {"id": ids(), "template": "templates/objective.tx", "name": f"objective {oid}",
            "x": 16 + 32 * order + (320 if side == "lapd" else 0), "y": 16, "props": props}


def trigger_props(when: list[str], do: list[str], side: str, delay_s: float,
                  once: bool) -> list[Prop]:
    """A Trigger's properties: its condition and action lines and the non-default options."""
    props = [prop("when", "\n".join(when)), prop("do", "\n".join(do))]
    if not once:
        props.append(prop("once", False, "bool"))
    if side != "both":
        props.append(prop("side", side, "enum:ObjectiveSide"))
    if delay_s:
        props.append(prop("delay_s", delay_s, "float"))
    return props


def phase_props(text: str, on_enter: list[str], initial: bool) -> list[Prop]:
    props = [prop("on_enter", "\n".join(on_enter)), prop("text", text)]
    if initial:
        props.append(prop("initial", True, "bool"))
    return props
