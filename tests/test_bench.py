"""``heat bench``: every scenario runs at tiny sizes and prints the fields it promises.
Correctness only: no figure here is judged, benchmarks are never timed asserts."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from game.bench.combat import combat_world
from game.bench.compare import missing_peers
from game.bench.figures import SystemClock
from game.sim.state_hash import state_hash
from game.sim.step import SYSTEMS, step

ROOT = Path(__file__).resolve().parent.parent


def heat(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", **env)
    return subprocess.run([sys.executable, "-m", "game", "bench", *args], cwd=ROOT, env=environ,
                          capture_output=True, text=True, timeout=240, check=False)


def test_headless_reports_ticks_per_cpu_second_multiple_and_shares() -> None:
    done = heat("--scenario", "headless", "sandbox", "--frames", "40")
    assert done.returncode == 0, done.stderr
    row = next(line for line in done.stdout.splitlines() if line.startswith("sandbox"))
    side, ticks, outcome, per_s, times, steady, load_ms, whole = row.split()[1:]
    assert (side, ticks, outcome) == ("crew", "40", "running")
    assert float(per_s) > 0 and times.endswith("x") and whole.endswith("x")
    assert steady == times and float(load_ms) >= 0  # 40 ticks: no steady state after a second
    share = next(line for line in done.stdout.splitlines() if "share:" in line)
    assert re.search(r"[a-z_.]+ \d+%", share)
    assert "slowest:" in done.stdout


def test_headless_names_an_unknown_mission_in_one_line() -> None:
    done = heat("--scenario", "headless", "no-such-job")
    assert done.returncode == 1
    assert len(done.stderr.splitlines()) == 1 and "no-such-job" in done.stderr


def test_a_mission_is_refused_where_a_scenario_takes_none() -> None:
    done = heat("--scenario", "growth", "sandbox")
    assert done.returncode == 2 and "MISSION" in done.stderr


def test_growth_prints_a_row_per_size_for_agents_and_rounds() -> None:
    done = heat("--scenario", "growth", "--sizes", "4,8", "--frames", "2")
    assert done.returncode == 0, done.stderr
    rows = [line.split() for line in done.stdout.splitlines() if re.match(r"\s+\d+\s", line)]
    assert [r[0] for r in rows] == ["4", "8", "4", "8"]
    assert all(float(r[1]) > 0 for r in rows)
    assert len(rows[1]) > len(rows[0])  # the second size has an exponent, the first none


def test_busiest_reports_median_and_p99_of_sim_render_and_total() -> None:
    done = heat("--scenario", "busiest", "sandbox", "--frames", "10")
    assert done.returncode == 0, done.stderr
    names = [line.split()[0] for line in done.stdout.splitlines()
             if line.split() and line.split()[0] in ("sim", "render", "total")]
    assert names == ["sim", "render", "total"]
    assert "busiest window: frames" in done.stdout and "budget" in done.stdout


def test_startup_times_launch_to_title() -> None:
    done = heat("--scenario", "startup", "--frames", "1")
    assert done.returncode == 0, done.stderr
    assert re.search(r"launch to title drawn: median \d+\.\d+ s", done.stdout)
    assert "heaviest imports" in done.stdout


def test_compare_runs_both_peers_or_says_how_to_install_them() -> None:
    done = heat("--compare", "--frames", "3")
    if missing_peers():
        assert done.returncode == 2
        assert "pip install 'heat-game[bench]'" in done.stderr
    else:
        assert done.returncode == 0, done.stderr
        assert "HEAT / pyscroll =" in done.stdout
        assert done.stdout.count("HEAT / esper =") == 2


@pytest.mark.parametrize("seed", [1, 2])
def test_the_step_timer_sees_every_system_and_changes_nothing(seed: int) -> None:
    timed, plain = combat_world(8, seed), combat_world(8, seed)
    clock = SystemClock()
    for _ in range(90):
        step(timed, timer=clock)
        step(plain)
    assert set(clock.spent) == {s.__name__ for s in SYSTEMS}
    assert state_hash(timed) == state_hash(plain)
