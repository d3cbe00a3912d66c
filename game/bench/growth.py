"""``heat bench --scenario growth``: how the cost of a tick grows with the number of AIs (a
fight on a lot that deepens with them, so density stays the same) and with rounds in flight."""

from __future__ import annotations

import gc
import math
from collections.abc import Callable, Sequence

from game.bench.combat import combat_world
from game.bench.figures import SystemClock, frame_clock, median
from game.bench.stress import stress_world, top_up_projectiles, wander
from game.sim.step import step
from game.sim.world import World

AGENTS = (50, 100, 200, 400, 1000)
ROUNDS = (300, 1000, 3000)
ROUND_WALKERS = 50  # actors among the rounds: something for them to hit
WARM_UP = 60  # ticks: the first looks and path requests all land at once


def tick_costs(world: World, ticks: int, before: Callable[[World], None] | None = None,
               ) -> tuple[float, SystemClock]:
    """Median CPU ms of a tick over ``ticks`` ticks after the warm-up, and where it went."""
    clock = SystemClock()
    spent: list[float] = []
    gc.collect()
    gc.freeze()
    for tick in range(WARM_UP + ticks):
        if before is not None:
            before(world)
        timed = tick >= WARM_UP
        t0 = frame_clock()
        step(world, timer=clock if timed else None)
        if timed:
            spent.append((frame_clock() - t0) * 1000.0)
        world.take_outbox()
    gc.unfreeze()
    return median(spent), clock


def _rounds_world(rounds: int) -> tuple[World, Callable[[World], None]]:
    world = stress_world(ROUND_WALKERS, rounds)

    def feed(w: World) -> None:
        wander(w)
        top_up_projectiles(w, rounds)

    return world, feed


def _curve(label: str, sizes: Sequence[int], ticks: int,
           build: Callable[[int], tuple[World, Callable[[World], None] | None]]) -> None:
    print(f"{label:>8}{'ms/tick':>10}{'us each':>10}{'exponent':>10}   largest systems")
    last: tuple[int, float] | None = None
    for n in sizes:
        world, feed = build(n)
        ms, clock = tick_costs(world, ticks, feed)
        exponent = "" if last is None or ms <= 0 or last[1] <= 0 else \
            f"{math.log(ms / last[1]) / math.log(n / last[0]):.2f}"
        top = ", ".join(f"{name} {share:.0%}" for name, share in clock.shares()[:3])
        print(f"{n:8d}{ms:10.3f}{ms * 1000.0 / n:10.2f}{exponent:>10}   {top}")
        last = (n, ms)


def run_growth_bench(ticks: int, sizes: Sequence[int] | None) -> int:
    print(f"heat bench --scenario growth: median CPU ms per tick over {ticks} ticks; exponent k "
          f"of cost ~ n^k between rows (1 = linear, n log n reads ~1.1, 2 = quadratic)")
    print("AIs fighting (half crew, half LAPD, alerted; the lot deepens with them):")
    _curve("AIs", sizes or AGENTS, ticks, lambda n: (combat_world(n), None))
    print(f"rounds in flight among {ROUND_WALKERS} walking actors on the sandbox:")
    _curve("rounds", sizes or ROUNDS, ticks, _rounds_world)
    return 0
