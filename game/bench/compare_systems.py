"""Movement + collision against esper: HEAT's move_bodies and separate_bodies on a world of
wandering actors, and an esper build of the same work on copies of the same entities."""

from __future__ import annotations

import gc
import math
import random
from dataclasses import dataclass, replace
from typing import Any

from game.bench.esper_build import WORLD_NAME, build_processors
from game.bench.figures import frame_clock, median, p99
from game.bench.stress import stress_world
from game.sim.body_grid import BodyGrid
from game.sim.collision_map import CollisionMap
from game.sim.components import Body, Position, Velocity
from game.sim.systems.move_bodies import move_bodies
from game.sim.systems.separate_bodies import separate_bodies
from game.sim.units import DT

TURN_EVERY = 30  # ticks between each walker's changes of direction
SPEED_PX_S = 150.0


@dataclass(frozen=True, slots=True)
class SystemsRun:
    heat_ms: list[float]
    esper_ms: list[float]
    drift_px: float  # mean distance between the two builds' positions at the end

    @property
    def ratio(self) -> float:
        return median(self.heat_ms) / max(median(self.esper_ms), 1e-9)


def compare_systems(agents: int, ticks: int, standing_every: int = 0) -> SystemsRun:
    """``standing_every`` n: every n-th actor stands still (0: everybody walks)."""
    import esper

    world = stress_world(agents, 0)
    rows = world.query(Position, Velocity, Body)
    esper.switch_world(WORLD_NAME)
    esper.clear_database()
    twins = [(replace(p), replace(v), replace(b)) for _, p, v, b in rows]
    for components in twins:
        esper.create_entity(*components)
    for processor in build_processors(esper, world.resource(CollisionMap),
                                      world.resource(BodyGrid).cell):
        esper.add_processor(processor)
    heat_turns, esper_turns = random.Random(7), random.Random(7)
    run = SystemsRun([], [], 0.0)
    gc.collect()
    gc.freeze()
    for tick in range(ticks + 10):
        _turn(tick, [v for i, (_, _, v, _) in enumerate(rows) if _walks(i, standing_every)],
              heat_turns)
        _turn(tick, [v for i, (_, v, _) in enumerate(twins) if _walks(i, standing_every)],
              esper_turns)
        t0 = frame_clock()
        move_bodies(world, DT)
        separate_bodies(world, DT)
        t1 = frame_clock()
        esper.process(DT)
        t2 = frame_clock()
        if tick >= 10:
            run.heat_ms.append((t1 - t0) * 1000.0)
            run.esper_ms.append((t2 - t1) * 1000.0)
    gc.unfreeze()
    drift = sum(math.hypot(p.x - q.x, p.y - q.y) for (_, p, _, _), (q, _, _) in
                zip(rows, twins, strict=True)) / max(1, len(rows))
    _tidy(esper)
    return SystemsRun(run.heat_ms, run.esper_ms, drift)


def _walks(index: int, standing_every: int) -> bool:
    return standing_every == 0 or index % standing_every != 0


def _turn(tick: int, velocities: list[Velocity], rng: random.Random) -> None:
    """Every walker picks a new direction now and then: the same draws for both builds."""
    if tick % TURN_EVERY:
        return
    for vel in velocities:
        angle = rng.uniform(0.0, math.tau)
        vel.vx, vel.vy = math.cos(angle) * SPEED_PX_S, math.sin(angle) * SPEED_PX_S


def _tidy(esper: Any) -> None:
    esper.switch_world("default")
    esper.delete_world(WORLD_NAME)


def report_systems(agents: int, run: SystemsRun, who: str) -> None:
    print(f"movement + collision, {agents} actors on the sandbox, {who}, "
          f"{len(run.heat_ms)} ticks:")
    print(f"  {'':10}{'median ms':>11}{'p99 ms':>10}")
    for label, series in (("HEAT", run.heat_ms), ("esper", run.esper_ms)):
        print(f"  {label:10}{median(series):11.3f}{p99(series):10.3f}")
    print(f"  HEAT / esper = {run.ratio:.2f}x (goal <= 0.80x); the builds end "
          f"{run.drift_px:.1f} px apart on average (contact order differs)")


