"""Visual effects from game events: muzzle flashes, sparks, decals and screen shake.

Effects are presentation only; they age with frame time and never touch the world.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import NamedTuple

import pygame

from game.render.sprite_cache import SpriteCache
from game.sim.events import (
    ActorKilled,
    Event,
    Exploded,
    ProjectilePierced,
    ProjectileStopped,
    ScreenShaken,
    ShotFired,
    VehicleRammed,
)

MAX_PARTICLES = 400
SPARK = (255, 214, 120)
BLOOD = (170, 20, 20)
SMOKE = (90, 90, 96)
DRAG_PER_TICK = 0.9


class Particle(NamedTuple):
    """Immutable, so a frame's update is one fast list comprehension."""

    x: float
    y: float
    vx: float
    vy: float
    life_s: float
    color: tuple[int, int, int]


@dataclass(slots=True)
class Flash:
    x: float
    y: float
    angle: float
    life_s: float


@dataclass
class Effects:
    rng: random.Random = field(default_factory=lambda: random.Random(7))
    particles: list[Particle] = field(default_factory=list)
    flashes: list[Flash] = field(default_factory=list)
    decals: list[tuple[str, float, float, float]] = field(default_factory=list)
    shake_s: float = 0.0
    shake_strength: float = 0.0
    shake_enabled: bool = True
    dot_cache: dict[tuple[int, int, int], pygame.Surface] = field(default_factory=dict)

    def consume(self, events: list[Event], player: int) -> None:
        for event in events:
            if isinstance(event, ShotFired):
                self.flashes.append(Flash(event.x, event.y, event.angle, 0.05))
                if event.shooter == player:
                    self.kick(0.08, 2.0)
            elif isinstance(event, ProjectileStopped):
                self._sparks(event)
            elif isinstance(event, ProjectilePierced):
                self._sparks(ProjectileStopped(event.tick, event.x, event.y, event.angle,
                                               event.material))
            elif isinstance(event, ActorKilled):
                self.decals.append(("blood", event.x, event.y, self.rng.uniform(0, math.tau)))
                self.kick(0.15, 3.0)
            elif isinstance(event, VehicleRammed):
                self._burst(event.x, event.y, 18, SPARK, 320.0)
                self.kick(0.5, 9.0)
            elif isinstance(event, Exploded):
                self._burst(event.x, event.y, 60, SPARK, 520.0)
                self._burst(event.x, event.y, 30, SMOKE, 160.0)
                self.decals.append(("scorch", event.x, event.y, 0.0))
                self.kick(0.7, 14.0)
            elif isinstance(event, ScreenShaken):
                self.kick(event.seconds, event.strength)

    def _burst(self, x: float, y: float, count: int, color: tuple[int, int, int],
               speed: float) -> None:
        for _ in range(count):
            a = self.rng.uniform(0, math.tau)
            v = self.rng.uniform(speed * 0.3, speed)
            self.particles.append(Particle(x, y, math.cos(a) * v, math.sin(a) * v,
                                           self.rng.uniform(0.2, 0.7), color))
        del self.particles[:-MAX_PARTICLES]

    def kick(self, seconds: float, strength: float) -> None:
        if self.shake_enabled:
            self.shake_s = max(self.shake_s, seconds)
            self.shake_strength = max(self.shake_strength, strength)

    def _sparks(self, event: ProjectileStopped) -> None:
        color = BLOOD if event.victim else SPARK
        back = event.angle + math.pi
        for _ in range(4 if event.victim else 5):
            a = back + self.rng.uniform(-1.1, 1.1)
            speed = self.rng.uniform(60, 260)
            life = self.rng.uniform(0.08, 0.22)
            self.particles.append(Particle(event.x, event.y, math.cos(a) * speed,
                                           math.sin(a) * speed, life, color))
        if not event.victim and event.material:
            self.decals.append(("hole", event.x, event.y, 0.0))
        del self.particles[:-MAX_PARTICLES]

    def update(self, dt: float) -> tuple[float, float]:
        """Age everything by frame time; returns this frame's camera shake offset."""
        drag = DRAG_PER_TICK ** (dt * 60.0)  # the same slowing at any frame rate
        self.particles = [
            Particle(x + vx * dt, y + vy * dt, vx * drag, vy * drag, life - dt, colour)
            for x, y, vx, vy, life, colour in self.particles if life > dt
        ]
        for f in self.flashes:
            f.life_s -= dt
        self.flashes = [f for f in self.flashes if f.life_s > 0]
        if self.shake_s <= 0:
            self.shake_strength = 0.0
            return 0.0, 0.0
        self.shake_s -= dt
        s = self.shake_strength
        return self.rng.uniform(-s, s), self.rng.uniform(-s, s)

    def draw(self, surface: pygame.Surface, left: int, top: int, sprites: SpriteCache) -> None:
        dots = self._dots()
        surface.fblits([(dots[p.color], (int(p.x) - left, int(p.y) - top))
                        for p in self.particles])
        blits = []
        for f in self.flashes:
            image = sprites.get("muzzle_flash", f.angle)
            w, h = image.get_size()
            cx = f.x + math.cos(f.angle) * 8 - left
            cy = f.y + math.sin(f.angle) * 8 - top
            blits.append((image, (round(cx - w / 2), round(cy - h / 2))))
        surface.fblits(blits, pygame.BLEND_ADD)

    def _dots(self) -> dict[tuple[int, int, int], pygame.Surface]:
        """One 2x2 surface per particle colour, so all particles go out in one fblits call."""
        if not self.dot_cache:
            for color in (SPARK, BLOOD, SMOKE):
                dot = pygame.Surface((2, 2))
                dot.fill(color)
                self.dot_cache[color] = dot
        return self.dot_cache
