"""Visual effects from game events: muzzle flashes, sparks, blood, smoke, debris, casings,
decals, hit flashes, recoil and screen shake; set pieces (fuse, blast, ram) in ``blasts``.

Effects are presentation only; they age with frame time and never touch the world. Events are
matched by class name so that a renamed or a new generic event (``Exploded``) needs no import.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import pygame

from game.render.blasts import Blasts
from game.render.sprite_cache import SpriteCache
from game.sim.events import Event

MAX_SPARKS = 260  # with MAX_PARTICLES, the 400 particles in flight the frame budget allows
MAX_PARTICLES = 140
MAX_PUFFS = 48
SPARK = (255, 214, 120)
BLOOD = (150, 14, 16)
SMOKE = (158, 156, 152)  # pale, so it reads over dark asphalt
DEBRIS = (132, 128, 120)
BRASS = (214, 170, 70)
DRAG_PER_TICK = 0.9
HIT_S = 0.09  # a hit person or target flashes white this long
PANE_INSET_PX = 6.0  # a glass hit is painted this far into the pane from where the round met it
RECOIL_S = 0.07
RECOIL_PX = 3.0
DEFAULT_BLAST_PX = 128.0


class Particle(NamedTuple):
    """Immutable, so a frame's update is one fast list comprehension."""

    x: float
    y: float
    vx: float
    vy: float
    life_s: float
    color: tuple[int, int, int]


@dataclass(slots=True)
class Puff:
    x: float
    y: float
    vx: float
    vy: float
    age_s: float
    life_s: float
    radius: float


@dataclass(slots=True)
class Flash:
    x: float
    y: float
    angle: float
    life_s: float


