"""A bot that plays a mission's objectives in order: shoots kill targets, walks to regions."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from game.sim.collision_map import CollisionMap, raycast
from game.sim.components import Body, Dead, Intent, Position, Region, Target, Weapon
from game.sim.mission import MissionState, ObjectiveState
from game.sim.navigation import NavGrid, find_path, smooth_path
from game.sim.weapons import weapon_spec
from game.sim.world import World

REPLAN_S = 1.0


@dataclass
class ObjectiveBot:
    """Writes the player's Intent each tick; holds only its own plan, never world state."""

    path: list[tuple[float, float]] = field(default_factory=list)
    goal: tuple[float, float] | None = None
    replan_at_s: float = 0.0

    def think(self, world: World) -> None:
        mission = world.resource(MissionState)
        me = mission.player
        intent, pos = world.get(me, Intent), world.get(me, Position)
        if intent is None or pos is None or mission.outcome != "running":
            return
        intent.move_x = intent.move_y = 0.0
        intent.fire = intent.reload = False
        active = mission.active_objectives()
        if active:
            self._pursue(world, active[0], me, intent, pos)

    def _pursue(self, world: World, objective: ObjectiveState, me: int, intent: Intent,
                pos: Position) -> None:
        if objective.kind == "kill":
            target = _nearest_target(world, objective.target, pos)
            if target is None:
                return
            self._engage(world, me, intent, pos, target)
        elif objective.kind == "reach":
            region = next((r for _, r in world.query(Region) if r.name == objective.target), None)
            if region is not None:
                centre = (region.x + region.w / 2, region.y + region.h / 2)
                self._walk_to(world, intent, pos, centre)

    def _engage(self, world: World, me: int, intent: Intent, pos: Position,
                target: tuple[float, float]) -> None:
        cmap = world.resource(CollisionMap)
        weapon = world.get(me, Weapon)
        reach = weapon_spec(weapon.kind).range_px * 0.8 if weapon else 0.0
        close = math.hypot(target[0] - pos.x, target[1] - pos.y) < reach
        if close and raycast(cmap, pos.x, pos.y, *target) is None:  # a clear line of fire
            intent.aim_x, intent.aim_y = target
            intent.fire = world.tick % 2 == 0  # tap the trigger: works for every weapon
            intent.reload = weapon is not None and weapon.ammo == 0
            self.goal = None
        else:
            self._walk_to(world, intent, pos, target)

    def _walk_to(self, world: World, intent: Intent, pos: Position,
                 goal: tuple[float, float]) -> None:
        if self.goal != goal or world.time_s >= self.replan_at_s or not self.path:
            self._plan(world, pos, goal)
        while self.path and math.hypot(self.path[0][0] - pos.x, self.path[0][1] - pos.y) < 8.0:
            self.path.pop(0)
        if not self.path:
            return
        wx, wy = self.path[0]
        dx, dy = wx - pos.x, wy - pos.y
        dist = math.hypot(dx, dy) or 1.0
        intent.move_x, intent.move_y = dx / dist, dy / dist
        intent.aim_x, intent.aim_y = wx, wy

    def _plan(self, world: World, pos: Position, goal: tuple[float, float]) -> None:
        path = find_path(world.resource(NavGrid), (pos.x, pos.y), goal) or []
        radius = 10.0
        body = world.get(world.resource(MissionState).player, Body)
        if body is not None:
            radius = body.radius
        self.path = smooth_path(world.resource(CollisionMap), (pos.x, pos.y), path, radius)
        self.goal, self.replan_at_s = goal, world.time_s + REPLAN_S


def _nearest_target(world: World, group: str, pos: Position) -> tuple[float, float] | None:
    best, best_d = None, math.inf
    for eid, target, tpos in world.query(Target, Position):
        if target.group != group or world.has(eid, Dead):
            continue
        d = math.hypot(tpos.x - pos.x, tpos.y - pos.y)
        if d < best_d:
            best, best_d = (tpos.x, tpos.y), d
    return best
