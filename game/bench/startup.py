"""``heat bench --scenario startup``: launch to title on screen, as a player starts the game:
a fresh ``python -m game`` each time, timed from spawn until the first frame is flipped."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from game.bench.figures import median

PROBE = "HEAT_STARTUP_PROBE"  # the app prints this and quits after its first frame
GOAL_S = 0.5


def launch_once() -> tuple[float, float]:
    """(wall s from spawn to the first frame, the child's CPU s by then)."""
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", **{PROBE: "1"})
    t0 = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "game", "--windowed"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    wall, cpu = -1.0, -1.0
    for line in child.stdout:
        if line.startswith(PROBE):
            wall, cpu = time.perf_counter() - t0, float(line.split()[1])
            break
    child.wait(timeout=60)
    if wall < 0:
        raise RuntimeError(f"the game never drew its title: {child.stderr.read().strip()}"
                           if child.stderr else "the game never drew its title")
    return wall, cpu


def slowest_imports(top: int = 8) -> list[tuple[float, str]]:
    """The heaviest imports (cumulative ms) of one launch, from ``-X importtime``."""
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", **{PROBE: "1"})
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "game", "--windowed"],
                          env=env, capture_output=True, text=True, timeout=60, check=False)
    found = []
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            name = parts[2].rstrip()
            if len(name) - len(name.lstrip()) <= 2:  # top-level imports only
                found.append((int(parts[1]) / 1000.0, name.strip()))
    return sorted(found, reverse=True)[:top]


def run_startup_bench(launches: int) -> int:
    runs = [launch_once() for _ in range(launches)]
    walls, cpus = [w for w, _ in runs], [c for _, c in runs]
    print(f"heat bench --scenario startup: {launches} launches of python -m game (dummy video)")
    print(f"launch to title drawn: median {median(walls):.3f} s, fastest {min(walls):.3f} s "
          f"(goal <= {GOAL_S:.1f} s); the game's CPU by then: median {median(cpus):.3f} s")
    print("heaviest imports, cumulative ms: " + ", ".join(
        f"{name} {ms:.0f}" for ms, name in slowest_imports()))
    return 0