@dataclass
class Effects:
    rng: random.Random = field(default_factory=lambda: random.Random(7))
    particles: list[Particle] = field(default_factory=list)  # lit by the scene's light
    sparks: list[Particle] = field(default_factory=list)  # glow: drawn over the darkness
    casings: list[Particle] = field(default_factory=list)
    puffs: list[Puff] = field(default_factory=list)
    flashes: list[Flash] = field(default_factory=list)
    decals: list[tuple[str, float, float, float]] = field(default_factory=list)
    hits: dict[int, float] = field(default_factory=dict)  # eid -> flash time left
    recoil: dict[int, float] = field(default_factory=dict)  # eid -> kick time left
    blasts: Blasts = field(default_factory=Blasts)
    shake_s: float = 0.0
    shake_strength: float = 0.0
    shake_enabled: bool = True
    dot_cache: dict[tuple[int, int, int], pygame.Surface] = field(default_factory=dict)
    puff_cache: dict[tuple[int, int], pygame.Surface] = field(default_factory=dict)
    handlers: dict[type, Callable[[Any, int], None] | None] = field(default_factory=dict)

    @property
    def flash_enabled(self) -> bool:
        return self.blasts.flash_enabled

    @flash_enabled.setter
    def flash_enabled(self, value: bool) -> None:
        self.blasts.flash_enabled = value

    def consume(self, events: list[Event], player: int) -> None:
        handlers = self.handlers
        for event in events:
            kind = type(event)
            if kind not in handlers:
                handlers[kind] = getattr(self, "_on_" + kind.__name__, None)
            handler = handlers[kind]
            if handler is not None:
                handler(event, player)

    def _on_ShotFired(self, event, player: int) -> None:  # noqa: N802
        self.flashes.append(Flash(event.x, event.y, event.angle, 0.06))
        self.recoil[event.shooter] = RECOIL_S
        side = event.angle + math.pi / 2 + self.rng.uniform(-0.4, 0.4)
        speed = self.rng.uniform(90, 150)
        self.casings.append(Particle(event.x, event.y, math.cos(side) * speed,
                                     math.sin(side) * speed, self.rng.uniform(0.18, 0.3), BRASS))
        if event.shooter == player:
            self.kick(0.08, 2.0)

    def _on_ProjectileStopped(self, event, player: int) -> None:  # noqa: N802
        self._sparks(event.x, event.y, event.angle, bool(event.victim))
        if not event.victim and event.material:
            kind = "glass" if event.material == "glass" else "hole"
            self.decals.append((kind, event.x, event.y, event.angle))

    def _on_ProjectilePierced(self, event, player: int) -> None:  # noqa: N802
        self._sparks(event.x, event.y, event.angle, False)
        if event.material == "glass":  # the star of cracks sits in the pane, not on its rim
            x = event.x + math.cos(event.angle) * PANE_INSET_PX
            y = event.y + math.sin(event.angle) * PANE_INSET_PX
            self.decals.append(("glass", x, y, event.angle))
        else:
            self.decals.append(("hole", event.x, event.y, event.angle))

    def _on_ActorDamaged(self, event, player: int) -> None:  # noqa: N802
        self.hits[event.victim] = HIT_S
        if event.victim == player:
            self.kick(0.12, 3.0)

    def _on_ActorKilled(self, event, player: int) -> None:  # noqa: N802
        self.decals.append(("blood", event.x, event.y, self.rng.uniform(0, math.tau)))
        self.kick(0.15, 3.0)

    def _on_ActorDowned(self, event, player: int) -> None:  # noqa: N802
        self.decals.append(("blood", event.x, event.y, self.rng.uniform(0, math.tau)))

    def _on_VehicleRammed(self, event, player: int) -> None:  # noqa: N802
        self._burst(event.x, event.y, 24, SPARK, 340.0)
        self._burst(event.x, event.y, 18, DEBRIS, 220.0)
        self._smoke(event.x, event.y, 6, 40.0)
        self.blasts.rammed(event.x, event.y)
        self.kick(0.5, 9.0)

    def _on_ChargePlanted(self, event, player: int) -> None:  # noqa: N802
        self.blasts.planted(event.x, event.y, event.fuse_s,
                            getattr(event, "radius", DEFAULT_BLAST_PX))

    def _on_ChargeExploded(self, event, player: int) -> None:  # noqa: N802
        radius = float(getattr(event, "radius", DEFAULT_BLAST_PX) or DEFAULT_BLAST_PX)
        self._burst(event.x, event.y, 70, SPARK, 560.0)
        self._burst(event.x, event.y, 40, DEBRIS, 380.0)
        self._smoke(event.x, event.y, 30, radius * 0.8)
        self.decals.append(("scorch", event.x, event.y, self.rng.uniform(0, math.tau)))
        self.blasts.exploded(event.x, event.y, radius)
        self.kick(0.7, 14.0)

    def _on_BondsTaken(self, event, player: int) -> None:  # noqa: N802
        self.blasts.cash(f"+${getattr(event, 'dollars', 0):,}", getattr(event, "x", None),
                         getattr(event, "y", None))

    def _on_LootTaken(self, event, player: int) -> None:  # noqa: N802
        if getattr(event, "taker", player) != player:
            return  # another man's bag (the other side's, in Hanna's game) is no gain of his
        value = getattr(event, "value", getattr(event, "dollars", 0))
        self.blasts.cash(f"+${value:,}", getattr(event, "x", None), getattr(event, "y", None))

    _on_Exploded = _on_ChargeExploded  # noqa: N815 - the generic name the missions move to
    _on_FuseLit = _on_ChargePlanted  # noqa: N815

    def _on_ScreenShaken(self, event, player: int) -> None:  # noqa: N802
        self.kick(event.seconds, event.strength)

    def _burst(self, x: float, y: float, count: int, color: tuple[int, int, int],
               speed: float) -> None:
        into, cap = (self.sparks, MAX_SPARKS) if color == SPARK else \
            (self.particles, MAX_PARTICLES)
        for _ in range(count):
            a = self.rng.uniform(0, math.tau)
            v = self.rng.uniform(speed * 0.3, speed)
            into.append(Particle(x, y, math.cos(a) * v, math.sin(a) * v,
                                 self.rng.uniform(0.25, 0.9), color))
        del into[:-cap]

    def _smoke(self, x: float, y: float, count: int, spread: float) -> None:
        for _ in range(count):
            a, d = self.rng.uniform(0, math.tau), self.rng.uniform(0, spread)
            v = self.rng.uniform(8, 40)
            self.puffs.append(Puff(x + math.cos(a) * d * 0.3, y + math.sin(a) * d * 0.3,
                                   math.cos(a) * v, math.sin(a) * v, 0.0,
                                   self.rng.uniform(2.5, 5.0), self.rng.uniform(18, 40)))
        del self.puffs[:-MAX_PUFFS]

    def kick(self, seconds: float, strength: float) -> None:
        if self.shake_enabled:
            self.shake_s = max(self.shake_s, seconds)
            self.shake_strength = max(self.shake_strength, strength)

    def _sparks(self, x: float, y: float, angle: float, flesh: bool) -> None:
        back = angle + (0.0 if flesh else math.pi)  # blood sprays on through, sparks bounce
        into, cap = (self.particles, MAX_PARTICLES) if flesh else (self.sparks, MAX_SPARKS)
        for _ in range(5):
            a = back + self.rng.uniform(-0.7 if flesh else -1.1, 0.7 if flesh else 1.1)
            speed = self.rng.uniform(60, 260)
            life = self.rng.uniform(0.1, 0.25) if flesh else self.rng.uniform(0.08, 0.22)
            into.append(Particle(x, y, math.cos(a) * speed, math.sin(a) * speed, life,
                                 BLOOD if flesh else SPARK))
        if flesh and self.rng.random() < 0.5:
            self.decals.append(("drops", x + math.cos(angle) * 10, y + math.sin(angle) * 10,
                                angle))
        del into[:-cap]

    def update(self, dt: float) -> tuple[float, float]:
        """Age everything by frame time; returns this frame's camera shake offset."""
        drag = DRAG_PER_TICK ** (dt * 60.0)  # the same slowing at any frame rate
        self.particles = _aged(self.particles, dt, drag)
        self.sparks = _aged(self.sparks, dt, drag)
        self._age_casings(dt, drag)
        for puff in self.puffs:
            puff.age_s += dt
            puff.x += puff.vx * dt
            puff.y += puff.vy * dt
        self.puffs = [p for p in self.puffs if p.age_s < p.life_s]
        for f in self.flashes:
            f.life_s -= dt
        self.flashes = [f for f in self.flashes if f.life_s > 0]
        self.hits = {e: t - dt for e, t in self.hits.items() if t > dt}
        self.recoil = {e: t - dt for e, t in self.recoil.items() if t > dt}
        self.blasts.update(dt)
        if self.shake_s <= 0:
            self.shake_strength = 0.0
            return 0.0, 0.0
        self.shake_s -= dt
        s = self.shake_strength
        return self.rng.uniform(-s, s), self.rng.uniform(-s, s)

    def _age_casings(self, dt: float, drag: float) -> None:
        if not self.casings:
            return
        landed = [c for c in self.casings if c.life_s <= dt]
        self.decals += [("casing", c.x, c.y, math.atan2(c.vy, c.vx)) for c in landed]
        self.casings = [
            Particle(x + vx * dt, y + vy * dt, vx * drag, vy * drag, life - dt, colour)
            for x, y, vx, vy, life, colour in self.casings if life > dt
        ]

    def draw(self, surface: pygame.Surface, left: int, top: int) -> None:
        """What the light falls on: smoke, blood, debris, casings in flight, shockwaves."""
        for puff in self.puffs:
            t = puff.age_s / puff.life_s
            radius = round(puff.radius * (0.6 + 0.8 * t))
            image = self._puff(radius, round(210 * (1 - t) ** 1.3))
            surface.blit(image, (round(puff.x) - left - radius, round(puff.y) - top - radius))
        dots = self._dots()
        surface.fblits([(dots[p.color], (int(p.x) - left, int(p.y) - top))
                        for p in self.particles])
        if self.casings:
            brass = dots[BRASS]
            surface.fblits([(brass, (int(p.x) - left, int(p.y) - top)) for p in self.casings])
        self.blasts.draw_world(surface, left, top)

    def draw_glow(self, surface: pygame.Surface, left: int, top: int,
                  sprites: SpriteCache) -> None:
        """What gives off light, drawn after the darkness: muzzle flashes and sparks."""
        dot = self._dots()[SPARK]
        surface.fblits([(dot, (int(p.x) - left, int(p.y) - top)) for p in self.sparks])
        blits = []
        for f in self.flashes:
            image, hw, hh = sprites.glow("muzzle_flash", f.angle)
            cx = f.x + math.cos(f.angle) * 10 - left
            cy = f.y + math.sin(f.angle) * 10 - top
            blits.append((image, (round(cx) - hw, round(cy) - hh)))
        surface.fblits(blits, pygame.BLEND_ADD)

    def _dots(self) -> dict[tuple[int, int, int], pygame.Surface]:
        """One small square per particle colour (debris larger, casings smaller), so all
        particles go out in one fblits call."""
        if not self.dot_cache:
            for color, size in ((SPARK, 2), (BLOOD, 2), (SMOKE, 2), (DEBRIS, 3), (BRASS, 1)):
                dot = pygame.Surface((size, size))
                dot.fill(color)
                self.dot_cache[color] = dot
        return self.dot_cache

    def _puff(self, radius: int, alpha: int) -> pygame.Surface:
        key = (max(2, radius // 2 * 2), max(0, alpha // 16 * 16))
        image = self.puff_cache.get(key)
        if image is None:
            r, a = key
            image = pygame.Surface((2 * r, 2 * r), pygame.SRCALPHA)
            for k in range(4):
                pygame.draw.circle(image, (*SMOKE, a // 4), (r, r), r * (1 - k * 0.2))
            self.puff_cache[key] = image
        return image


def _aged(particles: list[Particle], dt: float, drag: float) -> list[Particle]:
    return [Particle(x + vx * dt, y + vy * dt, vx * drag, vy * drag, life - dt, colour)
            for x, y, vx, vy, life, colour in particles if life > dt]
