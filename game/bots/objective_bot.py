"""A bot that plays the player's side's objectives in order, as either side: shoots kill
targets and wanted groups, walks to regions, works interact objectives, fetches and carries
loot, blocks what it must prevent, steps clear of lit fuses and shoots back at armed enemies.
It fights the way a careful player does: leads its targets and paces its shots (marksman),
reloads out of the shooters' line, takes on one gun at a time when hurt or holding a post
(shelter), walks to a post before trading fire at long range and lies low there after contact
so that the enemy comes to it.
It shares the sim's hostility table (ai/relations) and the AI's pathfinder (ai/pathfind)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from game.bots.in_sight import InSight
from game.bots.marksman import shoot_at, top_up
from game.bots.shelter import shelter, sheltered
from game.bots.threats import (
    THREAT_RANGE_PX,
    armed_enemies,
    clear_line,
    gun_reach,
    nearest_threat,
)
from game.sim.ai.pathfind import plan_path
from game.sim.collision_map import CollisionMap
from game.sim.components import Body, Dead, Health, Intent, Name, Position, Region, Target, Weapon
from game.sim.events import FuseLit
from game.sim.mission import MissionState, ObjectiveState
from game.sim.mission.components import Loot
from game.sim.mission.lookup import members, region, standing
from game.sim.mission.state import HELD_KINDS
from game.sim.navigation import NavGrid
from game.sim.units import TICK_HZ, metres
from game.sim.world import World

REPLAN_S = 1.0
ARRIVED_PX = 8.0  # a waypoint this close is passed; the goal this close is reached
DANGER_CLEAR_PX = metres(7.0)
INTERACT_NEAR_PX = metres(3.2)  # start holding Interact this close to the thing's centre
HURT_SHARE = 0.5  # below this share of its health the bot takes on one gun at a time
LIE_LOW_S = 6.0  # a holder that broke contact stays put this long before stepping out again
POST_SLACK_PX = metres(4.0)  # how far outside the held region still counts as holding it
LULL_S = 1.5  # this long without a shot or an enemy in sight: top the magazine up
SHELTER_S = 0.5  # how long a chosen shelter is kept before looking again


@dataclass
class ObjectiveBot:
    """Writes the player's Intent each tick; holds only its own plan, never world state."""

    path: list[tuple[float, float]] = field(default_factory=list)
    goal: tuple[float, float] | None = None
    replan_at_s: float = 0.0
    danger: tuple[float, float] | None = None  # a planted charge to keep clear of
    danger_until_tick: int = -1
    shelter: tuple[float, float] | None = None  # where to reload out of the enemies' line
    shelter_at_s: float = 0.0  # look for a fresh shelter from this time on
    contact_s: float = -1e9  # when an armed enemy last had a line to the bot
    fired_s: float = -1e9  # when the bot last stood and shot at someone

    def think(self, world: World) -> None:
        steering = playing(world)
        if steering is None:
            return
        mission, me, intent, pos = steering
        clear_intent(intent)
        self._note_danger(world)
        if self.danger is not None and world.tick < self.danger_until_tick and \
                math.hypot(self.danger[0] - pos.x, self.danger[1] - pos.y) < DANGER_CLEAR_PX:
            self.walk_to(world, intent, pos, _away(pos, self.danger, DANGER_CLEAR_PX), False)
            return
        active = mission.active_objectives()
        blocking = bool(active) and active[0].kind in HELD_KINDS
        seen = armed_enemies(world, me, pos)
        if seen:
            self.contact_s = world.time_s
        posted = blocking and self._near_post(world, active[0], pos)
        if self.duck(world, me, intent, pos, seen, posted):
            return
        # Holding a place, shoot at anyone within the gun's reach; on the move (to it, too),
        # only at threats close by (a distant guard must not pin the bot down short of its goal).
        reach = max(THREAT_RANGE_PX, gun_reach(world, me)) if posted else THREAT_RANGE_PX
        threat = seen.first_within(reach)
        if threat is not None:
            self.engage(world, me, intent, pos, threat)
            return
        if posted and world.time_s - self.contact_s < LIE_LOW_S:
            return  # just out of their sight by the place it holds: let them come round
        if active:  # in the map's order: a police side blocks first, then closes in
            self._pursue(world, active[0], me, intent, pos)
        if not seen and world.time_s - self.fired_s > LULL_S:
            top_up(world, me, intent)

    def _near_post(self, world: World, objective: ObjectiveState, pos: Position) -> bool:
        area = region(world, objective.target) if objective.target else None
        if area is None:
            return False
        centre = (area.x + area.w / 2, area.y + area.h / 2)
        return math.hypot(centre[0] - pos.x, centre[1] - pos.y) < POST_SLACK_PX + max(area.w,
                                                                                    area.h) / 2

    def duck(self, world: World, me: int, intent: Intent, pos: Position,
             seen: InSight, holding: bool = False) -> bool:
        """Reloading under fire, or with more than one gun on it while hurt or holding a
        place: get out of the shooters' line (reloading there, or firing on the way)."""
        weapon = world.get(me, Weapon)
        if not seen or weapon is None:
            return False
        reloading = weapon.ammo == 0 or weapon.reload_left_s > 0.0
        if not reloading and not ((hurt(world, me) or holding) and seen.at_least(2)):
            return False
        intent.reload = weapon.reload_left_s == 0.0 and reloading
        shooters = [(p.x, p.y) for _, eid in seen if (p := world.get(eid, Position))]
        if sheltered(world, pos, shooters):
            return True
        if world.time_s >= self.shelter_at_s:
            self.shelter = shelter(world, pos, shooters)
            self.shelter_at_s = world.time_s + SHELTER_S
        if self.shelter is None:
            return False
        self.walk_to(world, intent, pos, self.shelter, face=False)
        intent.aim_x, intent.aim_y = shooters[0]
        if not reloading:
            shoot_at(world, me, intent, pos, seen[0][1])
        return True

    def _note_danger(self, world: World) -> None:
        for event in world.events:
            if isinstance(event, FuseLit):
                self.danger = (event.x, event.y)
                self.danger_until_tick = world.tick + round(event.fuse_s * TICK_HZ) + 10

    def _pursue(self, world: World, objective: ObjectiveState, me: int, intent: Intent,
                pos: Position) -> None:
        if objective.kind in ("kill_n", "arrest_n", "prevent", "protect", "collect_n",
                              "carry", "escort"):
            self._pursue_group(world, objective, me, intent, pos)
        elif objective.kind == "kill":
            target = _nearest_target(world, objective.target, pos)
            if target is not None:
                self.engage(world, me, intent, pos, target)
        elif objective.kind == "interact":
            where = _named_position(world, objective.target)
            if where is not None:
                self.walk_to(world, intent, pos, where)
                intent.interact = math.hypot(where[0] - pos.x, where[1] - pos.y) < INTERACT_NEAR_PX
        elif objective.kind == "reach":
            region = next((r for _, r in world.query(Region) if r.name == objective.target), None)
            if region is not None:
                centre = (region.x + region.w / 2, region.y + region.h / 2)
                self.walk_to(world, intent, pos, centre)

    def _pursue_group(self, world: World, objective: ObjectiveState, me: int, intent: Intent,
                      pos: Position) -> None:
        """The kinds about a group or loot: hunt the group, block the region, fetch the loot."""
        mission = world.resource(MissionState)
        kind = objective.kind
        if kind in ("kill_n", "arrest_n"):
            quarry = _nearest_id(world, pos, [e for e in members(world, mission, objective.target)
                                              if standing(world, e)])
            if quarry is not None:
                self.engage(world, me, intent, pos, quarry)
            return
        if kind in ("carry", "collect_n") and not _carrying(world, me):
            group = objective.subject if kind == "carry" else objective.target
            loose = [e for e, loot in world.query(Loot) if not loot.carrier
                     and (not group or group in (loot.group, loot.name))]
            spot = _nearest(world, pos, loose)
            if spot is not None:
                self.walk_to(world, intent, pos, spot)
                intent.interact = math.hypot(spot[0] - pos.x, spot[1] - pos.y) < INTERACT_NEAR_PX
                return
        place = objective.target if kind != "protect" else ""
        area = region(world, place) if place else None
        if area is not None:
            self.walk_to(world, intent, pos, (area.x + area.w / 2, area.y + area.h / 2))
        elif kind == "protect":
            spot = _nearest(world, pos, members(world, mission, objective.subject))
            if spot is not None and math.hypot(spot[0] - pos.x, spot[1] - pos.y) > 96.0:
                self.walk_to(world, intent, pos, spot)

    def engage(self, world: World, me: int, intent: Intent, pos: Position, target: int
                ) -> None:
        """Shoot ``target`` from here when it is in reach and in a clear line of fire, else
        close in (past whoever stands in the line)."""
        where = world.get(target, Position)
        if where is None:
            return
        close = math.hypot(where.x - pos.x, where.y - pos.y) < gun_reach(world, me)
        if close and clear_line(world, pos, target) and shoot_at(world, me, intent, pos, target):
            self.fired_s, self.goal = world.time_s, None
        else:
            self.walk_to(world, intent, pos, (where.x, where.y))

    def walk_to(self, world: World, intent: Intent, pos: Position,
                 goal: tuple[float, float], face: bool = True) -> None:
        # Standing at its goal (a post it holds), the bot waits for the next replan instead of
        # planning the same spot again every tick: the plan would be that spot, passed at once.
        if self.goal != goal or world.time_s >= self.replan_at_s or \
                (not self.path and math.hypot(goal[0] - pos.x, goal[1] - pos.y) >= ARRIVED_PX):
            self._plan(world, pos, goal)
        while self.path and math.hypot(self.path[0][0] - pos.x, self.path[0][1] - pos.y) < \
                ARRIVED_PX:
            self.path.pop(0)
        if not self.path:
            return
        wx, wy = self.path[0]
        dx, dy = wx - pos.x, wy - pos.y
        dist = math.hypot(dx, dy) or 1.0
        intent.move_x, intent.move_y = dx / dist, dy / dist
        if face:
            intent.aim_x, intent.aim_y = wx, wy

    def _plan(self, world: World, pos: Position, goal: tuple[float, float]) -> None:
        """The AI's own planner, with a budget that covers the whole map."""
        grid = world.resource(NavGrid)
        body = world.get(world.resource(MissionState).player, Body)
        radius = body.radius if body is not None else 10.0
        budget = len(grid.walkable) * len(grid.walkable[0]) if grid.walkable else 0
        path, _ = plan_path(grid, world.resource(CollisionMap), (pos.x, pos.y), goal, radius,
                            budget)
        self.path = list(path or [])
        self.goal, self.replan_at_s = goal, world.time_s + REPLAN_S


