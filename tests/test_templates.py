"""The object templates in maps/templates/: written as Tiled 1.8 writes them, and resolved by
the loader to the right class with the project's defaults, the template's values and the
instance's overrides, in that order of precedence. Also the level-design guide that teaches
them, and the map made by following it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from game.level.build_world import build_world
from game.level.check_map import problems_in
from game.level.load_level import default_schema, load_level
from game.level.model import LevelModel, MapObject
from game.level.schema import Schema
from game.sim.components import Name, PlayerControlled, Weapon

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "maps" / "templates"
FIXTURE = ROOT / "tests" / "fixtures" / "tiled" / "templates.tmx"

# template file -> (class, values the template sets, whether it is a point)
EXPECTED: dict[str, tuple[str, dict[str, Any], bool]] = {
    "armored-car-guard.tx": ("Character", {"role": "guard", "faction": "guard",
                                           "weapon": "pistol", "behaviour": "guard"}, True),
    "patrol-officer.tx": ("Character", {"role": "lapd", "faction": "lapd",
                                        "weapon": "pistol", "behaviour": "patrol"}, True),
    "crew-member.tx": ("Character", {"role": "crew", "faction": "crew",
                                     "weapon": "rifle", "behaviour": "follow"}, True),
    "civilian.tx": ("Character", {"role": "civilian", "faction": "civilian",
                                  "weapon": "none", "behaviour": "wander"}, True),
    "cover-car.tx": ("Cover", {"height": "low", "material": "car_body"}, False),
    "objective.tx": ("Objective", {"kind": "reach"}, True),
    "exit.tx": ("Region", {"kind": "exit"}, False),
    "spawn-crew.tx": ("Spawn", {"side": "crew", "role": "mccauley", "player": True}, True),
    "spawn-lapd.tx": ("Spawn", {"side": "lapd", "role": "hanna", "player": True}, True),
}
# object id in the fixture -> (template file, the instance's own overrides)
INSTANCES: dict[int, tuple[str, dict[str, Any]]] = {
    1: ("spawn-crew.tx", {}),
    2: ("spawn-lapd.tx", {}),
    3: ("armored-car-guard.tx", {}),
    4: ("patrol-officer.tx", {}),
    5: ("crew-member.tx", {"name": "Michael Cheritto", "weapon": "shotgun"}),
    6: ("civilian.tx", {}),
    7: ("cover-car.tx", {}),
    8: ("objective.tx", {"id": "leave", "order": 1, "target": "exit",
                         "text": "Get out through the east gate"}),
    9: ("exit.tx", {}),
    10: ("cover-car.tx", {"material": "engine_block"}),
}


@pytest.fixture(scope="module")
def schema() -> Schema:
    return default_schema()


@pytest.fixture(scope="module")
def level() -> LevelModel:
    return load_level(FIXTURE)


def by_id(level: LevelModel, oid: int) -> MapObject:
    return next(o for o in level.objects if o.id == oid)


def template_object(name: str) -> ET.Element:
    root = ET.parse(TEMPLATES / name).getroot()
    assert root.tag == "template", f"{name}: root is <{root.tag}>"
    objects = root.findall("object")
    assert len(objects) == 1, f"{name}: a template holds exactly one object"
    return objects[0]


def test_every_template_is_listed_and_instantiated() -> None:
    on_disk = {p.name for p in TEMPLATES.glob("*.tx")}
    assert on_disk == set(EXPECTED)
    used = {Path(o.get("template", "")).name
            for o in ET.parse(FIXTURE).getroot().iter("object")}
    assert used >= on_disk, f"templates missing from the fixture: {on_disk - used}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_template_is_written_as_tiled_writes_it(name: str, schema: Schema) -> None:
    """Tiled 1.8: class in type=, no id or position, enums as propertytype=, typed scalars."""
    cls, values, is_point = EXPECTED[name]
    obj = template_object(name)
    assert obj.get("type") == cls
    assert obj.get("name")
    assert not {"id", "x", "y", "class"} & set(obj.attrib)
    assert (obj.find("point") is not None) == is_point
    assert ("width" in obj.attrib) == (not is_point)
    members = schema.classes[cls].members
    written = {}
    for prop in obj.iter("property"):
        member = members[prop.get("name", "")]
        if member.enum:
            assert prop.get("propertytype") == member.enum and "type" not in prop.attrib
            assert prop.get("value") in schema.enums[member.enum]
        elif member.type != "string":
            assert prop.get("type") == member.type
        written[member.name] = prop.get("value")
    assert written == {k: str(v).lower() if isinstance(v, bool) else str(v)
                       for k, v in values.items()}


@pytest.mark.parametrize("oid", sorted(INSTANCES))
def test_instance_resolves_to_defaults_then_template_then_overrides(
    oid: int, level: LevelModel, schema: Schema
) -> None:
    name, overrides = INSTANCES[oid]
    cls, values, _ = EXPECTED[name]
    defaults = {m.name: m.default for m in schema.classes[cls].members.values()}
    obj = by_id(level, oid)
    assert obj.cls == cls
    assert obj.properties == {**defaults, **values, **overrides}


def test_template_name_and_shape_apply_unless_overridden(level: LevelModel) -> None:
    guard, cheritto = by_id(level, 3), by_id(level, 5)
    assert (guard.name, guard.x, guard.y, guard.width, guard.height) == (
        "armored car guard", 320.0, 128.0, 0.0, 0.0)
    assert cheritto.name == "Cheritto"
    parked, squad = by_id(level, 7), by_id(level, 10)
    assert (parked.width, parked.height, parked.rotation) == (128.0, 56.0, 0.0)
    assert (squad.name, squad.width, squad.height, squad.rotation) == (
        "squad car", 112.0, 48.0, 90.0)
    exit_region = by_id(level, 9)
    assert (exit_region.name, exit_region.width, exit_region.height) == ("exit", 96.0, 96.0)


def test_templated_map_passes_the_checker() -> None:
    assert [str(p) for p in problems_in(FIXTURE) if p.severity == "error"] == []


@pytest.mark.parametrize("side, role", [("crew", "mccauley"), ("lapd", "hanna")])
def test_spawn_templates_give_each_side_its_player(level: LevelModel, side: str,
                                                   role: str) -> None:
    world = build_world(level, "templates", side)
    players = [eid for eid, _ in world.query(PlayerControlled)]
    assert len(players) == 1
    spawn = next(o for o in level.objects_of("Spawn") if o.properties["side"] == side)
    assert spawn.properties["role"] == role


def test_character_templates_arm_the_actors_they_spawn(level: LevelModel) -> None:
    world = build_world(level, "templates", "crew")
    guns = {name.name: (gun.kind if gun else "") for eid, name in world.query(Name)
            for gun in [world.get(eid, Weapon)]}
    assert guns["Michael Cheritto"] == "shotgun"  # the instance's override
    assert guns["armored car guard"] == "pistol"
    assert guns["patrol officer"] == "pistol"
    assert guns["civilian"] == ""  # weapon: none


def test_every_role_in_the_dropdown_can_be_placed(level: LevelModel, schema: Schema) -> None:
    """Tiled offers every Role value in the dropdown; a map using any of them must build
    (a Role without an archetype made build_world die with a KeyError)."""
    cheritto = by_id(level, 5)
    unbuildable = []
    try:
        for role in schema.enums["Role"]:
            cheritto.properties["role"] = role
            try:
                build_world(level, "templates", "crew")
            except KeyError:
                unbuildable.append(role)
    finally:
        cheritto.properties["role"] = "crew"
    assert unbuildable == []


# The level-design guide (docs/level-design.md) and the map made by following it.

GUIDE = ROOT / "docs" / "level-design.md"
GUIDE_MAP = ROOT / "tests" / "fixtures" / "tiled" / "guide_example.tmx"


def heat(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the game's command line as a designer would, from the repository root."""
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    return subprocess.run([sys.executable, "-m", "game", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_guide_example_passes_check_map() -> None:
    done = heat("check-map", "tests/fixtures/tiled/guide_example.tmx")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "tests/fixtures/tiled/guide_example.tmx: ok"


def test_guide_example_runs_600_ticks() -> None:
    done = heat("run", "tests/fixtures/tiled/guide_example.tmx", "--ticks", "600")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["mission"], report["ticks"], report["outcome"]) == (
        "guide_example", 600, "running")


def test_guide_example_can_be_finished_by_the_bot() -> None:
    done = heat("run", "tests/fixtures/tiled/guide_example.tmx", "--ticks", "3600", "--bot")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["outcome"] == "success"


def test_guide_example_is_built_from_the_templates() -> None:
    level = load_level(GUIDE_MAP)
    root = ET.parse(GUIDE_MAP).getroot()
    used = sorted(Path(o.get("template", "")).name for o in root.iter("object")
                  if o.get("template"))
    assert used == ["armored-car-guard.tx", "civilian.tx", "crew-member.tx", "exit.tx",
                    "objective.tx", "objective.tx", "spawn-crew.tx"]
    assert [o.properties["id"] for o in level.objects_of("Objective")] == ["bottles", "out"]
    assert level.properties["title"] == "The yard"


def test_map_opened_by_relative_path_finds_its_tile_images(monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """`heat play tests/fixtures/tiled/guide_example.tmx`, as the guide says, must find the
    tileset image. Today read_tiles joins pytmx's already map-relative image path onto the
    map's folder a second time, so a relative map path looks in <map dir>/<map dir>/..."""
    monkeypatch.chdir(ROOT)
    level = load_level(Path("tests/fixtures/tiled/guide_example.tmx"))
    missing = sorted({t.image for t in level.tiles.values() if not Path(t.image).is_file()})
    assert missing == []


def test_guide_describes_every_class_and_property(schema: Schema) -> None:
    text = GUIDE.read_text(encoding="utf-8")
    for cls in schema.classes.values():
        assert f"**{cls.name}**" in text or f"### {cls.name}" in text or \
            f"the {cls.name} class" in text, f"the guide never describes class {cls.name}"
        for member in cls.members:
            assert f"`{member}`" in text, f"the guide never names {cls.name}.{member}"
    for name in EXPECTED:
        assert f"`{name}`" in text, f"the guide does not list template {name}"


def test_guide_images_exist() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    images = re.findall(r"\]\((img/[^)]+)\)", text)
    assert "img/tiled-sandbox.png" in images
    for image in images:
        assert (GUIDE.parent / image).is_file(), f"{image} is referenced but missing"
