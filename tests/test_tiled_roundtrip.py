"""Maps survive the real Tiled: what Tiled writes back loads to the same LevelModel.

Tiled (1.8.2 from Debian in CI) re-exports every map, once as it is and once with template
instances detached; both exports must mean exactly what the original meant. The same holds for
the spellings of newer Tiled versions (1.9 writes ``class=``, 1.10 writes ``type=`` again).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest

from game.level.errors import MapError
from game.level.load_level import load_level
from game.level.model import LevelModel

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "tiled"
MAPS = sorted((ROOT / "maps").glob("*.tmx"))
# Fixture maps in Tiled 1.8's own spelling, exercising the templates in maps/templates/.
TEMPLATED = [FIXTURES / "templates.tmx", FIXTURES / "guide_example.tmx"]
TILED_TIMEOUT_S = 120


def require_tiled() -> str:
    """The tiled executable; skipped locally when missing, but a failure on CI."""
    tiled = shutil.which("tiled")
    if tiled is None:
        message = "the real Tiled is not installed (apt-get install tiled)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return tiled


def export_map(source: Path, target: Path, *, detach: bool) -> Path:
    """Run ``tiled --export-map tmx`` headless. Tiled rewrites the tileset and template paths
    relative to the target, so the export loads from any folder."""
    tiled = require_tiled()
    home = target.parent / "tiled-home"
    runtime = home / "runtime"
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(home),
           "XDG_RUNTIME_DIR": str(runtime)}  # keep Tiled's settings out of the user's home
    args = [tiled, *(["--detach-templates"] if detach else []), "--export-map", "tmx",
            str(source), str(target)]
    done = subprocess.run(args, env=env, capture_output=True, text=True,
                          timeout=TILED_TIMEOUT_S, check=False)
    assert done.returncode == 0, f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    assert target.is_file(), f"tiled exported nothing for {source}:\n{done.stderr}"
    return target


def summary(level: LevelModel) -> dict[str, Any]:
    """Everything the game reads from a level, in a form that compares with ==: every field
    of the model (new ones included automatically) except where it was read from."""
    found = {f.name: getattr(level, f.name) for f in fields(level)
             if f.name not in ("path", "sources", "warnings")}
    found["objects"] = {obj.id: obj for obj in level.objects}
    found["warnings"] = [(p.where, p.message, p.severity) for p in level.warnings]
    return found


def assert_same_level(original: LevelModel, exported: LevelModel) -> None:
    want, got = summary(original), summary(exported)
    for key in want:
        assert got[key] == want[key], f"{exported.path}: {key} differs after the round trip"


def referenced_files(path: Path) -> set[Path]:
    """Tilesets and templates a map refers to, resolved against the map's own folder."""
    root = ET.parse(path).getroot()
    refs = [n.get("source", "") for n in root.iter("tileset") if n.get("source")]
    refs += [o.get("template", "") for o in root.iter("object") if o.get("template")]
    return {(path.parent / ref).resolve() for ref in refs}


def template_refs(path: Path) -> list[str]:
    return [o.get("template", "") for o in ET.parse(path).getroot().iter("object")
            if o.get("template")]


def test_maps_folder_has_maps() -> None:
    assert MAPS, "maps/ holds no .tmx maps"


@pytest.mark.parametrize("source", MAPS + TEMPLATED, ids=lambda p: p.name)
def test_tiled_export_loads_to_the_same_level(source: Path, tmp_path: Path) -> None:
    exported = export_map(source, tmp_path / source.name, detach=False)
    assert len(template_refs(exported)) == len(template_refs(source))
    assert referenced_files(exported) == referenced_files(source)  # paths rebased by Tiled
    assert_same_level(load_level(source), load_level(exported))


@pytest.mark.parametrize("source", MAPS + TEMPLATED, ids=lambda p: p.name)
def test_tiled_export_with_detached_templates_loads_to_the_same_level(
    source: Path, tmp_path: Path
) -> None:
    exported = export_map(source, tmp_path / source.name, detach=True)
    assert template_refs(exported) == []
    assert_same_level(load_level(source), load_level(exported))