def playing(world: World) -> tuple[MissionState, int, Intent, Position] | None:
    """The running mission, its player and the player's Intent and Position; None when there is
    nothing for a bot to steer (the mission is over, or the player has no body)."""
    mission = world.resource(MissionState)
    me = mission.player
    intent, pos = world.get(me, Intent), world.get(me, Position)
    if intent is None or pos is None or mission.outcome != "running":
        return None
    return mission, me, intent, pos


def hurt(world: World, me: int) -> bool:
    health = world.get(me, Health)
    return health is not None and health.hp < HURT_SHARE * health.max_hp


def clear_intent(intent: Intent) -> None:
    """No move, no fire, no reload, no interact: each tick's intent starts from rest."""
    intent.move_x = intent.move_y = 0.0
    intent.fire = intent.reload = intent.interact = False


def _nearest_target(world: World, group: str, pos: Position) -> int | None:
    best, best_d = None, math.inf
    for eid, target, tpos in world.query(Target, Position):
        if target.group != group or world.has(eid, Dead):
            continue
        d = math.hypot(tpos.x - pos.x, tpos.y - pos.y)
        if d < best_d:
            best, best_d = eid, d
    return best


def nearest_armed_enemy(world: World, me: int, pos: Position,
                        reach: float = THREAT_RANGE_PX) -> tuple[float, float] | None:
    """Where the closest enemy with a gun, in a line of fire and in range, stands."""
    eid = nearest_threat(world, me, pos, reach)
    where = world.get(eid, Position) if eid is not None else None
    return (where.x, where.y) if where is not None else None


def _nearest_id(world: World, pos: Position, eids: list[int]) -> int | None:
    best, best_d = None, math.inf
    for eid in eids:
        where = world.get(eid, Position)
        if where is not None:
            d = math.hypot(where.x - pos.x, where.y - pos.y)
            if d < best_d:
                best, best_d = eid, d
    return best


def _nearest(world: World, pos: Position, eids: list[int]) -> tuple[float, float] | None:
    eid = _nearest_id(world, pos, eids)
    where = world.get(eid, Position) if eid is not None else None
    return (where.x, where.y) if where is not None else None


def _carrying(world: World, me: int) -> bool:
    return any(loot.carrier == me for _, loot in world.query(Loot))


def _named_position(world: World, name: str) -> tuple[float, float] | None:
    for eid, tag, where in world.query(Name, Position):
        if tag.name == name and not world.has(eid, Dead):
            return where.x, where.y
    return None


def _away(pos: Position, danger: tuple[float, float], distance: float) -> tuple[float, float]:
    dx, dy = pos.x - danger[0], pos.y - danger[1]
    length = math.hypot(dx, dy) or 1.0
    return danger[0] + dx / length * distance, danger[1] + dy / length * distance
