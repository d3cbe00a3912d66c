"""The LAX map's objects: regions, lights, cover, vehicles, people and the spawn layers."""

from __future__ import annotations

from typing import Any

from tools.maps.lax_plan import CARTS, CONTAINERS, SHEDS, TOWERS, T
from tools.maps.map_objects import Ids, region
from tools.maps.tmx_writer import ObjectLayer

Obj = dict[str, Any]
SODIUM, NEON, COLD = "#ffffb060", "#ffd8e8ff", "#ffc8d8ff"


def regions(ids: Ids) -> list[Obj]:
    return [
        region(ids, "lax", 0, 0, 109, 55, "police_zone"),
        region(ids, "hotel", 3, 3, 37, 35),
        region(ids, "corridor", 3, 20, 37, 24),
        region(ids, "fire-alarm", 9, 26, 12, 28),
        region(ids, "waingro-room", 32, 3, 37, 18),
        region(ids, "car-park", 0, 37, 40, 55),
        region(ids, "eady-car", 4, 45, 12, 51, "exit"),
        region(ids, "tarmac", 42, 0, 106, 55),
        region(ids, "fence-near", 39, 21, 43, 23),
        region(ids, "far-gap", 106, 35, 109, 39, "exit"),
        region(ids, "dark-apron", 58, 38, 61, 41),  # between the towers' pools: the dark way
        region(ids, "dark-east", 94, 37, 96, 39),
        region(ids, "outside-waingro", 32, 20, 37, 23),
        region(ids, "hanna-post", 57, 15, 59, 17),
        # police standing here watch Eady's car (16 m round it): McCauley takes the tarmac
        region(ids, "eady-watch", 0, 32, 24, 55),
    ]


def doors(ids: Ids) -> list[Obj]:
    """Waingro keeps his door locked: it gives when McCauley stands outside it."""
    return [{"id": ids(), "name": "waingro-door", "type": "Door", "x": 34 * T, "y": 19 * T,
             "width": 2 * T, "height": T, "props": [("locked", "bool", True),
                                                    ("material", "enum:Material", "wood")]}]


def light(ids: Ids, name: str, col: float, row: float, radius_m: float, intensity: float,
          color: str, flicker: bool = False) -> Obj:
    props = [("radius_m", "float", radius_m), ("intensity", "float", intensity),
             ("color", "color", color)]
    if flicker:
        props.append(("flicker", "bool", True))
    return {"id": ids(), "name": name, "type": "Light", "x": col * T, "y": row * T,
            "point": True, "props": props}


def lights(ids: Ids) -> list[Obj]:
    out = [light(ids, "corridor lamp", c, 22.5, 4.5, 0.7, NEON, flicker=c == 27)
           for c in range(6, 38, 7)]
    out += [light(ids, "lobby lamp", c, 30.5, 6.0, 0.8, "#ffffe0b0") for c in (8, 20, 32)]
    out += [light(ids, "room lamp", c, 10.5, 3.5, 0.55, "#ffffd0a0") for c in (6, 13, 20, 27)]
    out.append(light(ids, "Waingro's bedside lamp", 35, 6.5, 3.0, 0.5, "#ffffc890"))
    out += [light(ids, "car park sodium lamp", c, r, 8.0, 0.75, SODIUM)
            for c, r in ((8, 42), (22, 44), (34, 50), (14, 53))]
    out.append(light(ids, "back door lamp", 39.5, 22, 3.5, 0.6, SODIUM, flicker=True))
    out += [light(ids, "light tower", c + 0.5, r + 0.5, 12.0, 0.8, SODIUM) for c, r in TOWERS]
    out += [light(ids, "runway edge light", c, r, 1.5, 0.5, COLD)
            for c in range(47, 107, 12) for r in (4.5, 13.5)]
    return out


def _cover(ids: Ids, name: str, c0: int, r0: int, c1: int, r1: int, height: str,
           material: str) -> Obj:
    return {"id": ids(), "name": name, "type": "Cover", "x": c0 * T, "y": r0 * T,
            "width": (c1 - c0 + 1) * T, "height": (r1 - r0 + 1) * T,
            "props": [("height", "enum:CoverHeight", height), ("material", "enum:Material",
                                                               material)]}


