"""What check-map says about maps a designer makes: mistakes the game would silently get wrong
are errors, what it ignores are warnings (printed, exit 0), and what designers expect to just
work (tile objects, text notes, unclassed shapes, image layers) loads and draws."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.cli import main
from game.level.load_level import load_level
from game.sim.collision_map import CollisionMap

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"
ROOT = Path(__file__).resolve().parents[1]

ERRORS = {
    "two_player_spawns.tmx": "2 player Spawns for side 'crew'",
    "duplicate_target_names.tmx": "target 'exit' names 2 objects",
    "rotated_region.tmx": "rotated Regions are not supported",
    "object_outside.tmx": "outside the 256x192 px map",
    "undefined_gid.tmx": "no tileset defines",
    "many_unknown_types.tmx": "unknown Type 'Helicopter'",
}
WARNINGS = {
    "patrol_without_path.tmx": ["behaviour is patrol but path is empty"],
    "layer_looks.tmx": ["parallax is ignored", "tint colour is ignored"],
    "unclassed_polygon.tmx": ["object has no Type"],
}


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_mistakes_are_not_ok(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-map", str(HOSTILE / name)]) == 1
    out = capsys.readouterr()
    assert ": ok" not in out.out
    assert ERRORS[name] in out.err


@pytest.mark.parametrize("name", sorted(WARNINGS))
def test_warnings_print_and_exit_zero(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-map", str(HOSTILE / name)]) == 0
    out = capsys.readouterr()
    lines = out.err.splitlines()
    assert all(": warning: " in line for line in lines)
    for words in WARNINGS[name]:
        assert any(words in line for line in lines), lines
    assert out.out.strip().endswith(f"ok ({len(lines)} warnings)")


def test_repeated_problems_group_into_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check-map", str(HOSTILE / "many_unknown_types.tmx")])
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1
    assert "and 29 more like it" in lines[0]


def test_messages_say_type_as_tiled_1_8_does(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check-map", str(HOSTILE / "many_unknown_types.tmx")])
    err = capsys.readouterr().err
    assert "set Type to one of" in err and "class" not in err.lower()


@pytest.mark.parametrize("name", ["tile_objects.tmx", "text_note.tmx", "image_layer.tmx"])
def test_decorations_are_accepted_silently(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-map", str(HOSTILE / name)]) == 0
    out = capsys.readouterr()
    assert out.err == "" and out.out.strip().endswith(": ok")


def test_wall_tile_object_is_solid_where_tiled_draws_it() -> None:
    """Tiled anchors a tile object at its bottom-left: y=160, 32 high covers 128..160."""
    level = load_level(HOSTILE / "tile_objects.tmx")
    cmap = CollisionMap.build(*level.pixel_size, level.tile_w, level.solids)
    assert cmap.point_solid(190, 140) is not None
    assert cmap.point_solid(190, 170) is None
    crate = next(o for o in level.objects if o.name == "crate")
    assert (crate.cls, crate.tile != 0, crate.y) == ("", True, 64.0)


def _pixel(chunks: dict, x: int, y: int) -> tuple[int, int, int]:
    return tuple(chunks[(x // 512, y // 512)].get_at((x % 512, y % 512)))[:3]


def test_tile_objects_are_drawn_as_props(screen: tuple) -> None:
    from game.render.tile_chunks import build_chunks

    level = load_level(HOSTILE / "tile_objects.tmx")
    with_props = build_chunks(level, screen[0])
    level.objects = [o for o in level.objects if not o.tile]
    without = build_chunks(level, screen[0])
    assert _pixel(with_props.below, 80, 80) != _pixel(without.below, 80, 80)  # the crate
    assert _pixel(with_props.below, 200, 140) != _pixel(without.below, 200, 140)  # the wall


def test_image_layer_is_parsed_and_drawn(screen: tuple) -> None:
    from game.render.tile_chunks import build_chunks

    level = load_level(HOSTILE / "image_layer.tmx")
    [layer] = level.image_layers
    assert (layer.x, layer.y, layer.before_layer) == (32, 32, 1)
    assert layer.image.endswith("small.png")
    chunks = build_chunks(level, screen[0])
    assert _pixel(chunks.below, 40, 40) == (128, 128, 128)  # the grey picture
    assert _pixel(chunks.below, 10, 10) != (128, 128, 128)  # the tiles around it


def test_shipped_maps_stay_ok(capsys: pytest.CaptureFixture[str]) -> None:
    maps = sorted((ROOT / "maps").glob("*.tmx"))
    assert main(["check-map", *map(str, maps)]) == 0
    assert capsys.readouterr().out.splitlines() == [f"{m}: ok" for m in maps]


def test_layers_in_a_hidden_group_are_not_drawn(tmp_path: Path) -> None:
    text = (HOSTILE / "image_layer.tmx").read_text(encoding="utf-8")
    text = text.replace(' <layer id="1"', ' <group id="7" name="old" visible="0">\n <layer id="1"')
    text = text.replace(" </layer>", " </layer>\n </group>", 1)
    text = text.replace('<imagelayer id="4" name="picture"', '<imagelayer id="4" name="picture" '
                        'repeatx="1"')
    path = tmp_path / "hidden.tmx"
    path.write_text(text.replace("../../../assets", str(ROOT / "assets"))
                    .replace('source="small.png"', f'source="{HOSTILE / "small.png"}"'))
    level = load_level(path)
    assert [layer.visible for layer in level.layers] == [False]
    assert [w.message for w in level.warnings] == ["image repeat is ignored by the game"]


def test_a_paste_gone_wrong_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Thousands of actors would crawl rather than play: over the cap is one line."""
    text = (HOSTILE / "text_note.tmx").read_text(encoding="utf-8")
    crowd = "".join(f'  <object id="{100 + i}" type="Target" x="{20 + i % 200}" '
                    f'y="{30 + i // 200 * 40}"/>\n' for i in range(301))
    path = tmp_path / "crowd.tmx"
    path.write_text(text.replace(" </objectgroup>", crowd + " </objectgroup>")
                    .replace("../../../assets", str(ROOT / "assets")))
    assert main(["check-map", str(path)]) == 1
    assert "301 Target objects, over the limit of 300" in capsys.readouterr().err