def test_detached_export_carries_the_template_values_in_the_file(tmp_path: Path) -> None:
    """Tiled itself reads our .tx files: detaching writes their class and properties inline."""
    exported = export_map(FIXTURES / "templates.tmx", tmp_path / "templates.tmx", detach=True)
    root = ET.parse(exported).getroot()
    guard = next(o for o in root.iter("object") if o.get("id") == "3")
    assert guard.get("type") == "Character"
    assert guard.get("name") == "armored car guard"
    assert guard.find("point") is not None
    props = {p.get("name"): p.get("value") for p in guard.iter("property")}
    assert props == {"role": "guard", "faction": "guard", "weapon": "pistol",
                     "behaviour": "guard"}
    car = next(o for o in root.iter("object") if o.get("id") == "7")
    assert (car.get("type"), car.get("width"), car.get("height")) == ("Cover", "128", "56")


def test_tiled_1_9_and_1_10_spellings_load_to_the_same_objects() -> None:
    old = load_level(FIXTURES / "spelling-1.9.tmx")
    new = load_level(FIXTURES / "spelling-1.10.tmx")
    assert_same_level(old, new)
    assert {o.id: o.cls for o in old.objects} == {
        1: "Spawn", 2: "Character", 3: "PatrolPath", 4: "Character", 5: "Character",
        6: "Target", 7: "Wall", 8: "Region", 9: "Objective", 10: "Objective",
    }


def test_newer_spellings_are_really_what_they_claim() -> None:
    """Guards the fixtures themselves: 1.9 writes class=, 1.10 type=, both class the map."""
    for name, version, attr in (("spelling-1.9.tmx", "1.9", "class"),
                                ("spelling-1.10.tmx", "1.10", "type")):
        root = ET.parse(FIXTURES / name).getroot()
        assert root.get("version") == version
        assert root.get("class") == "Mission"
        objects = [o for o in root.iter("object") if not o.get("template")]
        assert objects and all(o.get(attr) for o in objects)
        other = "type" if attr == "class" else "class"
        assert not any(o.get(other) for o in objects)


def test_spelling_fixture_values_are_typed_and_defaulted() -> None:
    level = load_level(FIXTURES / "spelling-1.9.tmx")
    by_id = {o.id: o for o in level.objects}
    assert level.properties["night"] is False
    assert level.properties["ambient_light"] == pytest.approx(0.35)
    assert level.properties["sides"] == "crew"  # the Mission default
    assert by_id[2].properties["leader"] == 4
    assert by_id[4].properties["path"] == 3
    assert by_id[3].points == ((320.0, 96.0), (448.0, 96.0), (448.0, 256.0))
    assert by_id[3].properties == {"loop": True, "pause_s": 2.5}
    assert by_id[5].properties["role"] == "guard"  # from the 1.9-spelled template
    assert by_id[7].properties == {"material": "glass", "blocks_sight": False}
    assert [layer.above_actors for layer in level.layers] == [False, False, True]


def test_tiled_1_8_drops_1_9_classes_and_the_checker_says_so(tmp_path: Path) -> None:
    """The trap the guide warns about: Tiled 1.8 ignores class=, so re-saving a 1.9 map in 1.8
    leaves objects without a class; the loader must name every one of them, not crash."""
    exported = export_map(FIXTURES / "spelling-1.9.tmx", tmp_path / "old.tmx", detach=False)
    plain = [o for o in ET.parse(exported).getroot().iter("object") if not o.get("template")]
    assert plain and not any(o.get("class") or o.get("type") for o in plain)
    with pytest.raises(MapError) as caught:
        load_level(exported)
    unclassed = [p.where for p in caught.value.problems
                 if p.message.startswith("object has no Type")]
    assert len(unclassed) == len(plain)
