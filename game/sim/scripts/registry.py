"""Which mission has a script: mission id -> (set-up, per-tick rules)."""

from __future__ import annotations

from collections.abc import Callable

from game.sim.scripts.armored_car import begin_armored_car, run_armored_car
from game.sim.world import World

Begin = Callable[[World], None]
Run = Callable[[World, float], None]

SCRIPTS: dict[str, tuple[Begin, Run]] = {
    "armored-car": (begin_armored_car, run_armored_car),
}
