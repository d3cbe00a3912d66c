"""The downtown map's objects: regions, vehicles, cover, the crew, Hanna's unit, civilians."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tools.maps import downtown_layout as plan
from tools.maps.map_objects import Ids, region

T = plan.T
Obj = dict[str, Any]
CAR_ALARM = ("alarm_s", "float", 25.0)  # every parked car's alarm sounds this long once set off
PANIC = "random"  # the civilians flee, duck behind cars or freeze, one by one from the seed


def regions(ids: Ids) -> list[Obj]:
    c0, r0, c1, r1 = plan.LOT
    return [
        region(ids, "downtown", 0, 0, plan.W - 1, plan.H - 1, "police_zone"),
        region(ids, "bank", 7, 16, 25, 24),
        region(ids, "bank-steps", 12, 24, 20, 28),
        region(ids, "getaway", 19, 27, 27, 32),
        region(ids, "crossing-a", 29, 26, 44, 43),
        region(ids, "mid-block", 45, 26, 76, 43),
        region(ids, "crossing-b", 77, 26, 92, 43),
        region(ids, "parking-lot", c0, r0, c1, r1),
        region(ids, "far-car", 108, 26, 119, 34, "exit"),
        region(ids, "on-ramp", 79, 0, 90, 3, "exit"),
        region(ids, "ways-out", 108, 0, 119, 34, "trigger"),
    ]


def cover(ids: Ids) -> Iterator[Obj]:
    """Cover objects over every prop, each with its material (the tiles carry the same)."""
    cars = [(c, 29) for c, _ in plan.NORTH_CARS] + [(c, 39) for c, _ in plan.SOUTH_CARS]
    cars += [(c, r) for c, r, _ in plan.LOT_CARS]
    for col, row in cars:
        x, y = col * T, row * T
        engine = _cover(ids, "engine block", x + 6, y + 10, 26, 44, "low", "engine_block")
        engine["props"].append(CAR_ALARM)
        yield engine
        yield {"id": ids(), "template": "templates/cover-car.tx", "name": "parked car",
               "x": x + 32, "y": y + 10, "width": 90, "height": 44, "props": [CAR_ALARM]}
    bx, by = plan.BUS_AT[0] * T, plan.BUS_AT[1] * T
    yield _cover(ids, "bus engine", bx, by + 8, 64, 80, "high", "engine_block")
    yield _cover(ids, "bus", bx + 64, by + 8, 320, 80, "high", "car_body")
    for col, row in plan.NEWSSTANDS:
        yield _cover(ids, "newsstand", col * T, row * T + 5, 64, 22, "high", "metal")
    for col, row in plan.PLANTERS:
        yield _cover(ids, "planter", col * T + 3, row * T + 3, 25, 25, "low", "concrete")
    for col in plan.BANK_COLUMNS:
        yield _cover(ids, "column", col * T, plan.BANK[3] * T, 32, 32, "high", "concrete")


def _cover(ids: Ids, name: str, x: float, y: float, w: float, h: float, height: str,
           material: str) -> Obj:
    props = [("height", "enum:CoverHeight", height), ("material", "enum:Material", material)]
    return {"id": ids(), "name": name, "type": "Cover", "x": x, "y": y, "width": w,
            "height": h, "props": props}


def vehicle(ids: Ids, name: str, model: str, faction: str, x: float, y: float,
            rotation: float = 0, route: int = 0, speed: float = 0.0) -> Obj:
    size = {"sedan": (104, 46), "police_car": (112, 48)}[model]
    props = [("faction", "enum:Faction", faction), ("model", "enum:VehicleModel", model),
             ("parked", "bool", True)]
    if route:
        props.append(("route", "object", route))
    if speed:
        props.append(("speed_mps", "float", speed))
    return {"id": ids(), "name": name, "type": "Vehicle", "x": x, "y": y, "width": size[0],
            "height": size[1], "rotation": rotation, "props": props}


def vehicles(ids: Ids) -> list[Obj]:
    return [
        vehicle(ids, "breedan-car", "sedan", "crew", 21 * T, 29 * T + 9),
        vehicle(ids, "east-car", "sedan", "civilian", 112 * T, 29 * T + 9),
        vehicle(ids, "unit-car-1", "police_car", "lapd", 33 * T + 8, 45 * T),
        vehicle(ids, "unit-car-2", "police_car", "lapd", 37 * T, 48 * T + 8),
        vehicle(ids, "unit-car-3", "police_car", "lapd", 33 * T + 8, 20 * T),
    ]


def character(ids: Ids, template: str, name: str, x: float, y: float,
              **props: str) -> Obj:
    kinds = {"role": "enum:Role", "faction": "enum:Faction", "weapon": "enum:Weapon",
             "behaviour": "enum:Behaviour", "panic": "enum:Panic"}
    return {"id": ids(), "template": f"templates/{template}.tx", "name": name, "x": x, "y": y,
            "props": [(k, kinds.get(k, ""), v) for k, v in props.items()]}


def crew(ids: Ids) -> list[Obj]:
    return [
        character(ids, "spawn-crew", "McCauley", 16 * T + 16, 21 * T),
        character(ids, "crew-member", "Shiherlis", 15 * T, 22 * T, role="shiherlis",
                  group="crew"),
        character(ids, "crew-member", "Cheritto", 18 * T, 22 * T, role="cheritto",
                  group="crew"),
        character(ids, "crew-member", "Breedan", 23 * T, 31 * T + 12, role="breedan",
                  weapon="pistol", behaviour="hold", group="driver"),
    ]


UNIT = (("Drucker", "drucker", "rifle", 11 * T, 43 * T + 16),
        ("Casals", "casals", "shotgun", 18 * T, 43 * T + 16),
        ("Bosko", "bosko", "rifle", 8 * T, 43 * T + 16),
        ("Schwartz", "schwartz", "rifle", 23 * T, 43 * T + 16))
UNIFORMS = ((4 * T, 43 * T + 16), (26 * T, 43 * T + 8), (15 * T, 43 * T + 8),
            (14 * T, 43 * T + 16))


def hanna_spawn(ids: Ids) -> list[Obj]:
    """Hanna when he is played: south of the first crossing, out of the crew's sight."""
    return [character(ids, "spawn-lapd", "Hanna", 36 * T + 16, 67 * T)]


