"""``heat check-map``: load each map and print every problem, one line each."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from game.level.build_world import build_world
from game.level.errors import MapError, Problem, grouped, map_errors_only
from game.level.load_level import load_level
from game.level.validate_level import playable_sides


def problems_in(path: Path) -> list[Problem]:
    """Every problem in one map, warnings included: loading, then building a world for each
    side it offers (a fault while building is a problem too, never a traceback)."""
    try:
        level = load_level(path)
        with map_errors_only(str(path), "building the world"):
            for side in playable_sides(level):
                build_world(level, path.stem, side)
    except MapError as err:
        return err.problems + hidden_layer_warnings(path)
    return level.warnings + hidden_layer_warnings(path)


def hidden_layer_warnings(path: Path) -> list[Problem]:
    """A hidden object layer is ignored by the game, unless it is a spawn:NAME group."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError, ValueError, LookupError):
        return []  # the loader has already said why the file cannot be read
    found = []
    for layer in root.iter("objectgroup"):
        name = layer.get("name", "")
        count = len(layer.findall("object"))
        if layer.get("visible") == "0" and not name.startswith("spawn:") and count:
            found.append(Problem(str(path), f"layer '{name}'", f"hidden, so its {count} "
                                 "object(s) are ignored", "show the layer to use them, or "
                                 f"rename it spawn:{name} to bring them in with spawn_group",
                                 severity="warning"))
    return found


def check_maps(paths: list[Path]) -> int:
    failed = 0
    for path in paths:
        problems = problems_in(path)
        for problem in grouped(problems):
            print(problem, file=sys.stderr)
        if any(p.severity == "error" for p in problems):
            failed += 1
        else:
            warned = sum(p.severity == "warning" for p in problems)
            print(f"{path}: ok" + (f" ({warned} warnings)" if warned else ""))
    return 1 if failed else 0
