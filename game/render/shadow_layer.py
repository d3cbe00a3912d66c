"""Long shadows on the ground: each person's stripe from the one light model (game.sim.shadows),
the same geometry the AI's sight samples, drawn as a soft dark shape under the darkness layer.

A shadow darkens the ground it lies on (a multiply: white leaves the ground as it is), so the
lighting layer then lights it like the rest of the ground: on the bright apron in a jet's glare
it is a dark tongue pointing away from the light, and where the light is weak there is none
(the model casts none). Images are built once per length, strength and angle step.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import pygame

from game.sim.ai.lighting import LightField, LightSource
from game.sim.components import Dead, Downed, Faction, Position, Surrendered
from game.sim.light_model import LightScene
from game.sim.shadows import SHADOW_MAX_PX, Shadow, shadow_at
from game.sim.world import World

DARKEST = 0.8  # share of the ground's light taken at the feet by a shadow at full strength
WEAKEST = 0.55  # a shadow cast by the faintest source that casts one, as a share of DARKEST
FEET_HALF_PX, TIP_HALF_PX = 9.0, 15.0  # a point light's shadow widens away from it
TUCK_PX = 6  # the shadow starts a little behind the feet, under the sprite
ANGLES = 64
LENGTH_STEP_PX = 16.0
STRENGTH_STEPS = 4
SAMPLE_PX = 2  # the profile is worked out every SAMPLE_PX and smoothed up
MASTER_PX = SHADOW_MAX_PX  # the longest shadow the model throws
MAX_IMAGES = 512  # a cache this full is dropped and rebuilt from what is in view
CULL_PX = 340  # a shadow reaches at most 10 m (320 px) from its owner
WHITE = (255, 255, 255)
CELL = 256  # px: the map's pools are filed by the cells they reach


def shadow_image(length: float, strength: float) -> pygame.Surface:
    """A shadow pointing east from (TUCK_PX, height / 2): white where there is none, darker
    grey towards the feet and the middle; fades out towards the tip and at its sides."""
    w = max(2, math.ceil(length) + TUCK_PX)
    h = math.ceil(2 * TIP_HALF_PX) + 4
    small = pygame.Surface((max(1, w // SAMPLE_PX), max(1, h // SAMPLE_PX)))
    small.fill(WHITE)
    for sx in range(small.get_width()):
        along = min(1.0, max(0.0, ((sx + 0.5) * SAMPLE_PX - TUCK_PX) / max(1.0, length)))
        half = FEET_HALF_PX + (TIP_HALF_PX - FEET_HALF_PX) * along
        depth = (WEAKEST + (1.0 - WEAKEST) * strength) * DARKEST * (1.0 - along ** 1.6)
        for sy in range(small.get_height()):
            off = abs((sy + 0.5) * SAMPLE_PX - h / 2)
            edge = min(1.0, max(0.0, (half - off) / (half * 0.6)))
            if edge > 0.0:
                grey = round(255 * (1.0 - depth * edge))
                small.set_at((sx, sy), (grey, grey, grey))
    return pygame.transform.smoothscale(small, (w, h))


def casters(world: World, alpha: float) -> list[tuple[float, float]]:
    """Where everyone who can throw a shadow stands this frame: the people the AI looks for
    (a faction, on their feet), at their drawn (interpolated) position."""
    dead, downed, gave_up = world.store(Dead), world.store(Downed), world.store(Surrendered)
    found = []
    for eid, _, pos in world.query(Faction, Position):
        if eid in dead or eid in downed or eid in gave_up:
            continue
        found.append((pos.prev_x + (pos.x - pos.prev_x) * alpha,
                      pos.prev_y + (pos.y - pos.prev_y) * alpha))
    return found


@dataclass
class ShadowLayer:
    images: dict[tuple[int, int, int], tuple[pygame.Surface, float, float]] = \
        field(default_factory=dict)
    masters: dict[int, pygame.Surface] = field(default_factory=dict)
    stretched: dict[tuple[int, int], pygame.Surface] = field(default_factory=dict)
    cells: dict[tuple[int, int], tuple[LightSource, ...]] = field(default_factory=dict)
    cells_for: LightField | None = None  # the map's lights the cells were filed from
    drawn: list[Shadow] = field(default_factory=list)  # this frame's shadows (tests, debug)

    def draw(self, surface: pygame.Surface, world: World, scene: LightScene, alpha: float,
             left: int, top: int) -> None:
        blits = self.blits(surface, world, scene, alpha, left, top)
        if blits:
            surface.fblits(blits, pygame.BLEND_MULT)

    def blits(self, surface: pygame.Surface, world: World, scene: LightScene, alpha: float,
              left: int, top: int) -> list[tuple[pygame.Surface, tuple[int, int]]]:
        """This frame's shadows as (image, place on ``surface``) to multiply onto the ground
        (the world renderer needs where they fall before it draws them)."""
        self.drawn = []
        if scene.field.ambient >= 1.0:
            return []  # by day the lamps' shadows are lost in the sunlight
        w, h = surface.get_size()
        blits = []
        for x, y in casters(world, alpha):
            if not (left - CULL_PX < x < left + w + CULL_PX and top - CULL_PX < y < top + h
                    + CULL_PX):
                continue
            shadow = shadow_at(self._near(scene, x, y), x, y)
            if shadow is None:
                continue
            self.drawn.append(shadow)
            image, ox, oy = self._image(shadow)
            blits.append((image, (round(x - ox) - left, round(y - oy) - top)))
        return blits

    def _near(self, scene: LightScene, x: float, y: float) -> LightScene:
        """The scene with only the map's pools that reach the cell (x, y) is in: the same
        shadow (a pool out of reach adds nothing, and the order is kept), a fraction of the
        work on a map with many lamps."""
        light = scene.field
        if self.cells_for is not light:
            self.cells = _pools_by_cell(light)
            self.cells_for = light
        cell = (int(x // CELL), int(y // CELL))
        return replace(scene, field=replace(light, lights=self.cells.get(cell, ())))

    def _image(self, shadow: Shadow) -> tuple[pygame.Surface, float, float]:
        """The shadow's image, turned, and where its feet land in it: one master image per
        strength (built once), stretched to the length, then turned; each step is cached."""
        dx, dy = shadow.x1 - shadow.x0, shadow.y1 - shadow.y0
        steps = max(1, round(math.hypot(dx, dy) / LENGTH_STEP_PX))
        strength = max(1, min(STRENGTH_STEPS, round(shadow.strength * STRENGTH_STEPS)))
        index = round(math.atan2(dy, dx) / math.tau * ANGLES) % ANGLES
        key = (steps, strength, index)
        entry = self.images.get(key)
        if entry is None:
            if len(self.images) >= MAX_IMAGES:
                self.images.clear()
            entry = _turned(self._stretched(steps, strength), index * math.tau / ANGLES)
            self.images[key] = entry
        return entry

    def _stretched(self, steps: int, strength: int) -> pygame.Surface:
        image = self.stretched.get((steps, strength))
        if image is None:
            master = self.masters.get(strength)
            if master is None:
                master = shadow_image(MASTER_PX, strength / STRENGTH_STEPS)
                self.masters[strength] = master
            size = (round(steps * LENGTH_STEP_PX * master.get_width() / MASTER_PX),
                    master.get_height())
            image = pygame.transform.smoothscale(master, size)
            self.stretched[(steps, strength)] = image
        return image


def _pools_by_cell(light: LightField) -> dict[tuple[int, int], tuple[LightSource, ...]]:
    found: dict[tuple[int, int], list[LightSource]] = {}
    for pool in light.lights:
        r = pool.radius
        for cy in range(int((pool.y - r) // CELL), int((pool.y + r) // CELL) + 1):
            for cx in range(int((pool.x - r) // CELL), int((pool.x + r) // CELL) + 1):
                found.setdefault((cx, cy), []).append(pool)
    return {cell: tuple(pools) for cell, pools in found.items()}


def _turned(image: pygame.Surface, angle: float) -> tuple[pygame.Surface, float, float]:
    """The image turned by ``angle`` (the corners fill with white: no change under a multiply),
    and where its feet point lands in the turned image (the tuck stretches with the image)."""
    turned = pygame.transform.rotate(image, -math.degrees(angle))
    tuck = TUCK_PX * image.get_width() / (MASTER_PX + TUCK_PX)
    dx, dy = tuck - image.get_width() / 2, 0.0
    cos, sin = math.cos(angle), math.sin(angle)
    return (turned, turned.get_width() / 2 + dx * cos - dy * sin,
            turned.get_height() / 2 + dx * sin + dy * cos)
