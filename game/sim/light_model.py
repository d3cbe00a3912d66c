"""The one light model: ambient darkness, the map's light pools, cones (flashlights and
headlights) and muzzle flashes, at any point and sim time.

The AI's sight (``see_actors``) and the renderer's lighting layer both read ``light_scene``;
the renderer draws exactly these sources with exactly this falloff, so what looks dark on
screen is dark to the guards.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.sim.ai.lighting import RGB, LightField, LightSource, pool_level
from game.sim.components import Body, Dead, Faction, Heading, Position, Weapon
from game.sim.units import metres
from game.sim.vehicles import Vehicle
from game.sim.world import World

MUZZLE_S = 0.12  # a shot lights its surroundings this long (s)
MUZZLE_RADIUS_PX = metres(5.0)
MUZZLE_INTENSITY = 0.9
MUZZLE_COLOR: RGB = (255, 210, 140)
COOL: RGB = (220, 232, 255)


@dataclass(slots=True)
class LightCone:
    """A flashlight or a pair of headlights: a cone along the carrier's heading."""

    range_px: float
    half_angle_rad: float
    intensity: float = 0.9
    color: RGB = COOL
    forward_px: float = 0.0  # the cone starts this far ahead of the carrier's centre
    on: bool = True


@dataclass(frozen=True, slots=True)
class ConeAt:
    x: float
    y: float
    angle: float
    cone: LightCone


@dataclass(frozen=True, slots=True)
class LightScene:
    """Every light at one moment: what the AI samples and the renderer draws."""

    field: LightField
    time_s: float
    cones: tuple[ConeAt, ...] = ()
    flashes: tuple[LightSource, ...] = ()


def light_scene(world: World) -> LightScene:
    field = world.resources.get(LightField) or LightField()
    if field.ambient >= 1.0:
        return LightScene(field, world.time_s)
    return LightScene(field, world.time_s, _cones(world), _flashes(world))


def _cones(world: World) -> tuple[ConeAt, ...]:
    headings, dead, cars = world.store(Heading), world.store(Dead), world.store(Vehicle)
    found = []
    for eid, cone, pos in world.query(LightCone, Position):
        car = cars.get(eid)
        if not cone.on or eid in dead or (car is not None and car.state == "wrecked"):
            continue
        heading = headings.get(eid)
        angle = heading.angle if heading else 0.0
        found.append(ConeAt(pos.x + math.cos(angle) * cone.forward_px,
                            pos.y + math.sin(angle) * cone.forward_px, angle, cone))
    return tuple(found)


def _flashes(world: World) -> tuple[LightSource, ...]:
    now = world.time_s
    found = []
    for _, weapon, pos in world.query(Weapon, Position):
        age = now - weapon.last_shot_s
        if 0.0 <= age < MUZZLE_S:
            fade = 1.0 - age / MUZZLE_S
            found.append(LightSource(pos.x, pos.y, MUZZLE_RADIUS_PX, MUZZLE_INTENSITY * fade,
                                     MUZZLE_COLOR))
    return tuple(found)


def cone_level(at: ConeAt, x: float, y: float) -> float:
    """Full at the lamp, fading linearly to the cone's range, and softly at its edges."""
    dx, dy = x - at.x, y - at.y
    d2 = dx * dx + dy * dy
    cone = at.cone
    if d2 >= cone.range_px * cone.range_px:
        return 0.0
    off = abs((math.atan2(dy, dx) - at.angle + math.pi) % math.tau - math.pi)
    if off >= cone.half_angle_rad:
        return 0.0
    edge = min(1.0, (cone.half_angle_rad - off) / (cone.half_angle_rad * 0.35))
    return cone.intensity * (1.0 - math.sqrt(d2) / cone.range_px) * edge


def light_at(scene: LightScene, x: float, y: float) -> float:
    """The light level 0..1 at a point: ambient + pools + cones + flashes, clamped."""
    level = scene.field.light_at(x, y, scene.time_s)
    if level >= 1.0:
        return 1.0
    for flash in scene.flashes:
        level += pool_level(flash, x, y)
    for at in scene.cones:
        level += cone_level(at, x, y)
    return min(1.0, level)


HEADLIGHTS = LightCone(metres(14.0), math.radians(24), 1.0, (255, 244, 214))
FLASHLIGHT = LightCone(metres(9.0), math.radians(17), 0.8, COOL, forward_px=10.0)
LAMP_SIDES = ("lapd", "guard")


def add_lamps(world: World) -> None:
    """On a dark map, vehicles get headlights and police and guards carry flashlights."""
    field = world.resources.get(LightField)
    if field is None or field.ambient >= 0.7:
        return
    for eid, _car in world.query(Vehicle):
        world.add(eid, _copy(HEADLIGHTS, forward_px=_nose(world, eid)))
    for eid, faction in world.query(Faction):
        if faction.side in LAMP_SIDES and not world.has(eid, Vehicle):
            world.add(eid, _copy(FLASHLIGHT))


def _nose(world: World, eid: int) -> float:
    body = world.get(eid, Body)
    return body.length / 2.0 + body.radius if body is not None else 0.0


def _copy(cone: LightCone, forward_px: float | None = None) -> LightCone:
    return LightCone(cone.range_px, cone.half_angle_rad, cone.intensity, cone.color,
                     cone.forward_px if forward_px is None else forward_px, cone.on)
