"""The map loader on hand-written fixture maps: every bad map is one clear MapError, good maps
written by different Tiled versions (class= vs type=, templates, groups) load the same."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from game.cli import main
from game.level.build_world import build_world
from game.level.errors import MapError
from game.level.load_level import load_level
from game.level.model import MapObject
from game.session import MissionSession
from game.sim.components import Name, Weapon

ROOT = Path(__file__).resolve().parent.parent
MAPS = Path(__file__).resolve().parent / "fixtures" / "maps"
LINE = re.compile(r"^(?P<file>[^:]+):(?P<where>.+?): (?P<message>.+) — (?P<fix>.+)$")

BAD_MAPS: dict[str, tuple[str, str]] = {
    # file: (what a problem must mention, where it must point; "" for anywhere)
    "malformed.tmx": ("xml", "line"),
    "not_a_map.tmx": ("<map>", ""),
    "isometric.tmx": ("isometric", ""),
    "hexagonal.tmx": ("hexagonal", ""),
    "staggered.tmx": ("staggered", ""),
    "infinite.tmx": ("infinite", ""),
    "xml_layer_data.tmx": ("xml", "layer 'ground'"),
    "zstd.tmx": ("zstd", "layer 'ground'"),
    "missing_tsx.tmx": ("no_such_tileset.tsx", "tileset"),
    "missing_image.tmx": ("no_such_image.png", "tileset"),
    "unknown_class.tmx": ("helicopter", "object 2"),
    "ill_typed_property.tmx": ("order", "object 2"),
    "enum_value.tmx": ("fly", "object 2"),
    "unknown_property.tmx": ("colour", "object 2"),
    "list_property.tmx": ("list", "object 2"),
    "fractional_offset.tmx": ("offset", "layer 'objects'"),
    "objective_without_id.tmx": ("id", "object 2"),
}
MALFORMED_ATTRIBUTES: dict[str, tuple[str, str]] = {
    # Beyond what Tiled writes itself: hand-edited or merge-damaged files.
    "non_numeric_position.tmx": ("left", ""),
}
ALL_BAD = {**BAD_MAPS, **MALFORMED_ATTRIBUTES}
NO_CREW_SPAWN = MAPS / "no_crew_spawn.tmx"


def _mentions(path: Path, err: MapError, needle: str, where: str) -> bool:
    return any(
        p.file == str(path) and needle.lower() in str(p).lower() and where in p.where
        for p in err.problems
    )


@pytest.mark.parametrize("name", sorted(ALL_BAD))
def test_bad_map_raises_map_error(name: str) -> None:
    path = MAPS / name
    needle, where = ALL_BAD[name]
    with pytest.raises(MapError) as caught:
        load_level(path)
    err = caught.value
    assert err.problems
    assert "\n" not in str(err)
    assert _mentions(path, err, needle, where), err.lines()


def _assert_problem_lines(lines: list[str], path: Path) -> None:
    assert lines, "no problems printed"
    for line in lines:
        assert LINE.match(line), f"not 'file:where: message — fix': {line}"
    assert any(line.startswith(f"{path}:") for line in lines), f"{path} not named"


@pytest.mark.parametrize("name", sorted(ALL_BAD))
def test_check_map_prints_one_line_per_problem(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = MAPS / name
    assert main(["check-map", str(path)]) == 1
    _assert_problem_lines(capsys.readouterr().err.splitlines(), path)


def test_check_map_reports_a_missing_crew_spawn(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-map", str(NO_CREW_SPAWN)]) == 1
    lines = capsys.readouterr().err.splitlines()
    _assert_problem_lines(lines, NO_CREW_SPAWN)
    assert any(line.startswith(f"{NO_CREW_SPAWN}:") and "Spawn" in line and "crew" in line
               for line in lines), lines


def test_a_map_without_a_crew_spawn_cannot_start() -> None:
    with pytest.raises(MapError) as caught:
        MissionSession.start(str(NO_CREW_SPAWN))
    assert _mentions(NO_CREW_SPAWN, caught.value, "spawn", "")


def test_check_map_command_lists_every_bad_file() -> None:
    paths = [MAPS / name for name in sorted(BAD_MAPS)] + [NO_CREW_SPAWN]
    result = subprocess.run(
        [sys.executable, "-m", "game", "check-map", *map(str, paths)], cwd=ROOT,
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    for line in lines:
        assert LINE.match(line), line
    for path in paths:
        assert any(line.startswith(f"{path}:") for line in lines), f"{path.name} not named"


def test_a_missing_template_names_the_map_object_and_template() -> None:
    path = MAPS / "missing_template.tmx"
    with pytest.raises(MapError) as caught:
        load_level(path)
    assert _mentions(path, caught.value, "no_such_template.tx", "object 2"), caught.value.lines()


# -- good maps ------------------------------------------------------------------------------


def _signature(obj: MapObject) -> tuple[object, ...]:
    return (obj.id, obj.name, obj.cls, obj.x, obj.y, obj.width, obj.height, obj.rotation,
            obj.points, obj.properties, obj.layer)


def test_class_and_type_attributes_load_the_same_objects() -> None:
    tiled_1_9 = load_level(MAPS / "objects_class_attr.tmx")
    tiled_1_10 = load_level(MAPS / "objects_type_attr.tmx")
    assert [_signature(o) for o in tiled_1_9.objects] == [_signature(o) for o in tiled_1_10.objects]
    assert {o.cls for o in tiled_1_10.objects} == {
        "Spawn", "Target", "Region", "Objective", "Wall", "Character"
    }
    assert tiled_1_9.solids == tiled_1_10.solids


def test_class_defaults_fill_in_what_the_map_leaves_out() -> None:
    level = load_level(MAPS / "objects_type_attr.tmx")
    bystander = next(o for o in level.objects if o.name == "bystander")
    assert bystander.properties["role"] == "civilian"  # set on the object
    assert bystander.properties["weapon"] == "default"  # the class's default
    assert bystander.properties["behaviour"] == "idle"
    objectives = {o.properties["id"]: o.properties for o in level.objects_of("Objective")}
    assert objectives["range"]["order"] == 1 and objectives["leave"]["order"] == 2
    assert objectives["range"]["requires"] == ""


def test_wall_objects_become_solids_with_their_material() -> None:
    level = load_level(MAPS / "objects_type_attr.tmx")
    window = [s for s in level.solids if s.material == "glass"]
    assert len(window) == 1
    assert (window[0].x, window[0].y, window[0].w, window[0].h) == (96.0, 0.0, 16.0, 64.0)
    assert window[0].blocks_sight is False


def test_good_fixture_maps_pass_check_map(capsys: pytest.CaptureFixture[str]) -> None:
    good = [MAPS / n for n in ("objects_class_attr.tmx", "objects_type_attr.tmx",
                               "template.tmx", "grouped_layers.tmx")]
    assert main(["check-map", *map(str, good)]) == 0
    out = capsys.readouterr()
    assert all(": warning: " in line for line in out.err.splitlines()), out.err
    assert [line.split(" (")[0] for line in out.out.splitlines()] == [f"{p}: ok" for p in good]


def test_templates_resolve_with_instance_overrides() -> None:
    level = load_level(MAPS / "template.tmx")
    by_id = {o.id: o for o in level.objects}
    plain, named = by_id[2], by_id[3]
    # Class, name and properties come from the template...
    assert plain.cls == "Character" and plain.name == "guard"
    assert plain.properties["role"] == "guard"
    assert plain.properties["weapon"] == "shotgun"
    assert plain.properties["behaviour"] == "patrol"
    assert (plain.x, plain.y) == (100.0, 80.0)
    # ...and what the instance sets wins.
    assert named.cls == "Character" and named.name == "gate guard"
    assert named.properties["weapon"] == "pistol"
    assert named.properties["role"] == "guard"
    assert (named.x, named.y) == (150.0, 90.0)


def test_templated_characters_spawn_with_their_resolved_weapons() -> None:
    level = load_level(MAPS / "template.tmx")
    world = build_world(level, "template")
    weapons = {
        name.name: weapon.kind for _, name, weapon in world.query(Name, Weapon)
    }
    assert weapons["guard"] == "shotgun"
    assert weapons["gate guard"] == "pistol"


def test_objects_in_group_layers_take_the_layer_offset() -> None:
    level = load_level(MAPS / "grouped_layers.tmx")
    positions = {o.cls: (o.x, o.y) for o in level.objects}
    assert positions == {"Spawn": (48.0 + 32.0, 48.0 + 16.0), "Target": (100.0 + 32.0, 60.0 + 16.0)}
    assert [layer.name for layer in level.layers] == ["walls"]
    assert any(s.material == "brick" for s in level.solids)
