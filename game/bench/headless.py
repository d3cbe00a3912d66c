"""``heat bench --scenario headless [MISSION]``: every shipped mission (or one), each side it
offers, played by the bot ``heat run --bot`` uses, with no window; ticks per CPU second, the
multiple of real time, and each system's share.

Three figures per run, so short missions are not judged by their fixed costs alone: the tick
loop (what the goal is about), the loop after its first second (the steady state, once every
first plan and first sight is made) and the whole run with load and build (what a player of
``heat run`` pays beside the interpreter's own start)."""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass
from typing import Any

from game.bench.figures import TICK_HZ, SystemClock, frame_clock, shares_line
from game.bots.objective_bot import ObjectiveBot
from game.level.missions import CATALOGUE, mission_sides, resolve_mission
from game.missions import bot_for
from game.paths import maps_dir
from game.session import MissionSession
from game.sim.step import step

TARGET_X = 200.0  # the goal: this many times real time
WARM_TICKS = TICK_HZ  # the steady state starts after the first second


@dataclass(frozen=True, slots=True)
class HeadlessRun:
    mission: str
    side: str
    ticks: int
    load_s: float  # load + build, CPU seconds
    cpu_s: float  # the tick loop, CPU seconds
    warm_s: float  # the loop's first WARM_TICKS ticks, CPU seconds
    outcome: str

    @property
    def ticks_per_cpu_s(self) -> float:
        return self.ticks / self.cpu_s if self.cpu_s > 0 else float("inf")

    @property
    def times_real(self) -> float:
        return self.ticks_per_cpu_s / TICK_HZ

    @property
    def steady_x(self) -> float:
        """Times real time after the first second (the whole loop when it ran no longer)."""
        ticks, spent = self.ticks - WARM_TICKS, self.cpu_s - self.warm_s
        if ticks <= 0 or spent <= 0:
            return self.times_real
        return ticks / spent / TICK_HZ

    @property
    def whole_x(self) -> float:
        spent = self.cpu_s + self.load_s
        return self.ticks / spent / TICK_HZ if spent > 0 else float("inf")


def shipped_missions() -> list[str]:
    """The catalogue's ids, then any other map shipped in maps/ (by path)."""
    names = [spec.id for spec in CATALOGUE if (maps_dir() / spec.map_file).is_file()]
    listed = {spec.map_file for spec in CATALOGUE}
    names += [str(p) for p in sorted(maps_dir().glob("*.tmx")) if p.name not in listed]
    return names


def sides_of(name: str) -> tuple[str, ...]:
    """The sides a catalogue mission offers; a map given by path is played as the crew."""
    mission_id, _ = resolve_mission(name)
    if any(spec.id == mission_id for spec in CATALOGUE):
        return mission_sides(mission_id) or ("crew",)
    return ("crew",)


def play(name: str, max_ticks: int, side: str = "crew",
         clock: SystemClock | None = None) -> HeadlessRun:
    """The bot plays ``name`` until it ends or ``max_ticks``: CPU time of load + build, and of
    the loop (as ``heat run --bot`` runs it, seed 0)."""
    l0 = time.process_time()
    session = MissionSession.start(name, side, 0)
    world, mission = session.world, session.mission
    bot: Any = bot_for(mission.package) or ObjectiveBot()
    load_s = time.process_time() - l0
    gc.collect()
    ticks, warm_s = 0, 0.0
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
        if ticks == WARM_TICKS:
            warm_s = time.process_time() - t0
    cpu = time.process_time() - t0
    return HeadlessRun(session.mission_id, side, ticks, load_s, cpu, warm_s, mission.outcome)


def run_headless_bench(mission: str | None, max_ticks: int) -> int:
    names = [mission] if mission else shipped_missions()
    for name in names:
        resolve_mission(name)  # an unknown name fails before any timing, with its one line
    print(f"heat bench --scenario headless: bot playing, up to {max_ticks} ticks each, "
          f"goal >= {TARGET_X:.0f}x real time (x real: the tick loop; steady: after its "
          f"first second; whole: with load + build)")
    print(f"{'mission':16}{'side':>5}{'ticks':>7}{'outcome':>9}{'ticks/CPU s':>12}"
          f"{'x real':>8}{'steady':>8}{'load ms':>8}{'whole':>7}")
    worst = float("inf")
    for name in names:
        for side in sides_of(name):
            run = play(name, max_ticks, side)
            worst = min(worst, run.times_real)
            print(f"{run.mission:16}{side:>5}{run.ticks:7d}{run.outcome:>9}"
                  f"{run.ticks_per_cpu_s:12.0f}{run.times_real:7.0f}x{run.steady_x:7.0f}x"
                  f"{run.load_s * 1000:8.0f}{run.whole_x:6.0f}x")
            clock = SystemClock()
            play(name, max_ticks, side, clock)  # the same run again, each system timed
            print(shares_line(clock))
    print(f"slowest: {worst:.0f}x real time ({'meets' if worst >= TARGET_X else 'misses'} "
          f"the {TARGET_X:.0f}x goal)")
    return 0
