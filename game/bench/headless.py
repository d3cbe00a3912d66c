"""``heat bench --scenario headless [MISSION]``: every shipped mission (or one) played by the bot
with no window; ticks per CPU second, the multiple of real time, and each system's share."""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass

from game.bench.figures import TICK_HZ, SystemClock, frame_clock, shares_line
from game.bots.objective_bot import ObjectiveBot
from game.level.missions import CATALOGUE, resolve_mission
from game.paths import maps_dir
from game.session import MissionSession
from game.sim.step import step

TARGET_X = 200.0  # the goal: this many times real time


@dataclass(frozen=True, slots=True)
class HeadlessRun:
    mission: str
    ticks: int
    cpu_s: float
    outcome: str

    @property
    def ticks_per_cpu_s(self) -> float:
        return self.ticks / self.cpu_s if self.cpu_s > 0 else float("inf")

    @property
    def times_real(self) -> float:
        return self.ticks_per_cpu_s / TICK_HZ


def shipped_missions() -> list[str]:
    """The catalogue's ids, then any other map shipped in maps/ (by path)."""
    names = [spec.id for spec in CATALOGUE if (maps_dir() / spec.map_file).is_file()]
    listed = {spec.map_file for spec in CATALOGUE}
    names += [str(p) for p in sorted(maps_dir().glob("*.tmx")) if p.name not in listed]
    return names


def play(name: str, max_ticks: int, clock: SystemClock | None = None) -> HeadlessRun:
    """The bot plays ``name`` until it ends or ``max_ticks``; CPU time of the loop only."""
    session = MissionSession.start(name)
    world, bot, mission = session.world, ObjectiveBot(), session.mission
    gc.collect()
    ticks = 0
    t0 = time.process_time()
    while ticks < max_ticks and mission.outcome == "running":
        if clock is None:
            bot.think(world)
            step(world)
        else:
            b0 = frame_clock()
            bot.think(world)
            clock.add("bot.think", frame_clock() - b0)
            step(world, timer=clock)
        world.take_outbox()
        ticks += 1
    cpu = time.process_time() - t0
    return HeadlessRun(session.mission_id, ticks, cpu, mission.outcome)


def run_headless_bench(mission: str | None, max_ticks: int) -> int:
    names = [mission] if mission else shipped_missions()
    for name in names:
        resolve_mission(name)  # an unknown name fails before any timing, with its one line
    print(f"heat bench --scenario headless: bot playing, up to {max_ticks} ticks each, "
          f"goal >= {TARGET_X:.0f}x real time")
    print(f"{'mission':16}{'ticks':>7}{'outcome':>10}{'ticks/CPU s':>13}{'x real':>9}")
    worst = float("inf")
    for name in names:
        run = play(name, max_ticks)
        worst = min(worst, run.times_real)
        print(f"{run.mission:16}{run.ticks:7d}{run.outcome:>10}{run.ticks_per_cpu_s:13.0f}"
              f"{run.times_real:8.0f}x")
        clock = SystemClock()
        play(name, max_ticks, clock)  # the same run again, each system timed
        print(shares_line(clock))
    print(f"slowest: {worst:.0f}x real time ({'meets' if worst >= TARGET_X else 'misses'} "
          f"the {TARGET_X:.0f}x goal)")
    return 0
