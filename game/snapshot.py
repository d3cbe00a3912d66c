"""``heat snapshot``: the mission scene at a given tick, drawn headless to a PNG.

It runs the same MissionScene the game runs (sim, effects, camera, lighting, HUD) with the
SDL dummy video driver and no sound, stepping one fixed tick per frame, and saves the frame
a player would see at that tick with the default settings.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

VIEW = (1280, 720)


def take_snapshot(name: str, tick: int, seed: int, side: str, bot: bool, out: Path) -> int:
    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    from game.input.controls import Controls
    from game.render.assets import AssetError, Assets
    from game.render.text_cache import TextCache
    from game.scenes.base import Run
    from game.scenes.context import GameContext
    from game.scenes.mission import MissionScene
    from game.sim.units import DT

    if out.suffix.lower() != ".png":
        print(f"heat snapshot: {out}: the output must be a .png file — give --out NAME.png",
              file=sys.stderr)
        return 2
    pygame.display.init()
    pygame.font.init()
    try:
        screen = pygame.display.set_mode(VIEW)
        ctx = GameContext(autopilot=bot)
        ctx.assets = Assets()
        ctx.text = TextCache(ctx.assets)
        # MapError / UnknownMissionError: the CLI prints them
        scene = MissionScene(ctx, Run(name, side, seed))
        idle = Controls()
        while scene.session.world.tick < tick and scene.session.mission.outcome == "running":
            scene.update(DT, idle)
        screen.fill((0, 0, 0))
        scene.draw(screen)
        if not _save(screen, out):
            return 1
    except AssetError as err:
        print(f"heat: {err}", file=sys.stderr)
        return 1
    finally:
        pygame.quit()
    from game.cli import emit

    world = scene.session.world
    emit(f"heat snapshot: {out} at tick {world.tick} ({scene.session.mission.outcome})")
    return 0


def _save(screen, out: Path) -> bool:
    import pygame

    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(screen, str(out))
    except (OSError, pygame.error) as err:
        print(f"heat snapshot: {out}: cannot write it ({err}) — give --out a path in a "
              "folder you can write to", file=sys.stderr)
        return False
    return True