def unit(ids: Ids) -> list[Obj]:
    """Hanna's detectives: at their ambush spots in the crew's game; with Hanna in his."""
    return [character(ids, "patrol-officer", name, x, y, role=role, weapon=weapon,
                      behaviour="hold", group="unit") for name, role, weapon, x, y in UNIT]


def uniforms(ids: Ids) -> list[Obj]:
    """Uniformed officers waiting out of sight until the ambush brings them in."""
    return [character(ids, "patrol-officer", f"officer-{i + 1}", x, y,
                      weapon="shotgun" if i % 3 == 2 else "pistol", behaviour="hold",
                      group="uniforms") for i, (x, y) in enumerate(UNIFORMS)]


WALKERS = ((5, 27), (12, 42), (23, 27), (30, 35), (40, 27), (52, 42), (55, 27), (63, 42),
           (67, 27), (73, 42), (78, 30), (85, 27), (91, 38), (102, 42), (108, 27), (116, 42),
           (44, 50), (61, 55), (78, 12), (91, 60))
LOT_PEOPLE = ((100, 50), (108, 50), (115, 56), (96, 56))


FREEZERS = ((30, 35), (23, 27))
"""Walkers who lock up when the shooting catches them between the two sides (the first volley
is fired across the boulevard at the bank end): they freeze there, hands up, in the line."""


def civilians(ids: Ids) -> list[Obj]:
    out = [character(ids, "civilian", "pedestrian", c * T + 16, r * T + 16,
                     panic="freeze" if (c, r) in FREEZERS else PANIC)
           for c, r in WALKERS]
    for i, (c, r) in enumerate(LOT_PEOPLE):
        name = "hostage" if i == 0 else "shopper"
        styles = {} if name == "hostage" else {"panic": PANIC}  # the hostage beat stays as is
        out.append(character(ids, "civilian", name, c * T + 16, r * T + 16, group="lot",
                             **styles))
    return out
