"""Applies the mission's rules each tick: completes objectives and decides success or failure."""

from __future__ import annotations

import math

from game.sim.body_grid import body_segment
from game.sim.components import (
    Body,
    Dead,
    Downed,
    Faction,
    Heading,
    Health,
    Intent,
    Name,
    Position,
    Region,
    Target,
)
from game.sim.events import (
    ActorDamaged,
    ActorKilled,
    MissionEnded,
    ObjectiveCompleted,
    ShotFired,
)
from game.sim.geometry import closest_on_segment
from game.sim.mission import MissionState, ObjectiveState
from game.sim.units import metres
from game.sim.world import World

INTERACT_REACH_PX = metres(1.5)  # from the edge of the thing being worked on
MIN_HOLD_S = 1.0  # an interact/hold/survive objective takes at least this long


def evaluate_mission(world: World, dt: float) -> None:
    mission = world.resources.get(MissionState)
    if mission is None or mission.outcome != "running":
        return
    now_s = (world.tick + 1) * dt  # the clock at the end of this tick
    _count_shots(world, mission)
    if world.has(mission.player, Dead) or world.has(mission.player, Downed):
        _end(world, mission, "failed", "You went down.")
        return
    if mission.fail_reason:
        _end(world, mission, "failed", mission.fail_reason)
        return
    for objective in mission.active_objectives():
        if _is_met(world, mission, objective, dt):
            objective.done, objective.done_at_s = True, now_s
            world.emit(ObjectiveCompleted(world.tick, objective.id, objective.text))
    required = [o for o in mission.objectives if not o.optional]
    if required and all(o.done for o in required) and not mission.holding:
        _end(world, mission, "success", "All objectives complete.")
    elif mission.time_limit_s and now_s >= mission.time_limit_s - 1e-9:
        _end(world, mission, "failed", "Out of time.")


def _count_shots(world: World, mission: MissionState) -> None:
    for event in world.events:
        if isinstance(event, ShotFired) and event.shooter == mission.player:
            mission.shots_fired += 1
        elif isinstance(event, ActorDamaged):
            if event.attacker == mission.player:
                mission.hits += 1
            _tally(world, mission, event.victim, event.attacker, "hurt")
        elif isinstance(event, ActorKilled):
            _tally(world, mission, event.victim, event.killer, "killed")


def _tally(world: World, mission: MissionState, victim: int, attacker: int, what: str) -> None:
    """Count casualties for the debrief as 'victim side what:by whom' (Waingro by name)."""
    side = world.get(victim, Faction)
    if side is None or side.side == "target":
        return
    by = "nobody"
    name, faction = world.get(attacker, Name), world.get(attacker, Faction)
    if name is not None and name.name.lower() == "waingro":
        by = "waingro"
    elif attacker == mission.player:
        by = "you"
    elif faction is not None:
        by = faction.side
    key = f"{side.side} {what}:{by}"
    mission.casualties[key] = mission.casualties.get(key, 0) + 1


def _is_met(world: World, mission: MissionState, objective: ObjectiveState,
            dt: float) -> bool:
    kind, target = objective.kind, objective.target
    if kind == "kill":
        victims = [eid for eid, t in world.query(Target) if t.group == target]
        victims += [eid for eid, n, _ in world.query(Name, Health) if n.name == target]
        return bool(victims) and all(world.has(eid, Dead) for eid in victims)
    pos = world.get(mission.player, Position)
    if kind == "reach":
        return pos is not None and _in_region(world, target, pos)
    if kind == "hold":
        inside = pos is not None and _in_region(world, target, pos)
        return _progress(objective, dt if inside else -objective.progress_s)
    if kind == "interact":
        return _progress(objective, dt if _interacting(world, mission, target) else 0.0)
    if kind == "survive":
        return _progress(objective, dt)
    return False


def _progress(objective: ObjectiveState, change_s: float) -> bool:
    """Add time toward an objective that takes a while; done once it reaches hold_s."""
    objective.progress_s = max(0.0, objective.progress_s + change_s)
    return objective.progress_s >= max(objective.hold_s, MIN_HOLD_S)


def _in_region(world: World, name: str, pos: Position) -> bool:
    return any(r.name == name and r.contains(pos.x, pos.y) for _, r in world.query(Region))


def _interacting(world: World, mission: MissionState, target: str) -> bool:
    """The player holds Interact within reach of the named thing."""
    intent = world.get(mission.player, Intent)
    return intent is not None and intent.interact and within_reach(world, mission.player, target)


def within_reach(world: World, actor: int, target: str) -> bool:
    """Whether ``actor`` stands close enough to work on the thing named ``target``."""
    pos = world.get(actor, Position)
    if pos is None:
        return False
    for eid, name, where in world.query(Name, Position):
        if name.name == target and eid != actor:
            body = world.get(eid, Body)
            if body is None:
                gap = math.hypot(where.x - pos.x, where.y - pos.y)
            else:  # measured from the thing's outline: a truck is long
                spine = body_segment(where, body, world.get(eid, Heading))
                near = closest_on_segment(pos.x, pos.y, *spine)
                gap = math.hypot(near[0] - pos.x, near[1] - pos.y) - body.radius
            if gap <= INTERACT_REACH_PX:
                return True
    return False


def _end(world: World, mission: MissionState, outcome: str, reason: str) -> None:
    mission.outcome, mission.reason = outcome, reason
    world.emit(MissionEnded(world.tick, outcome, reason))
