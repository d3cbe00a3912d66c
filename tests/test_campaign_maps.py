"""The campaign's short scenes are built by scripts: each regenerates its map byte for byte, and
the drive-in keeps the dressing that makes it read as one (screen, cars, booth, fence, lights)."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.session import MissionSession
from tools.maps import build_drive_in, build_stakeout

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("builder, name", [(build_drive_in, "drive-in"),
                                           (build_stakeout, "stakeout")])
def test_the_builder_regenerates_the_map_byte_identical(builder, name: str,
                                                        tmp_path: Path) -> None:
    out = tmp_path / "maps" / f"{name}.tmx"
    out.parent.mkdir()
    builder.build(out)
    assert out.read_bytes() == (ROOT / "maps" / f"{name}.tmx").read_bytes()


def test_the_drive_in_is_dressed_as_one_at_night() -> None:
    level = MissionSession.start("drive-in", "crew", 0).level  # the map as the game loads it
    assert len(list(level.objects_of("Light"))) >= 15 and len(level.layers) >= 3
    tiles = build_drive_in.tiles()  # what the map is written from (byte-identical, above)
    cars = sum(gid & 0x0FFFFFFF >= build_drive_in.DOWNTOWN for row in tiles["props"]
               for gid in row)
    assert cars == 8 * 10 + 2 * 8  # ten parked cars and the two in the lane, tile by tile
    names = {light.name for light in build_drive_in.lights()}
    assert {"screen glow", "projector booth", "gate lamp", "speaker post"} <= names
    walls = [gid & 0x0FFFFFFF for row in tiles["walls"] for gid in row]
    assert walls.count(build_drive_in.FENCE) > 2 * build_drive_in.W  # fenced all round
    assert walls.count(build_drive_in.BRICK) and walls.count(build_drive_in.GLASS)  # the booth
