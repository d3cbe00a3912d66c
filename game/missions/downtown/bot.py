"""Downtown help for the objective bot. As the crew: once it goes loud, run east along the north
sidewalk behind the parked cars and shoot while moving, stopping only to reload out of the
shooters' line. As Hanna: hold the first crossing, then hunt the crew member nearest the ways
out; both fight with the generic bot's rules (ducking to reload, one gun at a time when hurt)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from game.bots.in_sight import InSight
from game.bots.marksman import shoot_at, top_up
from game.bots.objective_bot import ObjectiveBot, clear_intent, playing
from game.bots.threats import THREAT_RANGE_PX, armed_enemies, clear_line
from game.sim.components import (
    Dead,
    Downed,
    Faction,
    Health,
    Intent,
    Position,
    Surrendered,
    Weapon,
)
from game.sim.mission.state import MissionState
from game.sim.units import metres
from game.sim.world import World

T = 32.0
RUN_EAST = ((30.0, 26.6), (44.0, 26.6), (60.0, 26.4), (76.0, 26.6), (92.0, 26.6),
            (108.0, 27.2), (113.0, 31.5))
"""Waypoints (tiles) from the bank to the far car: the north sidewalk, behind the cars."""
POST = (43.5, 45.2)  # tiles: the south-east corner of the first crossing, by the wall
HURT_SHARE = 0.55  # below this share of his health McCauley drops the bag, Hanna backs off
RUNNING_REACH_PX = metres(11.0)  # on the run, shoot only at the men who can close on him
# (further off, a muzzle flash in the dark shows him to more of them than it stops)


@dataclass
class DowntownBot:
    """Plays downtown on either side; the generic bot walks the bags to the car."""

    base: ObjectiveBot = field(default_factory=ObjectiveBot)
    posted: bool = False  # Hanna has reached his post at the first crossing

    def think(self, world: World) -> None:
        steering = playing(world)
        if steering is None:
            return
        mission, me, intent, pos = steering
        if mission.side == "lapd":
            clear_intent(intent)
            if mission.phase not in ("", "walk-out"):  # the unit waits for the crew at the car
                self._hunt(world, mission, me, intent, pos)
        elif not _done(mission, "car"):
            self.base.think(world)
        else:
            self._run_east(world, me, intent, pos)

    def _run_east(self, world: World, me: int, intent: Intent, pos: Position) -> None:
        clear_intent(intent)
        seen = armed_enemies(world, me, pos)
        goal = next(((x * T, y * T) for x, y in RUN_EAST if x * T > pos.x + T), None)
        if goal is None:
            goal = (RUN_EAST[-1][0] * T, RUN_EAST[-1][1] * T)
        self.base.walk_to(world, intent, pos, goal)
        health = world.get(me, Health)
        if health is not None and health.hp < HURT_SHARE * health.max_hp:
            intent.drop = True  # the code: the money is not worth dying under
        _shoot(world, me, intent, pos, seen, RUNNING_REACH_PX)

    def _hunt(self, world: World, mission: MissionState, me: int, intent: Intent,
              pos: Position) -> None:
        """Take the corner post the crew must pass; with a suspect in a clear line, stand and
        shoot; hurt, back off; once they are past (east of him), go after them. (Ducking out of
        their line to reload lost the crossing: the crew got past while he was hidden.)"""
        seen = armed_enemies(world, me, pos, THREAT_RANGE_PX)
        threat = world.get(seen[0][1], Position) if seen else None
        health = world.get(me, Health)
        post = (POST[0] * T, POST[1] * T)
        self.posted = self.posted or math.hypot(post[0] - pos.x, post[1] - pos.y) < T
        if threat is not None and health is not None and health.hp < HURT_SHARE * health.max_hp:
            away = (pos.x - (threat.x - pos.x), pos.y - (threat.y - pos.y))
            self.base.walk_to(world, intent, pos, away, face=False)
        elif threat is None:
            quarry = _leading_suspect(world)
            if not self.posted:
                self.base.walk_to(world, intent, pos, post)
            elif quarry is not None and quarry[0] > pos.x - T:
                self.base.walk_to(world, intent, pos, quarry)
        _hold_the_trigger(world, me, intent, pos, threat)


def _hold_the_trigger(world: World, me: int, intent: Intent, pos: Position,
                      threat: Position | None) -> None:
    """Hanna at the crossing: fire as fast as the rifle allows at the nearest suspect in a line
    (paced bursts let the crew past him), reload when empty, top up in a lull."""
    weapon = world.get(me, Weapon)
    if weapon is None or weapon.reload_left_s > 0:
        return
    if weapon.ammo == 0:
        intent.reload = True
    elif threat is not None:
        intent.aim_x, intent.aim_y = threat.x, threat.y
        intent.fire = world.tick % 2 == 0
    else:
        top_up(world, me, intent)


def _done(mission: MissionState, objective_id: str) -> bool:
    return any(o.id == objective_id and o.done for o in mission.objectives)


def _shoot(world: World, me: int, intent: Intent, pos: Position,
           seen: InSight, reach: float = THREAT_RANGE_PX) -> None:
    """Shoot the nearest armed enemy in a line of fire within ``reach`` (moving or not); with
    nobody there, top the magazine up: never meet the next man half empty."""
    target = None
    for d, eid in seen:  # nearest first: past the reach, nobody further is in it either
        if d >= reach:
            break
        if clear_line(world, pos, eid):
            target = eid
            break
    if target is not None:
        shoot_at(world, me, intent, pos, target)
    elif not seen:
        top_up(world, me, intent)


def _leading_suspect(world: World) -> tuple[float, float] | None:
    """The crew member on his feet nearest the ways out (furthest east)."""
    best = None
    for eid, faction, where in world.query(Faction, Position):
        if faction.side != "crew" or world.has(eid, Dead) or world.has(eid, Downed) \
                or world.has(eid, Surrendered):
            continue
        if best is None or where.x > best[0]:
            best = (where.x, where.y)
    return best
