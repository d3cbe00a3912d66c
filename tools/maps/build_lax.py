"""Write ``maps/lax.tmx``, the finale at LAX: ``python -m tools.maps.build_lax``.

One map, two connected parts: the airport hotel with its car park in the west and, through a
gap in the chain-link fence, the night tarmac in the east (lax_plan.py). Objects are in
lax_objects.py, the mission rules in lax_mission.py. The output is spelled the way Tiled 1.8
saves, so the real Tiled opens, re-saves and exports it unchanged in substance.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.maps import lax_mission, lax_objects, lax_plan, map_objects
from tools.maps.tmx_writer import ObjectLayer, TileLayer, map_xml, write_map

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "maps" / "lax.tmx"

BRIEFING = (
    "Night, by the airport. McCauley was on his way out of the country with Eady when he "
    "learned where Waingro hides: a hotel beside the runways. He told Eady to wait in the car "
    "park. Hanna's detectives are already on the hotel. As McCauley, settle it with Waingro, "
    "then choose: Eady's car, or the fence and the dark tarmac. As Hanna, find him. Out on the "
    "tarmac the landing jets sweep the ground with light every thirty seconds: in the glare "
    "everyone is seen, and a long shadow gives a man away before he is.")


def build() -> str:
    ids = map_objects.Ids()
    object_layers = [
        ObjectLayer("regions", lax_objects.regions(ids)),
        ObjectLayer("lights", lax_objects.lights(ids)),
        ObjectLayer("cover", lax_objects.cover(ids)),
        ObjectLayer("doors", lax_objects.doors(ids)),
        ObjectLayer("vehicles", lax_objects.vehicles(ids)),
        ObjectLayer("actors", lax_objects.people(ids)),
        ObjectLayer("routes", lax_objects.routes(ids)),
    ]
    object_layers += lax_mission.layers(ids, lax_objects.spawn_layers(ids))
    tile_layers = [TileLayer("ground", lax_plan.ground()), TileLayer("walls", lax_plan.walls()),
                   TileLayer("props", lax_plan.props())]
    props = [("ambient_light", "float", 0.1), ("briefing", "", BRIEFING),
             ("night", "bool", True), ("package", "", "lax"), ("sides", "", "crew,lapd"),
             ("time_limit_s", "float", 0), ("title", "", "LAX")]
    return map_xml(lax_plan.W, lax_plan.H, props, [(lax_plan.CITY, "../assets/tiles/city.tsx")],
                   tile_layers, object_layers)


def main(argv: list[str]) -> int:
    return write_map(argv, OUT, build)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
