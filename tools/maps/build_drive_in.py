"""Builds maps/drive-in.tmx: the drive-in double-cross, made only of mission-vocabulary data.

McCauley walks into the drive-in to be paid for the bonds; Van Zant's men come out from behind
the screen to kill him instead. Cheritto and Shiherlis watch from the far rows. Survive and get
out the way you came. The crew's side only: the police are not there.

    python -m tools.maps.build_drive_in
"""

from __future__ import annotations

from pathlib import Path

from tools.maps.scene_tmx import (
    Obj,
    box,
    character,
    fill,
    grid,
    lines,
    objective,
    phase,
    prop,
    region,
    trigger,
    write_tmx,
)

W, H = 40, 24
ASPHALT, CONCRETE, WALL = 1, 4, 9
CARS = ((6, 6), (14, 6), (24, 6), (6, 17), (14, 17), (26, 17), (30, 11), (10, 11.5))


def tiles() -> dict[str, list[list[int]]]:
    ground = grid(W, H, ASPHALT)
    fill(ground, 0, 0, W - 1, 2, CONCRETE)
    walls = grid(W, H, 0)
    fill(walls, 12, 1, 27, 1, WALL)  # the screen
    box(walls, 0, 0, W - 1, H - 1, WALL, gaps=tuple((0, y) for y in range(9, 16)))
    return {"ground": ground, "walls": walls}


def objects() -> dict[str, tuple[bool, list[Obj]]]:
    cover = [Obj("parked car", x=x * 32, y=y * 32, template="templates/cover-car.tx")
             for x, y in CARS]
    regions = [region("meet", 18, 9, 4, 4), region("exit", 0, 9, 2, 7, "exit")]
    actors = [Obj("mccauley", x=112, y=400, template="templates/spawn-crew.tx"),
              character("Cheritto", 35 * 32, 5 * 32, "crew", "cheritto", "rifle", "hold",
                        "crew"),
              character("Shiherlis", 35 * 32, 19 * 32, "crew", "shiherlis", "rifle", "hold",
                        "crew")]
    ambush = [character("gunman", x * 32 + 16, y * 32 + 16, "lapd", "civilian", weapon,
                        "hold", "hitmen")
              for x, y, weapon in ((26, 3, "pistol"), (32, 6, "pistol"))]
    mission = [
        objective("meet", "reach", 1, "crew", "meet", "Meet Van Zant's man under the screen"),
        objective("out", "reach", 2, "crew", "exit", "Get out alive, the way you came",
                  requires="meet"),
        lines({"wait": "McCauley: Money should be here. Eyes on the rows.",
               "cross": "Cheritto: Behind the screen! It is a setup!",
               "clear": "Shiherlis: Go, go, we have you covered."}),
        phase("arrive", "The meet", "radio wait", initial=True),
        phase("ambush", "Double-cross: get out",
              "spawn_group ambush\nradio cross\nalert hitmen combat\nbehave hitmen advance"),
        trigger("double-cross", "objective_done meet", "set_phase ambush", delay_s=1.0),
        trigger("cover", "phase_entered ambush", "radio clear", delay_s=3.0),
    ]
    return {"cover": (True, cover), "regions": (True, regions), "actors": (True, actors),
            "mission": (True, mission), "spawn:ambush": (False, ambush)}


def build(path: Path) -> None:
    props = [prop("title", "The Drive-in"), prop("sides", "crew"),
             prop("time_limit_s", 120.0, "float"), prop("night", True, "bool"),
             prop("ambient_light", 0.6, "float"),
             prop("briefing", "Van Zant wants to pay for his bonds at a drive-in after dark. "
                  "McCauley goes in alone; Cheritto and Shiherlis watch from the far rows. "
                  "If it is a setup, survive it and get out the way you came.")]
    write_tmx(str(path), W, H, props, tiles(), objects())


if __name__ == "__main__":
    build(Path(__file__).resolve().parents[2] / "maps" / "drive-in.tmx")
