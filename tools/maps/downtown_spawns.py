"""The hidden spawn layers of the downtown map: Hanna's escort in his own game, the escalation
(units that drive in and block the second crossing, then the east end) and the shoppers who come
out of the market into the lot once the shooting has started."""

from __future__ import annotations

from typing import Any

from tools.maps.downtown_objects import T, character, vehicle
from tools.maps.tmx_writer import ObjectLayer

SHOPPERS = ((105, 57), (108, 57), (111, 57))
"""Shoppers who walk out of the market's doors into the lot as the crew takes to the street."""
SHOPPERS_PANIC = "random"  # like the people on the street: flee, duck or freeze, from the seed


def route(ids: Any, name: str, points: list[tuple[float, float]]) -> dict[str, Any]:
    x0, y0 = points[0]
    return {"id": ids(), "name": name, "type": "PatrolPath", "x": x0, "y": y0,
            "props": [("loop", "bool", False), ("pause_s", "float", 0)],
            "polyline": [(x - x0, y - y0) for x, y in points]}


def routes(ids: Any) -> list[dict[str, Any]]:
    return [
        route(ids, "block-b1-route", [(85 * T, 69 * T), (85 * T, 47 * T)]),
        route(ids, "block-b2-route", [(84 * T, 1 * T), (84 * T, 22 * T)]),
        route(ids, "block-e1-route", [(119 * T, 35 * T), (106 * T, 35 * T)]),
    ]


def _officer(ids: Any, name: str, col: float, row: float, weapon: str, group: str) -> Any:
    return character(ids, "patrol-officer", name, col * T, row * T, weapon=weapon,
                     behaviour="hold", group=group)


def spawn_layers(ids: Any) -> list[ObjectLayer]:
    blockade = [
        vehicle(ids, "block-b1", "police_car", "lapd", 85 * T - 24, 67 * T + 56, rotation=270),
        vehicle(ids, "block-b2", "police_car", "lapd", 84 * T - 24, 2 * T + 56, rotation=270),
        _officer(ids, "backup-1", 82, 46, "rifle", "backup"),
        _officer(ids, "backup-2", 88, 46, "shotgun", "backup"),
        _officer(ids, "backup-3", 82, 24, "rifle", "backup"),
        _officer(ids, "backup-4", 88, 24, "pistol", "backup"),
    ]
    east = [
        vehicle(ids, "block-e1", "police_car", "lapd", 116 * T, 35 * T + 24, rotation=180),
        _officer(ids, "backup-5", 108, 31, "rifle", "backup"),
        _officer(ids, "backup-6", 108, 38, "shotgun", "backup"),
        _officer(ids, "backup-7", 112, 42, "rifle", "backup"),
    ]
    escort = [_officer(ids, f"escort-{i + 1}", 33 + 2 * i, 65, "rifle", "escort")
              for i in range(4)]
    shoppers = [character(ids, "civilian", "shopper", c * T + 16, r * T + 16,
                          behaviour="wander", panic=SHOPPERS_PANIC)
                for c, r in SHOPPERS]
    return [
        ObjectLayer("spawn:escort", escort, visible=False),
        ObjectLayer("spawn:blockade", blockade, visible=False),
        ObjectLayer("spawn:blockade-east", east, visible=False),
        ObjectLayer("spawn:shoppers", shoppers, visible=False),
        ObjectLayer("routes", routes(ids)),
    ]
