"""Vision: every few ticks each AI looks for threats in its cone, within a range the light sets,
and checks its line of sight through the grid (glass lets sight through)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.sim.ai.lighting import sight_factor
from game.sim.ai.relations import FEARED, threat
from game.sim.collision_map import CollisionMap, raycast
from game.sim.components import (
    Awareness,
    Dead,
    Downed,
    Faction,
    Heading,
    Perception,
    Position,
    Surrendered,
    Weapon,
)
from game.sim.geometry import wrap_angle
from game.sim.light_model import LightScene, light_at, light_scene
from game.sim.units import metres
from game.sim.world import World

LOOK_EVERY_TICKS = 12  # each AI looks five times a second, on its own tick of the twelve
MAX_RAYS = 3  # sight lines tested per look, nearest candidates first
CLOSE_PX = metres(1.5)  # this close, you notice someone behind you
FLASH_S = 0.4  # a muzzle flash lights the shooter this long


@dataclass(frozen=True, slots=True)
class Seeable:
    eid: int
    side: str
    x: float
    y: float
    armed: bool
    light: float


def see_actors(world: World, dt: float) -> None:
    phase = world.tick % LOOK_EVERY_TICKS
    gone = (world.store(Dead), world.store(Downed), world.store(Surrendered))
    due = [(eid, per, aware) for eid, per, aware in world.query(Perception, Awareness)
           if (eid + phase) % LOOK_EVERY_TICKS == 0 and not any(eid in g for g in gone)]
    if not due:
        return
    actors = _seeable(world, world.time_s, gone, light_scene(world))
    cmap = world.resource(CollisionMap)
    for eid, per, aware in due:
        _look(world, cmap, eid, per, aware, actors)


def _seeable(world: World, now: float, gone: tuple, light: LightScene) -> list[Seeable]:
    weapons = world.store(Weapon)
    found = []
    for eid, faction, pos in world.query(Faction, Position):
        if any(eid in g for g in gone):
            continue
        weapon = weapons.get(eid)
        lit = 1.0 if weapon is not None and now - weapon.last_shot_s < FLASH_S \
            else light_at(light, pos.x, pos.y)
        found.append(Seeable(eid, faction.side, pos.x, pos.y, weapon is not None, lit))
    return found


def _look(world: World, cmap: CollisionMap, eid: int, per: Perception, aware: Awareness,
          actors: list[Seeable]) -> None:
    pos, faction = world.get(eid, Position), world.get(eid, Faction)
    heading = world.get(eid, Heading)
    if pos is None or faction is None:
        return
    facing = heading.angle if heading else 0.0
    feared = FEARED.get(faction.side, frozenset())
    candidates = []
    for other in actors:
        if other.eid == eid or not threat(faction.side, other.side):
            continue
        if other.side in feared and not other.armed:
            continue
        dx, dy = other.x - pos.x, other.y - pos.y
        reach = per.sight_px * sight_factor(other.light)
        d2 = dx * dx + dy * dy
        if d2 > reach * reach:
            continue
        d = math.sqrt(d2)
        if d > CLOSE_PX and abs(wrap_angle(math.atan2(dy, dx) - facing)) > per.fov_rad * 0.5:
            continue
        keep = 0 if other.eid == aware.target else 1
        candidates.append((keep, d, other.eid, d / reach, other.x, other.y))
    candidates.sort()
    for _, _, other, share, x, y in candidates[:MAX_RAYS]:
        if raycast(cmap, pos.x, pos.y, x, y, sight=True) is None:
            aware.seen, aware.target, aware.seen_share = True, other, share
            aware.last_x, aware.last_y, aware.last_seen_s = x, y, world.time_s
            return
    aware.seen = False