def cover(ids: Ids) -> list[Obj]:
    out = [_cover(ids, "equipment shed", *shed, "high", "concrete") for shed in SHEDS]
    out += [_cover(ids, "container", c0, r, c1, r, "high", "metal") for c0, r, c1 in CONTAINERS]
    out += [_cover(ids, "baggage cart", c0, r, c1, r, "low", "metal") for c0, r, c1 in CARTS]
    return out


def vehicle(ids: Ids, name: str, model: str, faction: str, col: float, row: float,
            rotation: float = 0) -> Obj:
    size = {"sedan": (104, 46), "police_car": (112, 48)}[model]
    return {"id": ids(), "name": name, "type": "Vehicle", "x": col * T, "y": row * T,
            "width": size[0], "height": size[1], "rotation": rotation,
            "props": [("faction", "enum:Faction", faction), ("model", "enum:VehicleModel", model),
                      ("parked", "bool", True)]}


def vehicles(ids: Ids) -> list[Obj]:
    return [
        vehicle(ids, "Eady's car", "sedan", "civilian", 6, 48),
        vehicle(ids, "unmarked car", "police_car", "lapd", 30, 52, rotation=180),
        vehicle(ids, "parked car", "sedan", "civilian", 16, 40),
        vehicle(ids, "parked car", "sedan", "civilian", 26, 40),
    ]


def character(ids: Ids, template: str, name: str, col: float, row: float, **props: str) -> Obj:
    kinds = {"role": "enum:Role", "faction": "enum:Faction", "weapon": "enum:Weapon",
             "behaviour": "enum:Behaviour"}
    return {"id": ids(), "template": f"templates/{template}.tx", "name": name, "x": col * T,
            "y": row * T, "props": [(k, kinds.get(k, ""), v) for k, v in props.items()]}


GUESTS = ((8, 22), (15, 23), (24, 21), (30, 23), (12, 30), (26, 32), (5, 12), (19, 9))


def people(ids: Ids) -> list[Obj]:
    out = [
        character(ids, "spawn-crew", "McCauley", 20, 50),
        character(ids, "spawn-lapd", "Hanna", 58, 16),
        character(ids, "civilian", "Eady", 9, 48.5, behaviour="hold", group="eady"),
        character(ids, "civilian", "Waingro", 35, 9, role="waingro", faction="target",
                  weapon="none", behaviour="hold", group="waingro"),
    ]
    out += [character(ids, "civilian", "hotel guest", c + 0.5, r + 0.5, group="guests")
            for c, r in GUESTS]
    return out


DETECTIVES = (("Drucker", "drucker", "shotgun", 37, 44), ("Casals", "casals", "pistol", 36, 48),
              ("Bosko", "bosko", "rifle", 34, 54))


def detectives(ids: Ids) -> list[Obj]:
    return [character(ids, "patrol-officer", name, c, r, role=role, weapon=weapon,
                      behaviour="hold", group="unit") for name, role, weapon, c, r in DETECTIVES]


def route(ids: Ids, name: str, points: list[tuple[float, float]]) -> Obj:
    x0, y0 = points[0][0] * T, points[0][1] * T
    return {"id": ids(), "name": name, "type": "PatrolPath", "x": x0, "y": y0,
            "props": [("loop", "bool", False), ("pause_s", "float", 0)],
            "polyline": [(c * T - x0, r * T - y0) for c, r in points]}


def routes(ids: Ids) -> list[Obj]:
    """The approach of the landing jets: in low over the apron from the south-east, onto the
    runway, and the roll-out west along it; their lights sweep what lies ahead."""
    return [route(ids, "approach", [(109, 44), (86, 34), (68, 22), (60, 12), (44, 9)])]


def spawn_layers(ids: Ids) -> list[ObjectLayer]:
    backup = [character(ids, "patrol-officer", f"backup-{i + 1}", c, r, weapon="shotgun",
                        behaviour="hold", group="backup")
              for i, (c, r) in enumerate(((45, 40), (46, 44)))]
    return [ObjectLayer("spawn:unit", detectives(ids), visible=False),
            ObjectLayer("spawn:backup", backup, visible=False)]
