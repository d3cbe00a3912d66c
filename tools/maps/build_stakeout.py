"""Builds maps/stakeout.tmx: the depository stake-out, made only of mission-vocabulary data.

As the crew: case the yard, hear the careless noise from the surveillance van, and walk away
(the win); going for the vault after it, or staying, fails. As Hanna's unit: keep still in the
van while they case the place (the win); moving or firing while they are near spooks them.

    python -m tools.maps.build_stakeout     (then open the map in Tiled to adjust it)
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
ASPHALT, CONCRETE, FLOOR, WALL = 1, 4, 8, 9
SEAT_X, SEAT_Y = 15 * 32 + 16, 17 * 32 + 16  # Hanna's seat in the van
SPOOKED = "You moved: they felt the van rock, and they walked away from the score."


def tiles() -> dict[str, list[list[int]]]:
    ground = grid(W, H, CONCRETE)
    fill(ground, 0, 10, W - 1, 15, ASPHALT)
    fill(ground, 23, 2, 35, 6, FLOOR)
    walls = grid(W, H, 0)
    box(walls, 22, 1, 36, 7, WALL, gaps=((28, 7), (29, 7)))  # the depository, doors south
    box(walls, 14, 16, 18, 18, WALL, gaps=((18, 17),))  # the van, rear door east
    for x in (5, 9):  # parked cars by the kerb for a little cover
        fill(walls, x, 16, x + 1, 16, WALL)
    return {"ground": ground, "walls": walls}


def regions() -> list[Obj]:
    seat = Obj("seat", "Region", SEAT_X - 20, SEAT_Y - 14, 40, 28,
               [prop("kind", "trigger", "RegionKind")])
    van = region("van", 14, 16, 5, 3)
    return [region("yard", 21, 8, 17, 5), region("vault", 30, 2, 6, 3),
            region("street-west", 0, 9, 2, 8, "exit"), seat, van]


def actors() -> list[Obj]:
    mccauley = Obj("mccauley", x=112, y=400, template="templates/spawn-crew.tx")
    hanna = Obj("hanna", x=SEAT_X, y=SEAT_Y, template="templates/spawn-lapd.tx")
    return [mccauley, hanna,
            character("Cheritto", 80, 432, "crew", "cheritto", "pistol", "follow", "crew"),
            character("Bosko", 16 * 32 + 16, SEAT_Y, "lapd", "bosko", "pistol", "hold", "unit"),
            character("Casals", 17 * 32 + 16, SEAT_Y, "lapd", "casals", "shotgun", "hold",
                      "unit")]


def mission() -> list[Obj]:
    return [
        objective("case", "reach", 1, "crew", "yard", "Case the depository yard"),
        objective("heard", "scripted", 2, "crew", "careless noise", "Listen to the street",
                  requires="case"),
        objective("away", "reach", 3, "crew", "street-west",
                  "Walk away: back to the street, now", requires="heard"),
        objective("still", "scripted", 1, "lapd", "committed",
                  "Keep still in the van while they case the place"),
        lines({"noise": "Van: a dull metal clank from the van across the street.",
               "walk": "McCauley: That van is a unit. We walk. Now.",
               "near": "Bosko: They are right outside. Nobody breathe.",
               "committed": "Hanna: They bought it. They are going for the vault.",
               "casing": "Cheritto: Quiet street. Vault is past the south doors."}),
        phase("watch", "Casing the depository", "radio casing", initial=True),
        phase("heard", "The noise: walk away", 'countdown walk 30 label="WALK AWAY"\nradio walk'),
        phase("near", "They are here: keep still",
              'countdown casing 20 label="KEEP STILL"\nradio near'),
        trigger("careless noise", "objective_done case\ninside player yard",
                "cue impact_metal at=van\nradio noise\ncomplete heard\nset_phase heard",
                side="crew", delay_s=1.5),
        trigger("went for the vault", "phase_is heard\nenters player vault",
                'fail_mission "You went for the vault after the noise: the unit was waiting."',
                side="crew"),
        trigger("stayed", "countdown_done walk\nnot objective_done away",
                'fail_mission "You stayed after the heat came: the crew\'s code says walk."',
                side="crew"),
        trigger("they come", "clock_at 1", "goto faction:crew yard", side="lapd"),
        trigger("they are near", "inside faction:crew yard", "set_phase near", side="lapd"),
        trigger("moved", "phase_is near\nnot inside player seat", f'fail_mission "{SPOOKED}"',
                side="lapd"),
        trigger("fired", "phase_is near\nseen shot by=player", f'fail_mission "{SPOOKED}"',
                side="lapd"),
        trigger("committed", "countdown_done casing",
                "goto faction:crew vault\nradio committed\ncomplete still", side="lapd"),
    ]


def build(path: Path) -> None:
    props = [prop("title", "The Stake-out"), prop("sides", "crew,lapd"),
             prop("time_limit_s", 150.0, "float"), prop("night", True, "bool"),
             prop("ambient_light", 0.55, "float"),
             prop("briefing", "Night at the precious-metals depository. As the crew, case the "
                  "yard and listen: one careless sound from the van across the street means "
                  "a police unit, and the code says walk away. As Hanna's unit, keep still "
                  "in the van while they look the place over.")]
    write_tmx(str(path), W, H, props, tiles(),
              {"regions": (True, regions()), "actors": (True, actors()),
               "mission": (True, mission())})


if __name__ == "__main__":
    build(Path(__file__).resolve().parents[2] / "maps" / "stakeout.tmx")
