"""Builds maps/drive-in.tmx: the drive-in double-cross, made only of mission-vocabulary data.

McCauley walks into the drive-in to be paid for the bonds; Van Zant's men come out from behind
the screen to kill him instead. Cheritto and Shiherlis watch from the far rows. Survive and get
out the way you came. The crew's side only: the police are not there.

Dressed to read as a drive-in at night: the screen and its struts with a lit apron and a grass
verge, two rows of cars nosed toward it between painted stall lines, each with its speaker post
and wheel stop, the projector booth with its window on the screen, a chain-link fence with the
gate's lamps, and Light objects for the screen's glow, the booth and the speakers.

    python -m tools.maps.build_drive_in
"""

from __future__ import annotations

from pathlib import Path

from tools.maps.scene_tmx import (
    TILESET,
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
T = 32
DOWNTOWN = 33  # firstgid of downtown.tsx (the cars)
TILESETS = ((1, TILESET), (DOWNTOWN, "../assets/tiles/downtown.tsx"))
ROT90 = 0xA0000000  # Tiled's flags for a tile turned a quarter clockwise
ASPHALT, LANE, CONCRETE, GRASS, WALL, BRICK, GLASS = 1, 2, 4, 6, 9, 10, 11
SCREEN_FACE, SPEAKER, LAMP, FENCE, PARKING, WHEEL_STOP = 17, 20, 22, 24, 29, 31
RED_CAR, WHITE_CAR = (0, 12), (4, 16)  # downtown.tsx ids of each car's top and bottom rows
SCREEN = (12, 27)  # the screen's columns, on row 1
GATE = range(9, 16)  # rows of the way in (and out), in the west fence
BOOTH = (18, 18, 21, 20)  # the projector booth: columns and rows, inclusive
# Cars parked facing the screen (two columns wide, four rows deep), and the two in the lane.
PARKED = ((5, 5), (9, 5), (13, 5), (24, 5), (28, 5), (5, 15), (9, 15), (13, 15), (25, 15),
          (29, 15))
LANE_CARS = ((30, 11, WHITE_CAR), (10, 11, RED_CAR))
STALL_LINES = ((4, 8, 12, 16, 23, 27, 31, 35), (4, 8, 12, 16, 24, 28, 32))
SODIUM, SCREEN_GLOW, WARM, AMBER = "#ffffb060", "#ffc8d8ff", "#ffffd890", "#ffffc070"


def tiles() -> dict[str, list[list[int]]]:
    return {"ground": ground(), "walls": walls(), "props": props()}


def ground() -> list[list[int]]:
    rows = grid(W, H, ASPHALT)
    fill(rows, 0, 0, W - 1, 2, CONCRETE)  # behind the screen
    fill(rows, SCREEN[0], 2, SCREEN[1], 2, SCREEN_FACE)  # the lit apron under the picture
    fill(rows, 3, 3, W - 4, 3, GRASS)
    for x in range(2, W - 3, 2):
        rows[12][x] = LANE  # the drive between the rows
    for top, columns in zip((5, 15), STALL_LINES, strict=True):
        for x in columns:
            fill(rows, x, top, x, top + 3, PARKING)
    return rows


def walls() -> list[list[int]]:
    rows = grid(W, H, 0)
    fill(rows, SCREEN[0], 1, SCREEN[1], 1, WALL)  # the screen
    for x in (SCREEN[0] + 1, (SCREEN[0] + SCREEN[1]) // 2, SCREEN[1] - 1):
        rows[0][x] = WALL  # its struts
    box(rows, 0, 0, W - 1, H - 1, FENCE, gaps=tuple((0, y) for y in GATE))
    for y in range(1, H - 1):  # the side fences run north-south: the same tile, turned
        for x in (0, W - 1):
            if rows[y][x] == FENCE:
                rows[y][x] = FENCE | ROT90
    x0, y0, x1, y1 = BOOTH
    fill(rows, x0, y0, x1, y1, BRICK)
    fill(rows, x0 + 1, y0, x1 - 1, y0, GLASS)  # the projector's window, toward the screen
    return rows


def props() -> list[list[int]]:
    rows = grid(W, H, 0)
    for x, y in PARKED:
        car(rows, x, y, RED_CAR if (x + y) % 3 else WHITE_CAR)
        rows[y + 1][x - 1] = SPEAKER  # the speaker post beside the driver's window
        rows[y - 1][x] = rows[y - 1][x + 1] = WHEEL_STOP  # at the nose
    for x, y, model in LANE_CARS:
        for dy, first in enumerate(model):
            for dx in range(4):
                rows[y + dy][x + dx] = DOWNTOWN + first + dx
    rows[GATE.start - 1][1] = rows[GATE.stop][1] = LAMP  # the gate's lamps
    return rows


def car(rows: list[list[int]], x: int, y: int, model: tuple[int, int]) -> None:
    """A car two tiles wide and four deep, its nose toward the screen: the side-on car's
    tiles, each turned a quarter clockwise."""
    for ny in range(4):
        for nx in range(2):
            rows[y + ny][x + nx] = (DOWNTOWN + model[1 - nx] + ny) | ROT90


def light(name: str, x: float, y: float, radius_m: float, intensity: float, color: str) -> Obj:
    return Obj(name, "Light", x * T, y * T, point=True,
               props=[prop("radius_m", radius_m, "float"), prop("intensity", intensity, "float"),
                      prop("color", color, "color")])


def lights() -> list[Obj]:
    out = [light("screen glow", x, 2.8, 7.0, 0.6, SCREEN_GLOW) for x in (15, 20, 25)]
    out += [light("gate lamp", 1.5, y + 0.5, 6.0, 0.7, SODIUM)
            for y in (GATE.start - 1, GATE.stop)]
    out.append(light("projector booth", 20.0, 19.5, 3.5, 0.6, WARM))
    out.append(light("projector beam", 20.0, 16.5, 3.0, 0.35, SCREEN_GLOW))
    out += [light("speaker post", x - 0.5, y + 1.5, 1.2, 0.3, AMBER) for x, y in PARKED]
    return out


def cover() -> list[Obj]:
    """The parked cars' cover, matching the car art's outline."""
    parked = [Obj("parked car", "Cover", x * T + 10, y * T + 6, 44, 116,
                  [prop("height", "low", "CoverHeight"), prop("material", "car_body", "Material")])
              for x, y in PARKED]
    lane = [Obj("parked car", x=x * T, y=y * T, template="templates/cover-car.tx")
            for x, y, _ in LANE_CARS]
    return parked + lane


def objects() -> dict[str, tuple[bool, list[Obj]]]:
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
    return {"cover": (True, cover()), "lights": (True, lights()), "regions": (True, regions),
            "actors": (True, actors),
            "mission": (True, mission), "spawn:ambush": (False, ambush)}


def build(path: Path) -> None:
    properties = [prop("title", "The Drive-in"), prop("sides", "crew"),
             prop("time_limit_s", 120.0, "float"), prop("night", True, "bool"),
             prop("ambient_light", 0.6, "float"),
             prop("briefing", "Van Zant wants to pay for his bonds at a drive-in after dark. "
                  "McCauley goes in alone; Cheritto and Shiherlis watch from the far rows. "
                  "If it is a setup, survive it and get out the way you came.")]
    write_tmx(str(path), W, H, properties, tiles(), objects(), TILESETS)


if __name__ == "__main__":
    build(Path(__file__).resolve().parents[2] / "maps" / "drive-in.tmx")
