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
IDLE_S = 3.0
IDLE_GOAL = 0.10  # of a core


def video_driver() -> str:
    """A real X display when there is one (``xvfb-run heat bench ...``): the first flip is then
    a window's, with the X round trips a player's start has; else SDL's dummy driver."""
    return "x11" if os.environ.get("DISPLAY") else "dummy"


def launch_once() -> tuple[float, float, int]:
    """(wall s from spawn to the first frame, the child's CPU s by then, its frame cap Hz)."""
    child, wall, cpu, hz = _launch("1")
    child.wait(timeout=60)
    return wall, cpu, hz


def title_idle(seconds: float) -> float | None:
    """Share of a core the title uses while nobody touches it, over ``seconds`` after its
    start-up work is done (None where the OS gives no child's CPU time)."""
    if not hasattr(os, "wait4"):
        return None
    child, _, cpu, _ = _launch("idle")
    time.sleep(seconds)
    child.terminate()
    _, _, usage = os.wait4(child.pid, 0)
    return (usage.ru_utime + usage.ru_stime - cpu) / seconds


def _launch(probe: str) -> tuple[subprocess.Popen, float, float, int]:
    env = dict(os.environ, SDL_VIDEODRIVER=video_driver(), SDL_AUDIODRIVER="dummy",
               **{PROBE: probe})
    t0 = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "game", "--windowed"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith(PROBE):
            _, cpu, hz = line.split()
            return child, time.perf_counter() - t0, float(cpu), int(hz)
    child.wait(timeout=60)
    raise RuntimeError(f"the game never drew its title: {child.stderr.read().strip()}"
                       if child.stderr else "the game never drew its title")


def slowest_imports(top: int = 8) -> list[tuple[float, str]]:
    """The heaviest imports (cumulative ms) of one launch, from ``-X importtime``."""
    env = dict(os.environ, SDL_VIDEODRIVER=video_driver(), SDL_AUDIODRIVER="dummy",
               **{PROBE: "1"})
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
    walls, cpus = [w for w, _, _ in runs], [c for _, c, _ in runs]
    print(f"heat bench --scenario startup: {launches} launches of python -m game "
          f"({video_driver()} video)")
    print(f"launch to title drawn: median {median(walls):.3f} s, fastest {min(walls):.3f} s "
          f"(goal <= {GOAL_S:.1f} s); the game's CPU by then: median {median(cpus):.3f} s")
    idle = title_idle(IDLE_S)
    if idle is not None:
        print(f"title left alone for {IDLE_S:.0f} s: {idle:.1%} of a core "
              f"(goal < {IDLE_GOAL:.0%}); frame cap in play {runs[0][2]} Hz (the display's "
              f"refresh rate)")
    print("heaviest imports, cumulative ms: " + ", ".join(
        f"{name} {ms:.0f}" for ms, name in slowest_imports()))
    return 0
