"""Vision: every few ticks each AI looks for threats in its cone, within a range the light sets
(the one light model: ambient, lamps, flashlights and headlights, muzzle flashes), and checks its
line of sight through the grid (glass lets sight through)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.sim.ai.alertness import set_state
from game.sim.ai.lighting import sight_factor
from game.sim.ai.relations import FEARED, HOSTILE
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
from game.sim.events import ShadowSeen
from game.sim.geometry import wrap_angle
from game.sim.light_model import LightScene, light_at, light_scene
from game.sim.shadows import shadow_at
from game.sim.units import metres
from game.sim.world import World

LOOK_EVERY_TICKS = 12  # each AI looks five times a second, on its own tick of the twelve
MAX_RAYS = 3  # sight lines tested per look, nearest candidates first
CLOSE_PX = metres(1.5)  # this close, you notice someone behind you
FLASH_S = 0.4  # a muzzle flash lights the shooter this long
CELL_PX = 512.0  # equally far shadows are tried in the order of these cells (then ids)


@dataclass(slots=True)
class Seeable:
    eid: int
    side: str
    x: float
    y: float
    armed: bool
    flash: bool  # fired a moment ago: lit whatever the light where they stand
    light: float = -1.0  # worked out on first need: most are out of everyone's reach


def see_actors(world: World, dt: float) -> None:
    tick = world.tick
    dead, downed, surrendered = world.store(Dead), world.store(Downed), world.store(Surrendered)
    awareness = world.store(Awareness)
    due = [(eid, per, awareness[eid]) for eid, per in world.query(Perception)
           if looks_now(eid, tick) and eid in awareness
           and eid not in dead and eid not in downed and eid not in surrendered]
    if not due:
        return
    actors = _Roster.of(world, (dead, downed, surrendered))
    cmap = world.resource(CollisionMap)
    for eid, per, aware in due:
        _look(world, cmap, eid, per, aware, actors)


def looks_now(eid: int, tick: int) -> bool:
    """Whether this AI looks on this tick: once every LOOK_EVERY_TICKS, on its own tick (by
    id), so about a twelfth of the AIs look on each tick."""
    return (eid + tick) % LOOK_EVERY_TICKS == 0


@dataclass(slots=True)
class _Roster:
    """This tick's actors who can be seen, in ascending ids, as plain rows; each becomes a
    Seeable (with its light worked out once) only when some looker has it in range."""

    rows: list[tuple[int, str, float, float]]  # id, side, x, y
    weapons: dict[int, Weapon]
    now: float
    made: dict[int, Seeable]
    world: World
    scene: LightScene | None = None  # the light, worked out when a looker first needs it

    @classmethod
    def of(cls, world: World, gone: tuple) -> _Roster:
        dead, downed, surrendered = gone
        rows = [(eid, faction.side, pos.x, pos.y)
                for eid, faction, pos in world.query(Faction, Position)
                if eid not in dead and eid not in downed and eid not in surrendered]
        return cls(rows, world.store(Weapon), world.time_s, {}, world)

    def light(self) -> LightScene:
        if self.scene is None:
            self.scene = light_scene(self.world)  # nothing a look changes goes into it
        return self.scene

    def seeable(self, eid: int, side: str, x: float, y: float) -> Seeable:
        found = self.made.get(eid)
        if found is None:
            weapon = self.weapons.get(eid)
            flash = weapon is not None and self.now - weapon.last_shot_s < FLASH_S
            found = self.made[eid] = Seeable(eid, side, x, y, weapon is not None, flash)
        return found


def _light(other: Seeable, actors: _Roster) -> float:
    if other.light < 0.0:
        other.light = 1.0 if other.flash else light_at(actors.light(), other.x, other.y)
    return other.light


def _look(world: World, cmap: CollisionMap, eid: int, per: Perception,
          aware: Awareness, actors: _Roster) -> None:
    pos, faction = world.get(eid, Position), world.get(eid, Faction)
    heading = world.get(eid, Heading)
    if pos is None or faction is None:
        return
    facing = heading.angle if heading else 0.0
    feared = FEARED.get(faction.side, frozenset())
    threats = HOSTILE.get(faction.side, frozenset()) | feared
    most2 = per.sight_px * per.sight_px  # sight in full light: nobody is seen further off
    candidates = []  # sorted before use: the order they are gathered in does not matter
    unseen: list[tuple[tuple, Seeable]] = []  # in range but too dark or behind: their shadows
    # may still show (each with the tie-break of the order they were once gathered in: by
    # 512 px cell, then id; those behind walls after them)
    weapons, px, py = actors.weapons, pos.x, pos.y
    for other_id, side, ox, oy in actors.rows:
        if other_id == eid or side not in threats:
            continue
        dx, dy = ox - px, oy - py
        d2 = dx * dx + dy * dy
        if d2 > most2 or (side in feared and other_id not in weapons):
            continue
        other = actors.seeable(other_id, side, ox, oy)
        reach = per.sight_px * sight_factor(_light(other, actors))
        if d2 > reach * reach:
            unseen.append(((0, int(oy // CELL_PX), int(ox // CELL_PX)), other))
            continue
        d = math.sqrt(d2)
        if d > CLOSE_PX and abs(wrap_angle(math.atan2(dy, dx) - facing)) > per.fov_rad * 0.5:
            unseen.append(((0, int(oy // CELL_PX), int(ox // CELL_PX)), other))
            continue
        keep = 0 if other.eid == aware.target else 1
        candidates.append((keep, d, other.eid, d / reach, other.x, other.y, other))
    candidates.sort(key=lambda row: row[:3])
    for i, (_, _, other, share, x, y, seeable) in enumerate(candidates[:MAX_RAYS]):
        if raycast(cmap, pos.x, pos.y, x, y, sight=True) is None:
            aware.seen, aware.target, aware.seen_share = True, other, share
            aware.last_x, aware.last_y, aware.last_seen_s = x, y, world.time_s
            return
        unseen.append(((1, i, 0), seeable))  # behind a wall: its shadow may reach round
    aware.seen = False
    if unseen:
        _look_for_shadows(world, cmap, actors.light(), (eid, pos.x, pos.y, facing), per, aware,
                          unseen)


def _look_for_shadows(world: World, cmap: CollisionMap, light: LightScene,
                      looker: tuple[int, float, float, float], per: Perception,
                      aware: Awareness, unseen: list[tuple[tuple, Seeable]]) -> None:
    """A hostile not seen may still give itself away by the shadow it throws on lit ground:
    the looker turns its attention to where the shadow starts (ShadowSeen)."""
    eid, x0, y0, facing = looker
    nearest = sorted(unseen, key=lambda u: ((u[1].x - x0) ** 2 + (u[1].y - y0) ** 2, u[0]))
    for _, other in nearest[:MAX_RAYS]:
        shadow = shadow_at(light, other.x, other.y)
        if shadow is None:
            continue
        for x, y in shadow.points():
            dx, dy = x - x0, y - y0
            reach = per.sight_px * sight_factor(light_at(light, x, y))
            if dx * dx + dy * dy > reach * reach:
                continue
            if abs(wrap_angle(math.atan2(dy, dx) - facing)) > per.fov_rad * 0.5:
                continue
            if raycast(cmap, x0, y0, x, y, sight=True) is None:
                world.emit(ShadowSeen(world.tick, eid, other.eid, other.x, other.y))
                _noticed(world, eid, aware, other)
                return


def _noticed(world: World, eid: int, aware: Awareness, other: Seeable) -> None:
    if aware.state == "combat":
        aware.last_x, aware.last_y, aware.last_seen_s = other.x, other.y, world.time_s
        return
    aware.suspicion = max(aware.suspicion, 0.6)
    set_state(world, eid, aware, "searching", other.x, other.y)
