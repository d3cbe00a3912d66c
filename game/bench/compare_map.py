"""Map drawing against pyscroll: the same shipped map, the same camera path and window size,
drawn by pyscroll's BufferedRenderer and by HEAT's WorldRenderer in one process."""

from __future__ import annotations

import gc
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.bench.figures import frame_clock, median, p99
from game.level.load_level import load_level
from game.sim.world import World

if TYPE_CHECKING:
    from pathlib import Path


VIEW = (1280, 720)
PAN_PX_S = 260.0  # a running player's pace: the view slides a few pixels a frame


@dataclass(frozen=True, slots=True)
class MapDraw:
    heat_ms: list[float]
    pyscroll_ms: list[float]
    ground_ms: list[float]  # HEAT's flat ground pass timed alone, to say where its time goes
    overhead_ms: list[float]  # the layered passes it replaces: ground, then overhead chunks

    @property
    def ratio(self) -> float:
        return median(self.heat_ms) / max(median(self.pyscroll_ms), 1e-9)


def camera_path(map_w: float, map_h: float, frames: int) -> list[tuple[float, float]]:
    """View centres along a slow loop over the map (a Lissajous curve), one per frame."""
    span_x, span_y = max(0.0, map_w - VIEW[0]) / 2, max(0.0, map_h - VIEW[1]) / 2
    loop = 2 * math.pi * max(span_x + span_y, 1.0) / PAN_PX_S * 60  # frames for one lap
    return [(map_w / 2 + span_x * math.sin(2 * math.pi * f / loop * 2),
             map_h / 2 + span_y * math.sin(2 * math.pi * f / loop * 3)) for f in range(frames)]


def compare_map_draw(map_path: Path, frames: int) -> MapDraw:
    """Both renderers, interleaved frame by frame so both see the same machine load, each going
    first on every other frame (whichever follows the other finds the canvas in cache)."""
    import pygame
    import pyscroll
    import pytmx

    from game.render.assets import Assets
    from game.render.camera import Camera
    from game.render.draw_world import WorldRenderer
    from game.render.overhead_cover import blit_bands
    from game.render.tile_chunks import CHUNK, blit_chunks

    level = load_level(map_path)
    heat = WorldRenderer(level, Assets())
    empty = World()  # the map alone: no actors, rounds or effects to draw
    # HEAT maps carry object properties pytmx reserves; the game reads objects itself.
    tmx = pytmx.load_pygame(str(map_path), allow_duplicate_names=True)
    peer = pyscroll.BufferedRenderer(pyscroll.TiledMapData(tmx), VIEW)
    canvas = pygame.Surface(VIEW).convert()
    camera = Camera(*VIEW, *level.pixel_size)
    path = camera_path(*level.pixel_size, frames + 30)
    result = MapDraw([], [], [], [])
    gc.collect()
    gc.freeze()
    for frame, (cx, cy) in enumerate(path):
        camera.centre_on(cx, cy)
        first, second = (heat_frame, peer_frame) if frame % 2 else (peer_frame, heat_frame)
        times = {first: first(heat, peer, canvas, camera, empty, (cx, cy)),
                 second: second(heat, peer, canvas, camera, empty, (cx, cy))}
        t2 = frame_clock()
        blit_bands(canvas, heat.chunks.flat, CHUNK, camera.left, camera.top)
        t3 = frame_clock()
        blit_chunks(canvas, heat.chunks.below, camera.left, camera.top)
        blit_chunks(canvas, heat.chunks.above, camera.left, camera.top)
        t4 = frame_clock()
        if frame >= 30:  # warm-up: pyscroll fills its buffer on the first draw
            for series, ms in zip(astuple_series(result), (times[heat_frame],
                                  times[peer_frame], t3 - t2, t4 - t3), strict=True):
                series.append(ms * 1000.0)
    gc.unfreeze()
    return result


def heat_frame(heat, peer, canvas, camera, world, centre) -> float:
    """One HEAT frame of the map alone: place the camera, draw; its time in s."""
    t0 = frame_clock()
    camera.centre_on(*centre)
    heat.draw(canvas, world, camera, 1.0)
    return frame_clock() - t0


def peer_frame(heat, peer, canvas, camera, world, centre) -> float:
    """One pyscroll frame: centre (which scrolls its buffer), then draw; its time in s."""
    t0 = frame_clock()
    peer.center(centre)
    peer.draw(canvas, canvas.get_rect())
    return frame_clock() - t0


def astuple_series(draw: MapDraw) -> tuple[list[float], ...]:
    return draw.heat_ms, draw.pyscroll_ms, draw.ground_ms, draw.overhead_ms


def report_map_draw(name: str, draw: MapDraw) -> None:
    print(f"map draw, {name}, {VIEW[0]}x{VIEW[1]}, {len(draw.heat_ms)} frames panning at "
          f"{PAN_PX_S:.0f} px/s:")
    print(f"  {'':10}{'median ms':>11}{'p99 ms':>10}")
    for label, series in (("HEAT", draw.heat_ms), ("pyscroll", draw.pyscroll_ms)):
        print(f"  {label:10}{median(series):11.3f}{p99(series):10.3f}")
    print(f"  HEAT / pyscroll = {draw.ratio:.2f}x (goal <= 1.00x); HEAT's parts, median ms: "
          f"flat ground chunks {median(draw.ground_ms):.3f} (ground + overhead chunks drawn "
          f"apart, as before: {median(draw.overhead_ms):.3f})")
