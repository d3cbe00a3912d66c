"""``heat bench --scenario busiest [MISSION]``: a real mission played by the bot through the
mission scene, offscreen at 1280x720 with HUD; the sim and the draw of every frame are timed,
and the window of frames around the busiest moment (most actors and rounds) is reported."""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass, field

from game.bench.figures import frame_clock, median, p99
from game.sim.components import Dead, Intent, Projectile
from game.sim.units import DT
from game.sim.world import World

BUDGET_MS = 1000.0 / 60.0 / 3.0  # a third of a 60 fps frame
PLAYED_PER_WINDOW = 6  # the mission is played this many windows long at most (or to its end)
REPEATS = 3  # runs of the same mission; each frame's fastest counts


@dataclass
class FrameLog:
    sim_ms: list[float] = field(default_factory=list)
    render_ms: list[float] = field(default_factory=list)
    busy: list[int] = field(default_factory=list)

    @classmethod
    def fastest(cls, logs: list[FrameLog]) -> FrameLog:
        """Frame by frame, the least time any run took: the runs are the same frames (the sim
        is deterministic), so the minimum strips the waits a shared machine adds."""
        return cls([min(f) for f in zip(*(g.sim_ms for g in logs), strict=True)],
                   [min(f) for f in zip(*(g.render_ms for g in logs), strict=True)],
                   logs[0].busy)

    def busiest(self, frames: int) -> slice:
        """The ``frames`` long window with the most actors and rounds in it."""
        if len(self.busy) <= frames:
            return slice(0, len(self.busy))
        total = best = sum(self.busy[:frames])
        start = 0
        for i in range(frames, len(self.busy)):
            total += self.busy[i] - self.busy[i - frames]
            if total > best:
                best, start = total, i - frames + 1
        return slice(start, start + frames)


def busy_score(world: World) -> int:
    """Living actors plus rounds in flight: what the sim and the renderer both scale with."""
    dead = world.store(Dead)
    return len(world.store(Projectile)) + sum(1 for e in world.store(Intent) if e not in dead)


def run_busiest_bench(mission: str, frames: int) -> int:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    from game.input.controls import Controls
    from game.render.assets import Assets
    from game.render.text_cache import TextCache
    from game.scenes.base import Run
    from game.scenes.context import GameContext
    from game.scenes.mission import MissionScene

    pygame.display.init()
    pygame.font.init()
    canvas = pygame.display.set_mode((1280, 720))
    assets = Assets()
    logs = []
    for _ in range(REPEATS):
        ctx = GameContext(assets=assets, text=TextCache(assets), autopilot=True)
        scene = MissionScene(ctx, Run(mission))
        logs.append(_play(scene, canvas, Controls(), frames * PLAYED_PER_WINDOW))
    log = FrameLog.fastest(logs)
    window = log.busiest(frames)
    _report(scene.session.mission_id, log, window)
    pygame.quit()
    return 0


def _play(scene: object, canvas: object, controls: object, most: int) -> FrameLog:
    """Frame by frame at exactly one tick each until the mission ends or ``most`` frames
    (gc frozen after load)."""
    log = FrameLog()
    session = scene.session  # type: ignore[attr-defined]
    gc.collect()
    gc.freeze()
    clock = frame_clock
    for _ in range(most):
        if session.mission.outcome != "running":
            break
        t0 = clock()
        scene.update(DT, controls)  # type: ignore[attr-defined]
        t1 = clock()
        scene.draw(canvas)  # type: ignore[attr-defined]
        t2 = clock()
        log.sim_ms.append((t1 - t0) * 1000.0)
        log.render_ms.append((t2 - t1) * 1000.0)
        log.busy.append(busy_score(session.world))
    gc.unfreeze()
    return log


def _report(mission: str, log: FrameLog, window: slice) -> None:
    total = [s + r for s, r in zip(log.sim_ms, log.render_ms, strict=True)]
    busy = log.busy[window]
    print(f"heat bench --scenario busiest: {mission}, bot playing, 1280x720 offscreen with HUD, "
          f"{len(total)} frames in all, each frame's fastest of {REPEATS} runs")
    print(f"busiest window: frames {window.start}-{window.stop - 1} "
          f"({len(busy)} frames, {min(busy, default=0)}-{max(busy, default=0)} actors + rounds)")
    print(f"CPU ms per frame{'median':>11}{'p99':>8}   whole run: median, p99")
    for name, series in (("sim", log.sim_ms), ("render", log.render_ms), ("total", total)):
        part = series[window]
        print(f"{name:16}{median(part):11.3f}{p99(part):8.3f}   "
              f"{median(series):.3f}, {p99(series):.3f}")
    worst = p99(total[window])
    verdict = "within" if worst <= BUDGET_MS else "over"
    print(f"busiest p99 {worst:.2f} ms: {verdict} the {BUDGET_MS:.1f} ms budget "
          f"(a third of a 60 fps frame)")
