"""The lighting layer: draws the one light model (game.sim.light_model) over the world.

A light map holds, per pixel, the light level of the model as a colour (255 = level 1): the
ambient darkness and every steady pool are baked once for the whole map; flickering pools,
cones and muzzle flashes are added per frame into a view-sized copy; the scene is then
multiplied by it. Same sources, same linear falloff, same clamp as the AI's ``light_at``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pygame

from game.sim.ai.lighting import RGB, LightField, LightSource, flicker_factor
from game.sim.light_model import ConeAt, LightCone, LightScene, cone_level

RINGS = 24  # steps of a pool's gradient: finer than the eye sees at night levels
CELL = 128  # px: the still-scene multiply reads the light map only in cells a pool reaches
LEVEL_STEPS = 16  # flicker and fading flashes are drawn at this many strengths
CONE_ANGLES = 64
CONE_SAMPLE = 4  # px between the model's samples in a cone's texture
NIGHT_TINT = (0.78, 0.9, 1.2)  # moonlight blue at the same level
DAY_TINT = (1.04, 1.0, 0.94)  # a dawn's warm grey


def ambient_color(field: LightField) -> RGB:
    tint = NIGHT_TINT if field.night else DAY_TINT
    return tuple(min(255, round(255 * field.ambient * t)) for t in tint)  # type: ignore[return-value]


def pool_surface(radius: float, color: RGB, intensity: float) -> pygame.Surface:
    """A pool's added light: ``intensity * (1 - d / radius)`` of ``color`` at distance d."""
    size = max(2, math.ceil(radius * 2))
    surface = pygame.Surface((size, size))
    centre = (size / 2, size / 2)
    for k in range(RINGS):
        share = (k + 0.5) / RINGS  # the level at the middle of this ring
        level = intensity * share
        ring_color = tuple(min(255, round(c * level)) for c in color)
        pygame.draw.circle(surface, ring_color, centre, radius * (1.0 - k / RINGS))
    return surface


