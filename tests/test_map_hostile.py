"""Regression tests for every map the hostile-input audit crashed, hung or exhausted the game
with: each is now one MapError line naming the file (small fixtures in fixtures/hostile/; the
huge inputs are generated here at run time, never committed)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zlib
from base64 import b64encode
from pathlib import Path

import pytest

from game.cli import main
from game.level.check_map import problems_in
from game.level.errors import MapError, Problem, grouped
from game.level.load_level import load_level

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"
ROOT = Path(__file__).resolve().parents[1]
LINE = re.compile(r"^(?P<file>[^:]+):(?P<where>.+?): (?P<message>.+) — (?P<fix>.+)$")

REFUSED = {
    # fixture: (file the line must name, words it must hold)
    "nan_position.tmx": ("nan_position.tmx", "not a finite number"),
    "infinite_size.tmx": ("infinite_size.tmx", "outside"),
    "huge_rotation.tmx": ("huge_rotation.tmx", "outside"),
    "nan_polyline.tmx": ("nan_polyline.tmx", "not a finite number"),
    "nan_light_radius.tmx": ("nan_light_radius.tmx", "radius_m"),
    "unknown_encoding.tmx": ("unknown_encoding.tmx", "encoding"),
    "wrong_tile_count.tmx": ("wrong_tile_count.tmx", "50 tiles, the map needs 48"),
    "undefined_gid.tmx": ("undefined_gid.tmx", "no tileset defines"),
    "object_outside.tmx": ("object_outside.tmx", "outside the 256x192 px map"),
    "escaping_tileset.tmx": ("escaping_tileset.tmx", "leads outside"),
    "bigger_image.tmx": ("bigger_image.tsx", "is 64x32 but the tileset says 256x128"),
    "tsx_fault.tmx": ("bad_collider.tsx", "collision shape"),
}


def _template() -> str:
    """The text of a small valid map (to grow inputs too big to commit from)."""
    text = (HOSTILE / "nan_position.tmx").read_text(encoding="utf-8")
    return text.replace('x="nan"', 'x="40"')


def _write(tmp_path: Path, text: str, name: str = "case.tmx") -> Path:
    """A map in a temporary folder whose tileset path still finds the game's tiles."""
    path = tmp_path / name
    path.write_text(text.replace("../../../assets", str(ROOT / "assets")), encoding="utf-8")
    return path


