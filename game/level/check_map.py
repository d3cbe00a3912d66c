"""``heat check-map``: load each map and print every problem, one line each."""

from __future__ import annotations

import sys
from pathlib import Path

from game.level.build_world import build_world
from game.level.errors import MapError, Problem
from game.level.load_level import load_level
from game.level.validate_level import playable_sides


def problems_in(path: Path) -> list[Problem]:
    """Every problem in one map: loading, then building a world for each side it offers."""
    try:
        level = load_level(path)
        for side in playable_sides(level):
            build_world(level, path.stem, side)
    except MapError as err:
        return err.problems
    return []


def check_maps(paths: list[Path]) -> int:
    failed = 0
    for path in paths:
        problems = problems_in(path)
        for problem in problems:
            print(problem, file=sys.stderr)
        if any(p.severity == "error" for p in problems):
            failed += 1
        else:
            print(f"{path}: ok")
    return 1 if failed else 0