def cone_surface(cone: LightCone) -> pygame.Surface:
    """A cone pointing east from the middle of its left edge, on black (added light only).
    Sampled from the model every CONE_SAMPLE px and smoothed up: built once per kind of cone."""
    reach, half = cone.range_px, cone.half_angle_rad
    w, h = max(2, math.ceil(reach)), max(2, math.ceil(2 * reach * math.sin(half)) + 2)
    apex = ConeAt(0.0, 0.0, 0.0, cone)
    step = CONE_SAMPLE
    small = pygame.Surface((max(1, w // step), max(1, h // step)))
    for y in range(small.get_height()):
        for x in range(small.get_width()):
            level = cone_level(apex, (x + 0.5) * step, (y + 0.5) * step - h / 2)
            if level > 0.0:
                small.set_at((x, y), tuple(min(255, round(c * level)) for c in cone.color))
    return pygame.transform.smoothscale(small, (w, h))


def _cells_under(pool: LightSource) -> set[tuple[int, int]]:
    r = pool.radius
    return {(cx, cy) for cy in range(int((pool.y - r) // CELL), int((pool.y + r) // CELL) + 1)
            for cx in range(int((pool.x - r) // CELL), int((pool.x + r) // CELL) + 1)}


def display_surface(size: tuple[int, int]) -> pygame.Surface:
    """An opaque surface made in the screen's pixel format (when there is a screen): a blend
    onto the screen is then a straight loop, not a conversion, and nothing is copied."""
    screen = pygame.display.get_surface()
    return pygame.Surface(size, 0, screen) if screen is not None else pygame.Surface(size)


@dataclass
class LightingLayer:
    map_size: tuple[int, int]
    static: pygame.Surface | None = None
    static_for: LightField | None = None
    scratch: pygame.Surface | None = None
    lit_cells: set[tuple[int, int]] = field(default_factory=set)  # CELLs a steady pool reaches
    pools: dict[tuple, pygame.Surface] = field(default_factory=dict)
    cones: dict[tuple, tuple[pygame.Surface, float, float]] = field(default_factory=dict)

    def draw(self, surface: pygame.Surface, scene: LightScene, left: int, top: int) -> None:
        light = scene.field
        if light.ambient >= 1.0:
            return
        view_w, view_h = surface.get_size()
        view = pygame.Rect(left, top, view_w, view_h)
        static = self._static(light)  # None: no steady pool, the ambient is all there is
        inside = pygame.Rect((0, 0), self.map_size).contains(view)
        moving = any(p.flicker for p in light.lights) or scene.flashes or scene.cones
        if not moving and inside:
            self._multiply_still(surface, light, view)
            return
        scratch = self._scratch(surface.get_size())
        if static is None or not inside:
            scratch.fill(ambient_color(light))
        if static is not None:
            scratch.blit(static, (0, 0), view)
        for pool in light.lights:
            if pool.flicker:
                self._add_pool(scratch, pool, flicker_factor(pool, scene.time_s), view)
        for flash in scene.flashes:
            self._add_pool(scratch, flash, 1.0, view)
        for at in scene.cones:
            self._add_cone(scratch, at, view)
        surface.blit(scratch, (0, 0), special_flags=pygame.BLEND_MULT)

    def _multiply_still(self, surface: pygame.Surface, light: LightField,
                        view: pygame.Rect) -> None:
        """Nothing moves this frame: multiply straight from the baked map where a pool lies,
        and by the flat ambient colour elsewhere (a fill reads no light map at all, which is
        most of the screen on most frames: the multiply is bound by memory traffic)."""
        ambient = ambient_color(light)
        screen = surface.get_rect()
        for cy in range(view.top // CELL, (view.bottom - 1) // CELL + 1):
            run: pygame.Rect | None = None
            for cx in range(view.left // CELL, (view.right - 1) // CELL + 1):
                rect = pygame.Rect(cx * CELL - view.x, cy * CELL - view.y, CELL, CELL).clip(screen)
                if self.static is not None and (cx, cy) in self.lit_cells:
                    surface.blit(self.static, rect, rect.move(view.x, view.y),
                                 special_flags=pygame.BLEND_MULT)
                    continue
                if run is not None and run.right == rect.left:
                    run.width += rect.width
                    continue
                if run is not None:
                    surface.fill(ambient, run, special_flags=pygame.BLEND_MULT)
                run = rect
            if run is not None:
                surface.fill(ambient, run, special_flags=pygame.BLEND_MULT)

    def _scratch(self, size: tuple[int, int]) -> pygame.Surface:
        if self.scratch is None or self.scratch.get_size() != size:
            self.scratch = display_surface(size)
        return self.scratch

    def _static(self, light: LightField) -> pygame.Surface | None:
        """The whole map's steady light, baked on first use (the map's lights do not move);
        None when the map has no steady pool (then the ambient colour is the whole map)."""
        if self.static_for is not light:
            steady = [pool for pool in light.lights if not pool.flicker]
            self.static, self.lit_cells = None, set()
            if steady:
                self.static = display_surface(self.map_size)
                self.static.fill(ambient_color(light))
                for pool in steady:
                    self._add_pool(self.static, pool, 1.0, self.static.get_rect())
                    self.lit_cells |= _cells_under(pool)
            self.static_for = light
        return self.static

    def _add_pool(self, target: pygame.Surface, pool: LightSource, strength: float,
                  view: pygame.Rect) -> None:
        r = pool.radius
        if not view.colliderect((pool.x - r, pool.y - r, 2 * r, 2 * r)):
            return
        step = max(1, round(pool.intensity * strength * LEVEL_STEPS))
        key = (round(r), pool.color, step)
        image = self.pools.get(key)
        if image is None:
            image = pool_surface(r, pool.color, step / LEVEL_STEPS)
            self.pools[key] = image
        w, h = image.get_size()
        target.blit(image, (round(pool.x - w / 2) - view.x, round(pool.y - h / 2) - view.y),
                    special_flags=pygame.BLEND_ADD)

    def _add_cone(self, target: pygame.Surface, at: ConeAt, view: pygame.Rect) -> None:
        cone = at.cone
        reach = cone.range_px
        if not view.colliderect((at.x - reach, at.y - reach, 2 * reach, 2 * reach)):
            return
        index = round(at.angle / math.tau * CONE_ANGLES) % CONE_ANGLES
        key = (round(reach), round(cone.half_angle_rad, 3), cone.color,
               round(cone.intensity, 2), index)
        entry = self.cones.get(key)
        if entry is None:
            entry = self._rotated_cone(cone, index)
            self.cones[key] = entry
        image, ox, oy = entry
        target.blit(image, (round(at.x - ox) - view.x, round(at.y - oy) - view.y),
                    special_flags=pygame.BLEND_ADD)

    def _rotated_cone(self, cone: LightCone, index: int) -> tuple[pygame.Surface, float, float]:
        """The cone turned to ``index``, and where its apex lands in the turned image."""
        base_key = (round(cone.range_px), round(cone.half_angle_rad, 3), cone.color,
                    round(cone.intensity, 2), -1)
        base = self.cones.get(base_key)
        if base is None:
            base = (cone_surface(cone), 0.0, 0.0)
            self.cones[base_key] = base
        image = base[0]
        angle = index * math.tau / CONE_ANGLES
        turned = pygame.transform.rotate(image, -math.degrees(angle))
        # the apex sits at the middle of the left edge: rotate its offset from the centre
        dx, dy = -image.get_width() / 2, 0.0
        cos, sin = math.cos(angle), math.sin(angle)
        ox = turned.get_width() / 2 + dx * cos - dy * sin
        oy = turned.get_height() / 2 + dx * sin + dy * cos
        return turned, ox, oy
