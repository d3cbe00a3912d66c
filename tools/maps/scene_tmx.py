"""Writes a Tiled 1.8 .tmx for the short scenes (stake-out, drive-in) from plain data: tile
layers as rows of gids, object layers as lists of objects, through the shared writer in
``tools.maps.tmx_writer`` (the output opens and re-exports in Tiled unchanged)."""

from __future__ import annotations

from dataclasses import dataclass, field

from tools.maps.tmx_writer import ObjectLayer, Prop, TileLayer, map_xml

TILESET = "../assets/tiles/city.tsx"


@dataclass
class Obj:
    name: str
    type: str = ""
    x: float = 0
    y: float = 0
    w: float = 0
    h: float = 0
    props: list[tuple[str, str, str]] = field(default_factory=list)  # name, kind, value
    template: str = ""
    point: bool = False


def prop(name: str, value: object, kind: str = "") -> tuple[str, str, str]:
    """kind: '' string, 'int', 'float', 'bool', or an enum's propertytype name."""
    return name, kind, str(value).lower() if isinstance(value, bool) else str(value)


TYPED_KINDS = {"int", "float", "bool", "color"}


def _kind(kind: str) -> str:
    return kind if not kind or kind in TYPED_KINDS else f"enum:{kind}"


def _props(props: list[tuple[str, str, str]]) -> list[Prop]:
    return [(name, _kind(kind), value) for name, kind, value in sorted(props)]


def _as_dict(oid: int, obj: Obj) -> dict[str, object]:
    return {"id": oid, "template": obj.template, "name": obj.name, "type": obj.type,
            "x": obj.x, "y": obj.y, "width": obj.w, "height": obj.h,
            "props": _props(obj.props), "point": obj.point}


def write_tmx(path: str, width: int, height: int, props: list[tuple[str, str, str]],
              tiles: dict[str, list[list[int]]], objects: dict[str, tuple[bool, list[Obj]]],
              tilesets: tuple[tuple[int, str], ...] = ((1, TILESET),)) -> None:
    """``tiles``: layer name -> rows of gids; ``objects``: layer name -> (visible, objects);
    ``tilesets``: (firstgid, source) of each tileset the gids come from."""
    tile_layers = [TileLayer(name, rows) for name, rows in tiles.items()]
    object_layers, next_id = [], 1
    for name, (visible, objs) in objects.items():
        dicts = [_as_dict(next_id + i, obj) for i, obj in enumerate(objs)]
        next_id += len(objs)
        object_layers.append(ObjectLayer(name, dicts, visible))
    text = map_xml(width, height, _props(props), list(tilesets), tile_layers, object_layers,
                   text_multiline=True)
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)


def grid(width: int, height: int, gid: int) -> list[list[int]]:
    return [[gid] * width for _ in range(height)]


def box(rows: list[list[int]], x0: int, y0: int, x1: int, y1: int, gid: int,
        gaps: tuple[tuple[int, int], ...] = ()) -> None:
    """The outline of a rectangle of tiles (inclusive corners), leaving ``gaps`` open."""
    for y in range(y0, y1 + 1):
        for x in range(x0, x1 + 1):
            edge = x in (x0, x1) or y in (y0, y1)
            if edge and (x, y) not in gaps:
                rows[y][x] = gid


def fill(rows: list[list[int]], x0: int, y0: int, x1: int, y1: int, gid: int) -> None:
    for y in range(y0, y1 + 1):
        for x in range(x0, x1 + 1):
            rows[y][x] = gid


def region(name: str, x: int, y: int, w: int, h: int, kind: str = "trigger") -> Obj:
    """A Region in tiles (x, y, w, h)."""
    return Obj(name, "Region", x * 32, y * 32, w * 32, h * 32, [prop("kind", kind, "RegionKind")])


def character(name: str, x: float, y: float, faction: str, role: str, weapon: str,
              behaviour: str = "idle", group: str = "") -> Obj:
    props = [prop("faction", faction, "Faction"), prop("role", role, "Role"),
             prop("weapon", weapon, "Weapon"), prop("behaviour", behaviour, "Behaviour")]
    if group:
        props.append(prop("group", group))
    return Obj(name, "Character", x, y, props=props, point=True)


def objective(oid: str, kind: str, order: int, side: str, target: str, text: str,
              **extra: object) -> Obj:
    props = [prop("id", oid), prop("kind", kind, "ObjectiveKind"), prop("order", order, "int"),
             prop("side", side, "ObjectiveSide"), prop("target", target), prop("text", text)]
    for key, value in extra.items():
        kind_of = "int" if isinstance(value, int) and not isinstance(value, bool) else \
            "bool" if isinstance(value, bool) else ""
        props.append(prop(key, value, kind_of))
    return Obj(f"objective {oid}", "Objective", 16, 16, props=props, point=True)


def trigger(name: str, when: str, do: str, side: str = "both", **extra: object) -> Obj:
    props = [prop("when", when), prop("do", do)]
    if side != "both":
        props.append(prop("side", side, "ObjectiveSide"))
    for key, value in extra.items():
        props.append(prop(key, value, "float" if isinstance(value, float) else
                          "bool" if isinstance(value, bool) else ""))
    return Obj(name, "Trigger", 16, 48, props=props, point=True)


def phase(name: str, text: str, on_enter: str = "", initial: bool = False) -> Obj:
    props = [prop("text", text)]
    if on_enter:
        props.append(prop("on_enter", on_enter))
    if initial:
        props.append(prop("initial", True, "bool"))
    return Obj(name, "Phase", 80, 16, props=props, point=True)


def lines(table: dict[str, str]) -> Obj:
    return Obj("lines", "Lines", 48, 16, props=[prop(k, v) for k, v in table.items()],
               point=True)
