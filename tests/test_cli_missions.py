"""``heat list`` shows every mission with its sides and title, and the scripted bot finishes
every mission on every side it lists (``heat run ID --side S --bot``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.level.missions import CATALOGUE, list_missions

ROOT = Path(__file__).resolve().parent.parent
BOT_TICKS = 36000  # ten minutes of play: the run stops as soon as the mission ends
# In CI each mission and side gets up to three tries (seeds 5, 6, 7, stopping at the first win):
# the bot loses a gunfight now and then (about one run in twenty on the armored car's police
# side), as a player does, and one lost fight must not read as a mission it cannot finish.
# HEAT_BOT_SEEDS=1,2,3,... instead requires a win on every seed listed (for sweeps).
ON_DEMAND = os.environ.get("HEAT_BOT_SEEDS")
SEEDS = tuple(int(s) for s in (ON_DEMAND or "5,6,7").split(","))

# Sides a map lists that the bot cannot finish yet, each with why. The test for such a side is
# an expected failure that must fail (strict): once the side becomes playable, delete its line.
NOT_YET_PLAYABLE: dict[tuple[str, str], str] = {}


def heat(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    return subprocess.run([sys.executable, "-m", "game", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600, check=False)


def test_list_prints_one_line_per_mission_with_sides_and_title() -> None:
    result = heat("list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(CATALOGUE) >= 2
    for line, info in zip(lines, list_missions(), strict=True):
        assert line.split()[0] == info.id and line.split()[1] == ",".join(info.sides)
        assert line.endswith(info.title)
    assert lines[0].split(maxsplit=2) == ["sandbox", "crew", "Sandbox: the range"]


def test_list_json_has_every_mission_its_sides_and_title() -> None:
    result = heat("list", "--json")
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    assert [m["id"] for m in listed] == [spec.id for spec in CATALOGUE]
    for entry, info in zip(listed, list_missions(), strict=True):
        assert entry == {"id": info.id, "sides": list(info.sides), "title": info.title,
                         "map": info.map_file}
        assert entry["sides"] and set(entry["sides"]) <= {"crew", "lapd"} and entry["title"]
    armored = next(m for m in listed if m["id"] == "armored-car")
    assert armored["title"] == "The Armored Car" and "crew" in armored["sides"]


def _every_side() -> list:
    cases = []
    for info in list_missions():
        for side in info.sides:
            for seed in SEEDS if ON_DEMAND else (None,):
                marks = []
                if (info.id, side) in NOT_YET_PLAYABLE:
                    marks = [pytest.mark.xfail(reason=NOT_YET_PLAYABLE[info.id, side],
                                               strict=True)]
                tag = "any" if seed is None else seed
                cases.append(pytest.param(info.id, side, seed, marks=marks,
                                          id=f"{info.id}-{side}-seed-{tag}"))
    return cases


@pytest.mark.parametrize("mission, side, seed", _every_side())
def test_the_bot_finishes_every_listed_mission_and_side(mission: str, side: str,
                                                        seed: int | None) -> None:
    lost: dict[int, str] = {}
    for tried in (seed,) if seed is not None else SEEDS:
        result = heat("run", mission, "--side", side, "--bot", "--ticks", str(BOT_TICKS),
                      "--seed", str(tried))
        assert result.returncode == 0, result.stderr
        report = json.loads(result.stdout)
        assert (report["mission"], report["side"]) == (mission, side)
        if report["outcome"] == "success":
            assert report["ticks"] < BOT_TICKS
            return
        assert report["outcome"] == "failed", report  # a lost fight, never a run left hanging
        lost[tried] = report.get("reason", "")
    pytest.fail(f"the bot lost {mission} as {side} on every seed tried: {lost}")
