"""The scripted bot wins every mission on every side over a few fixed seeds, in-process (the
CLI test covers one seed through ``heat run``). These seeds were failures of the old bot:
downtown's crew crossing the first junction without shooting back, Hanna standing in the open
at his corner, the armored-car Hanna trading fire in the middle of the junction."""

from __future__ import annotations

import pytest

from game.headless import run_headless

TICKS = 36000  # the run stops as soon as the mission ends

CASES = [
    ("downtown", "crew", 2),
    ("downtown", "crew", 11),
    ("downtown", "lapd", 14),
    ("downtown", "lapd", 20),
    ("armored-car", "lapd", 12),
    ("armored-car", "lapd", 13),
    ("armored-car", "crew", 1),
    ("drive-in", "crew", 3),
    ("stakeout", "crew", 1),
    ("stakeout", "lapd", 1),
    ("lax", "crew", 1),
    ("lax", "lapd", 1),
    ("sandbox", "crew", 1),
]


@pytest.mark.parametrize(("mission", "side", "seed"), CASES,
                         ids=[f"{m}-{s}-seed{n}" for m, s, n in CASES])
def test_the_bot_wins(mission: str, side: str, seed: int) -> None:
    report = run_headless(mission, TICKS, seed=seed, side=side, bot=True)
    assert report["outcome"] == "success", report
