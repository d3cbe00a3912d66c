"""Write ``maps/downtown.tmx``, the downtown shootout: ``python -m tools.maps.build_downtown``.

The street plan lives in downtown_layout.py, the tile layers in downtown_tiles.py, the objects
in downtown_objects.py and the mission rules (triggers, phases, objectives, spawn layers) in
downtown_mission.py. The output is what Tiled 1.8 itself writes, so opening and saving the map
in Tiled changes nothing that matters; after editing it by hand in Tiled, stop regenerating.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tools.maps import downtown_mission, downtown_objects, downtown_tiles, map_objects
from tools.maps.tmx_writer import ObjectLayer, TileLayer, map_xml, write_map

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "maps" / "downtown.tmx"

BRIEFING = (
    "One last score: twelve million dollars in cash from a downtown bank, in and out in "
    "minutes. Trejo cannot drive today, so Breedan waits at the wheel. Somebody talked: "
    "Hanna's unit is already on the street when the crew walks out with the bags. As the crew, "
    "get the money and yourself out. As Hanna, stop them before they reach a way out, "
    "without turning the boulevard into a massacre.")


def project_members(class_name: str) -> set[str]:
    """Members of one class in maps/heat.tiled-project (the map only uses what exists)."""
    data = json.loads((ROOT / "maps" / "heat.tiled-project").read_text(encoding="utf-8"))
    for entry in data["propertyTypes"]:
        if entry.get("name") == class_name:
            return {m["name"] for m in entry.get("members", ())}
    return set()


def _drop_unknown(objects: list[dict], known: set[str]) -> list[dict]:
    for obj in objects:
        obj["props"] = [p for p in obj.get("props", []) if p[0] in known]
    return objects


def build() -> str:
    ids = map_objects.Ids()
    character_members = project_members("Character") | {"role", "weapon"}
    people = downtown_objects.crew(ids) + downtown_objects.hanna_spawn(ids)
    people += downtown_objects.civilians(ids)
    object_layers = [
        ObjectLayer("regions", downtown_objects.regions(ids)),
        ObjectLayer("vehicles", downtown_objects.vehicles(ids)),
        ObjectLayer("cover", list(downtown_objects.cover(ids))),
        ObjectLayer("actors", _drop_unknown(people, character_members)),
        *downtown_mission.layers(ids, project_members, {
            "ambush": _drop_unknown(downtown_objects.uniforms(ids), character_members),
            "unit": _drop_unknown(downtown_objects.unit(ids), character_members)}),
    ]
    tile_layers = [
        TileLayer("ground", downtown_tiles.ground()),
        TileLayer("walls", downtown_tiles.walls()),
        TileLayer("props", downtown_tiles.props()),
    ]
    props = [("acoustics", "enum:Acoustics", "street"), ("ambient_light", "float", 0.9),
             ("briefing", "", BRIEFING),
             ("night", "bool", False), ("sides", "", "crew,lapd"),
             ("time_limit_s", "float", 0), ("title", "", "Downtown")]
    if "package" in project_members("Mission"):
        props.append(("package", "", "downtown"))
    tilesets = [(downtown_tiles.CITY, "../assets/tiles/city.tsx"),
                (downtown_tiles.PROPS, "../assets/tiles/downtown.tsx")]
    from tools.maps import downtown_layout as layout

    return map_xml(layout.W, layout.H, props, tilesets, tile_layers, object_layers)


def main(argv: list[str]) -> int:
    return write_map(argv, OUT, build)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
