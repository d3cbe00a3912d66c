"""Seeded map fuzzing: shipped maps, tilesets, templates and images damaged a few hundred ways
(more with HEAT_FUZZ_CASES=5000, another run with HEAT_FUZZ_SEED=N) must give MapError lines
naming a file from load, check and build, and a level that loads must pre-render."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from game.level.check_map import problems_in
from game.level.errors import Problem
from game.level.load_level import load_level
from tools.map_mutator import make_case

if TYPE_CHECKING:
    from game.render.assets import Assets

CASES = int(os.environ.get("HEAT_FUZZ_CASES", "240"))
FIRST_SEED = int(os.environ.get("HEAT_FUZZ_SEED", "0"))
BATCH = 20
FILE_ENDINGS = (".tmx", ".tsx", ".tx", ".png", ".tiled-project")


def _names_a_file(problem: Problem) -> bool:
    return problem.file.endswith(FILE_ENDINGS) and "\n" not in str(problem)


def _render(path: Path, assets: Assets) -> None:
    """A level that loads must also pre-render (the renderer once crashed on a tileset that
    declared a bigger image than its PNG)."""
    from game.render.tile_chunks import build_chunks

    assets.images.clear()  # every case has its own copy of the tileset image
    build_chunks(load_level(path), assets)


@pytest.mark.parametrize("batch", range((CASES + BATCH - 1) // BATCH))
def test_damaged_maps_give_map_errors_naming_a_file(batch: int, tmp_path: Path,
                                                     screen: tuple[Assets, object]) -> None:
    first = FIRST_SEED + batch * BATCH
    for seed in range(first, min(first + BATCH, FIRST_SEED + CASES)):
        folder = tmp_path / str(seed)
        case = make_case(seed, folder)
        problems = problems_in(case.map_path)  # anything but a MapError fails the test here
        unnamed = [str(p) for p in problems if not _names_a_file(p)]
        assert not unnamed, f"seed {seed} {case}: lines naming no file: {unnamed[:3]}"
        if not any(p.severity == "error" for p in problems):
            _render(case.map_path, screen[0])


def test_the_fuzzer_damages_every_kind_of_file(tmp_path: Path) -> None:
    """The cases cover maps, tilesets, templates and images, and most of them are refused."""
    targets, refused = set(), 0
    for seed in range(60):
        case = make_case(seed, tmp_path / str(seed))
        targets.add(case.target)
        refused += any(p.severity == "error" for p in problems_in(case.map_path))
    assert targets == {"map", "tileset", "template", "image"}
    assert refused > 20


def test_same_seed_same_case(tmp_path: Path) -> None:
    one, two = make_case(7, tmp_path / "a"), make_case(7, tmp_path / "b")
    assert one.mutations == two.mutations
    assert one.map_path.read_bytes() == two.map_path.read_bytes()
