"""``heat bench --scenario combat``: a hundred agents of two sides fighting on an open lot with
cover, headless; reports the AI systems' share of each tick apart from the rest of the sim."""

from __future__ import annotations

import gc
import statistics
from collections.abc import Callable

from game.bench.figures import frame_clock
from game.sim.ai.lighting import LightField
from game.sim.body_grid import BodyGrid
from game.sim.collision_map import CollisionMap, Solid
from game.sim.components import Awareness, Health
from game.sim.prefabs import add_ai, spawn_actor
from game.sim.step import AI_SYSTEMS, SYSTEMS
from game.sim.units import DT
from game.sim.world import World

TILE = 32.0
LOT = (80, 48)  # tiles
WARM_UP = 60  # ticks left out: the first looks and path requests all land at once
SIDES = (("crew", 22, 0.0), ("lapd", 52, 3.14159))  # side, first column, facing


def lot_size(agents: int) -> tuple[int, int]:
    """The lot in tiles: 48 deep, or deeper so that four to a rank, three tiles between ranks,
    every agent stands on it (the density stays the same as the fight grows)."""
    return LOT[0], max(LOT[1], 3 * -(-agents // 8) + 8)


def combat_world(agents: int, seed: int = 3) -> World:
    """An open lot with barriers, parked cars (body and engine block) and pylons; half the
    agents crew in the west, half LAPD in the east, 16 to 30 m apart and alerted."""
    world = World.seeded(seed)
    lot = lot_size(agents)
    width, height = lot[0] * TILE, lot[1] * TILE
    world.set_resource(CollisionMap.build(width, height, TILE, _cover_pieces(lot)))
    world.set_resource(BodyGrid())
    world.set_resource(LightField(ambient=0.6))
    for i in range(agents):
        side, column, facing = SIDES[i % 2]
        rank = i // 2
        x = (column + (rank % 4) * 2 * (1 if side == "crew" else -1) + 0.5) * TILE
        y = (4 + (rank // 4) * 3 + 0.5) * TILE
        eid = spawn_actor(world, side, x, y, facing, weapon="rifle" if rank % 3 else "pistol")
        health = world.get(eid, Health)
        assert health is not None
        health.hp = health.max_hp = 1e9  # nobody falls: the fight stays a hundred strong
        add_ai(world, eid, "hold")
        _alert(world, eid, (LOT[0] - column) * TILE, y)
    return world


def _alert(world: World, eid: int, x: float, y: float) -> None:
    """Both sides know the other is out there: they start searching toward it."""
    aware = world.get(eid, Awareness)
    assert aware is not None
    aware.state, aware.suspicion, aware.last_x, aware.last_y = "searching", 0.6, x, y


def _cover_pieces(lot: tuple[int, int]) -> list[Solid]:
    pieces = []
    for row in range(3, lot[1] - 3, 6):
        for col in range(28, 52, 6):
            stagger = 3 if (row // 6) % 2 else 0
            x, y = (col + stagger) * TILE, row * TILE
            if (row + col) % 4 == 1:  # a parked car, nose east
                pieces.append(Solid(x, y, 2 * TILE, TILE, "car_body", False))
                pieces.append(Solid(x + 2 * TILE, y, TILE, TILE, "engine_block", False))
            elif (row + col) % 4 == 3:
                pieces.append(Solid(x, y, TILE, TILE, "concrete"))  # a pylon
            else:
                pieces.append(Solid(x, y, TILE, 3 * TILE, "concrete", False))  # a barrier
    return pieces


def measure(world: World, ticks: int) -> tuple[list[float], list[float], dict[str, list[float]]]:
    """Per tick: ms in AI systems, ms in the rest, and ms per AI system."""
    ai_ms: list[float] = []
    rest_ms: list[float] = []
    per_system: dict[str, list[float]] = {s.__name__: [] for s in SYSTEMS if s in AI_SYSTEMS}
    gc.collect()
    gc.freeze()
    for tick in range(ticks + WARM_UP):
        ai, rest = _timed_step(world, per_system if tick >= WARM_UP else None)
        if tick >= WARM_UP:
            ai_ms.append(ai)
            rest_ms.append(rest)
    return ai_ms, rest_ms, per_system


def _timed_step(world: World, per_system: dict[str, list[float]] | None) -> tuple[float, float]:
    """One tick exactly as ``step`` runs it, timing each system."""
    world.events.clear()
    ai = rest = 0.0
    clock: Callable[[], float] = frame_clock
    for system in SYSTEMS:
        t0 = clock()
        system(world, DT)
        spent = (clock() - t0) * 1000.0
        if system in AI_SYSTEMS:
            ai += spent
            if per_system is not None:
                per_system[system.__name__].append(spent)
        else:
            rest += spent
    t0 = clock()
    world.flush_despawned()
    world.tick += 1
    world.time_s = world.tick * DT
    world.take_outbox()
    return ai, rest + (clock() - t0) * 1000.0


def run_combat_bench(ticks: int, agents: int) -> int:
    world = combat_world(agents)
    ai, rest, per_system = measure(world, ticks)
    total = [a + r for a, r in zip(ai, rest, strict=True)]
    share = [a / t for a, t in zip(ai, total, strict=True) if t > 0]
    print(f"heat bench --scenario combat: {ticks} ticks, {agents} agents "
          f"({(agents + 1) // 2} crew, {agents // 2} LAPD), headless")
    print(f"{'':12}{'median ms':>11}{'p99 ms':>10}")
    for name, series in (("ai", ai), ("rest of sim", rest), ("tick", total)):
        print(f"{name:12}{statistics.median(series):11.3f}{_p99(series):10.3f}")
    print(f"AI share of the tick: median {statistics.median(share):.0%}, "
          f"p99 {_p99(share):.0%}")
    print("AI systems, median ms: " + ", ".join(
        f"{name} {statistics.median(series):.3f}" for name, series in per_system.items()))
    return 0


def _p99(series: list[float]) -> float:
    ordered = sorted(series)
    return ordered[min(len(ordered) - 1, max(0, round(0.99 * len(ordered)) - 1))]
