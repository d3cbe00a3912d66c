"""A tiny writer for Tiled 1.8 maps in the spelling Tiled itself saves, for map generators.

Objects are plain dicts; properties are (name, type, value) triples where type is "" (string),
"int", "float", "bool", "object", or "enum:EnumName" (a project enum, written propertytype=).
A value given as a string is written as it is. With ``text_multiline`` a value holding newlines is
written as the element's text (as Tiled saves it) rather than as an attribute.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

Prop = tuple[str, str, Any]


@dataclass
class ObjectLayer:
    name: str
    objects: list[dict[str, Any]] = field(default_factory=list)
    visible: bool = True


@dataclass
class TileLayer:
    name: str
    grid: list[list[int]]
    properties: list[Prop] = field(default_factory=list)


def _value(kind: str, value: Any) -> str:
    if isinstance(value, str):
        return value
    if kind == "bool":
        return "true" if value else "false"
    if kind == "float":
        text = repr(float(value))
        return text[:-2] if text.endswith(".0") else text
    return str(value)


def props_xml(props: list[Prop], indent: str, text_multiline: bool = False) -> list[str]:
    if not props:
        return []
    lines = [f"{indent}<properties>"]
    for name, kind, value in sorted(props, key=lambda p: p[0]):
        if kind.startswith("enum:"):
            attr = f' propertytype="{kind[5:]}"'
        elif kind:
            attr = f' type="{kind}"'
        else:
            attr = ""
        text = _value(kind, value)
        if text_multiline and "\n" in text:
            lines.append(f"{indent} <property name={quoteattr(name)}{attr}>{escape(text)}"
                         "</property>")
        else:
            lines.append(f"{indent} <property name={quoteattr(name)}{attr} "
                         f"value={quoteattr(text)}/>")
    return [*lines, f"{indent}</properties>"]


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def object_xml(obj: dict[str, Any], text_multiline: bool = False) -> list[str]:
    attrs = f'id="{obj["id"]}"'
    if obj.get("template"):
        attrs += f' template="{obj["template"]}"'
    if obj.get("name"):
        attrs += f" name={quoteattr(obj['name'])}"
    if obj.get("type"):
        attrs += f' type="{obj["type"]}"'
    attrs += f' x="{_num(obj["x"])}" y="{_num(obj["y"])}"'
    if obj.get("width"):
        attrs += f' width="{_num(obj["width"])}" height="{_num(obj["height"])}"'
    if obj.get("rotation"):
        attrs += f' rotation="{_num(obj["rotation"])}"'
    inner = props_xml(obj.get("props", []), "   ", text_multiline)
    if obj.get("point"):
        inner.append("   <point/>")
    if obj.get("polyline"):
        points = " ".join(f"{_num(x)},{_num(y)}" for x, y in obj["polyline"])
        inner.append(f'   <polyline points="{points}"/>')
    if not inner:
        return [f"  <object {attrs}/>"]
    return [f"  <object {attrs}>", *inner, "  </object>"]


def map_xml(width: int, height: int, props: list[Prop], tilesets: list[tuple[int, str]],
            tile_layers: list[TileLayer], object_layers: list[ObjectLayer],
            text_multiline: bool = False) -> str:
    next_object = 1 + max((o["id"] for layer in object_layers for o in layer.objects),
                          default=0)
    layer_count = len(tile_layers) + len(object_layers)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" '
        f'renderorder="right-down" width="{width}" height="{height}" tilewidth="32" '
        f'tileheight="32" infinite="0" nextlayerid="{layer_count + 1}" '
        f'nextobjectid="{next_object}">',
        *props_xml(props, " ", text_multiline),
    ]
    lines += [f' <tileset firstgid="{gid}" source="{src}"/>' for gid, src in tilesets]
    layer_id = 0
    for layer in tile_layers:
        layer_id += 1
        lines.append(f' <layer id="{layer_id}" name="{layer.name}" width="{width}" '
                     f'height="{height}">')
        lines += props_xml(layer.properties, "  ", text_multiline)
        lines.append('  <data encoding="csv">')
        rows = [",".join(str(g) for g in row) for row in layer.grid]
        lines.append(",\n".join(rows))
        lines += ["</data>", " </layer>"]
    for layer in object_layers:
        layer_id += 1
        hidden = ' visible="0"' if not layer.visible else ""
        lines.append(f' <objectgroup id="{layer_id}" name="{layer.name}"{hidden}>')
        for obj in layer.objects:
            lines += object_xml(obj, text_multiline)
        lines.append(" </objectgroup>")
    lines.append("</map>")
    return "\n".join(lines) + "\n"


def write_map(argv: list[str], default_out: Path, build: Callable[[], str]) -> int:
    """A generator's ``main``: write the map to argv[1] (or ``default_out``) and print the path."""
    out = Path(argv[1]) if len(argv) > 1 else default_out
    out.write_text(build(), encoding="utf-8", newline="\n")
    print(out)
    return 0
