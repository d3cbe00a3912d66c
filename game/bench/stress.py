"""``heat bench``: sim and render time per frame on a stress scene, offscreen at 1280x720."""

from __future__ import annotations

import gc
import math
import os
import statistics
from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.bench.figures import frame_clock
from game.level.build_world import build_world
from game.level.load_level import load_level
from game.paths import maps_dir
from game.sim.collision_map import CollisionMap
from game.sim.components import Intent, Lifetime, Position, Projectile
from game.sim.navigation import NavGrid
from game.sim.prefabs import spawn_actor
from game.sim.step import step
from game.sim.world import World

if TYPE_CHECKING:
    import pygame

    from game.render.camera import Camera
    from game.render.draw_world import WorldRenderer

VIEW = (1280, 720)


@dataclass
class Timings:
    sim: list[float]
    render: list[float]
    total: list[float]
    floor: list[float]


def stress_world(agents: int, projectiles: int, seed: int = 3) -> World:
    """The sandbox with ``agents`` wandering actors and a steady stream of rounds in flight."""
    world = build_world(load_level(maps_dir() / "sandbox.tmx"), "bench", "crew", seed)
    grid = world.resource(NavGrid)
    open_tiles = [(tx, ty) for ty, row in enumerate(grid.walkable) for tx, ok in enumerate(row)
                  if ok]
    kinds = ("crew", "lapd", "guard", "civilian")
    for i in range(agents):
        tx, ty = open_tiles[world.rng.randrange(len(open_tiles))]
        spawn_actor(world, kinds[i % len(kinds)], *grid.centre(tx, ty), weapon="")
    top_up_projectiles(world, projectiles)
    return world


def top_up_projectiles(world: World, wanted: int) -> None:
    cmap = world.resource(CollisionMap)
    missing = wanted - len(world.store(Projectile))
    for _ in range(missing):
        x, y = world.rng.uniform(64, cmap.width - 64), world.rng.uniform(64, cmap.height - 64)
        angle = world.rng.uniform(0, math.tau)
        world.spawn(Position(x, y), Projectile(0, math.cos(angle) * 900, math.sin(angle) * 900,
                                               0.0, 1200.0), Lifetime(1.5))


def wander(world: World) -> None:
    """Each actor turns a little each second: steady movement and contacts, no AI cost."""
    if world.tick % 30:
        return
    for _eid, intent, pos in world.query(Intent, Position):
        angle = world.rng.uniform(0, math.tau)
        intent.move_x, intent.move_y = math.cos(angle), math.sin(angle)
        intent.aim_x, intent.aim_y = pos.x + intent.move_x * 50, pos.y + intent.move_y * 50


def run_bench(frames: int, agents: int, projectiles: int) -> int:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    from game.render.assets import Assets
    from game.render.camera import Camera
    from game.render.draw_world import WorldRenderer

    pygame.display.init()
    pygame.display.set_mode((1, 1))
    world = stress_world(agents, projectiles)
    level = load_level(maps_dir() / "sandbox.tmx")
    renderer = WorldRenderer(level, Assets())
    canvas = pygame.Surface(VIEW).convert()
    backdrop = canvas.copy()
    camera = Camera(*VIEW, *level.pixel_size)
    camera.centre_on(level.pixel_size[0] / 2, level.pixel_size[1] / 2)
    timings = _measure(world, renderer, camera, canvas, backdrop, frames, projectiles)
    _report(timings, frames, agents, projectiles)
    pygame.quit()
    return 0


def _measure(
    world: World, renderer: WorldRenderer, camera: Camera, canvas: pygame.Surface,
    backdrop: pygame.Surface, frames: int, projectiles: int,
) -> Timings:
    timings = Timings([], [], [], [])
    gc.collect()
    gc.freeze()
    for _ in range(frames + 30):
        wander(world)  # the scenario's stand-in for brains: harness, not timed
        top_up_projectiles(world, projectiles)
        t0 = frame_clock()
        step(world)
        t1 = frame_clock()
        renderer.effects.consume(world.take_outbox(), 0)
        renderer.effects.update(1 / 60)
        renderer.draw(canvas, world, camera, 0.5)
        t2 = frame_clock()
        canvas.blit(backdrop, (0, 0))
        t3 = frame_clock()
        for series, value in zip((timings.sim, timings.render, timings.total, timings.floor),
                                 (t1 - t0, t2 - t1, t2 - t0, t3 - t2), strict=True):
            series.append(value * 1000.0)
    for series in (timings.sim, timings.render, timings.total, timings.floor):
        del series[:30]  # warm-up: sprite rotations are built on first sight
    return timings


def _report(t: Timings, frames: int, agents: int, projectiles: int) -> None:
    floor = statistics.median(t.floor)
    print(f"heat bench: {frames} frames, {agents} agents, ~{projectiles} projectiles, "
          f"1280x720 offscreen")
    print(f"{'':8}{'median ms':>11}{'p99 ms':>10}{'x floor':>10}")
    for name, series in (("sim", t.sim), ("render", t.render), ("total", t.total),
                         ("floor", t.floor)):
        median, p99 = statistics.median(series), _p99(series)
        print(f"{name:8}{median:11.3f}{p99:10.3f}{median / floor:10.1f}")


def _p99(series: list[float]) -> float:
    ordered = sorted(series)
    return ordered[min(len(ordered) - 1, math.ceil(0.99 * len(ordered)) - 1)]