def _refused(path: Path, file_part: str, words: str) -> list[Problem]:
    with pytest.raises(MapError) as caught:
        load_level(path)
    problems = caught.value.problems
    assert any(file_part in p.file and words in p.message for p in problems), \
        caught.value.lines()
    for line in caught.value.lines():
        assert LINE.match(line) and len(line) < 1000, line
    return problems


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_hostile_fixture_is_one_clear_line(name: str) -> None:
    _refused(HOSTILE / name, *REFUSED[name])


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_check_map_refuses_hostile_fixture(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-map", str(HOSTILE / name)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and REFUSED[name][0] in err


@pytest.mark.parametrize("depth", [1000, 500_000])
def test_deep_nesting_stops_before_anything_recurses(tmp_path: Path, depth: int) -> None:
    nest = "<group>" * depth + "</group>" * depth
    path = _write(tmp_path, _template().replace("</map>", nest + "</map>"))
    _refused(path, "case.tmx", "nested over")


@pytest.mark.parametrize("size", [('width="8"', 'width="20000"'), ('height="6"',
                                                                  'height="10000000"')])
def test_huge_map_is_refused_before_it_is_read(tmp_path: Path, size: tuple[str, str]) -> None:
    text = _template().replace(*size, 1)
    if "20000" in size[1]:
        text = text.replace('height="6"', 'height="20000"', 1)
    _refused(_write(tmp_path, text), "case.tmx", "over the limit")


def test_zlib_bomb_in_layer_data_is_never_inflated(tmp_path: Path) -> None:
    """256 MiB of zeros in 256 KiB of zlib: inflated only as far as 48 tiles need."""
    packer = zlib.compressobj()
    block = bytes(1024 * 1024)
    packed = b"".join(packer.compress(block) for _ in range(256)) + packer.flush()
    text = _template()
    start, end = text.index('<data encoding="csv">'), text.index("</data>")
    bomb = f'<data encoding="base64" compression="zlib">{b64encode(packed).decode()}'
    _refused(_write(tmp_path, text[:start] + bomb + text[end:]), "case.tmx", "inflates")


def test_tileset_symlinked_to_itself(tmp_path: Path) -> None:
    (tmp_path / "loop.tsx").symlink_to("loop.tsx")
    text = _template().replace('source="../../../assets/tiles/city.tsx"', 'source="loop.tsx"')
    _refused(_write(tmp_path, text), "case.tmx", "loops")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_tileset_that_is_a_pipe_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.tsx")
    text = _template().replace('source="../../../assets/tiles/city.tsx"', 'source="pipe.tsx"')
    _refused(_write(tmp_path, text), "case.tmx", "not found")


def test_a_million_character_value_is_cut_in_the_line(tmp_path: Path) -> None:
    value = "x" * 1_000_000
    text = _template().replace('value="crew"/>', f'value="crew"/>\n<property name="{value}" '
                               f'value="{value}"/>')
    problems = _refused(_write(tmp_path, text), "case.tmx", "is not part of Type")
    assert all(len(str(p)) < 1000 for p in problems)


def test_check_map_reports_a_fault_while_building(monkeypatch: pytest.MonkeyPatch) -> None:
    """build_world runs inside the error handling: a surprise there is still one line."""
    import game.level.build_world as build

    def broken(*_args: object) -> None:
        raise ZeroDivisionError("float division by zero")

    monkeypatch.setattr(build, "_build_world", broken)
    path = ROOT / "maps" / "sandbox.tmx"
    problems = problems_in(path)
    assert [p.file for p in problems] == [str(path)]
    assert "ZeroDivisionError" in problems[0].message


@pytest.mark.parametrize("command", [["run", "--ticks", "5"], ["play"]])
def test_run_and_play_print_the_line_not_a_traceback(command: list[str]) -> None:
    path = HOSTILE / "nan_position.tmx"
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    done = subprocess.run([sys.executable, "-m", "game", command[0], str(path), *command[1:]],
                          capture_output=True, text=True, timeout=120, env=env, check=False)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert f"{path}:object 2" in done.stderr and "not a finite number" in done.stderr


def test_tile_outside_its_sheet_draws_instead_of_crashing(screen: tuple) -> None:
    """The renderer's own guard, should a tileset image shrink after the check."""
    from game.level.model import TileImage
    from game.render.tile_chunks import _tile_surface

    sheet = str(ROOT / "assets" / "tiles" / "city.png")
    tile = _tile_surface(screen[0], TileImage(sheet, (4000, 4000, 32, 32)), (32, 32))
    assert tile.get_size() == (32, 32)


def test_grouping_keeps_one_line_per_kind() -> None:
    problems = [Problem("m.tmx", f"object {i}", "unknown Type 'X'", "fix", kind="t")
                for i in range(30)] + [Problem("m.tmx", "layer 'a'", "other", "fix")]
    lines = [str(p) for p in grouped(problems)]
    assert lines == ["m.tmx:object 0 and 29 more like it: unknown Type 'X' — fix",
                     "m.tmx:layer 'a': other — fix"]


@pytest.mark.parametrize("kind", ["template", "image layer"])
def test_paths_may_not_leave_the_allowed_folders(tmp_path: Path, kind: str) -> None:
    outside = "../" * 30 + "etc/passwd"
    if kind == "template":
        extra = f'<object id="9" template="{outside}" x="40" y="40"/>\n </objectgroup>'
        text = _template().replace(" </objectgroup>", extra)
    else:
        extra = f' <imagelayer id="9" name="p"><image source="{outside}"/></imagelayer>\n</map>'
        text = _template().replace("</map>", extra)
    _refused(_write(tmp_path, text), "case.tmx", "leads outside")
