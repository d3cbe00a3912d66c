"""What every bench scenario shares: medians, p99s and a per-system timer for ``step``."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from game.sim.step import System
from game.sim.world import World

TICK_HZ = 60

frame_clock = time.thread_time
"""Per-frame costs are this thread's CPU time: on a shared machine, wall time also counts the
waits while other processes run, which is noise, not the frame's cost."""


def p99(series: Sequence[float]) -> float:
    """The value 99 in 100 samples stay at or under (the worst one for fewer than 100)."""
    ordered = sorted(series)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(0.99 * len(ordered)) - 1))]


def median(series: Sequence[float]) -> float:
    return statistics.median(series) if series else 0.0


@dataclass
class SystemClock:
    """A ``SystemTimer`` for ``step``: sums the seconds each system takes, by name."""

    spent: dict[str, float] = field(default_factory=dict)

    def timed(self, system: System, world: World, dt: float) -> None:
        t0 = frame_clock()
        system(world, dt)
        name = system.__name__
        self.spent[name] = self.spent.get(name, 0.0) + frame_clock() - t0

    def add(self, name: str, seconds: float) -> None:
        self.spent[name] = self.spent.get(name, 0.0) + seconds

    def shares(self) -> list[tuple[str, float]]:
        """(name, share of the total) for every timed part, largest first."""
        total = sum(self.spent.values()) or 1.0
        return sorted(((n, s / total) for n, s in self.spent.items()), key=lambda p: -p[1])


def shares_line(clock: SystemClock, top: int = 8) -> str:
    parts = [f"{name} {share:.0%}" for name, share in clock.shares()[:top]]
    return "  share: " + ", ".join(parts)
