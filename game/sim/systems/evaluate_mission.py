"""Applies the mission's rules each tick: completes objectives and decides success or failure."""

from __future__ import annotations

from game.sim.components import Dead, Position, Region, Target
from game.sim.events import ActorDamaged, MissionEnded, ObjectiveCompleted, ShotFired
from game.sim.mission import MissionState, ObjectiveState
from game.sim.world import World


def evaluate_mission(world: World, dt: float) -> None:
    mission = world.resources.get(MissionState)
    if mission is None or mission.outcome != "running":
        return
    now_s = (world.tick + 1) * dt  # the clock at the end of this tick
    _count_shots(world, mission)
    if world.has(mission.player, Dead):
        _end(world, mission, "failed", "You went down.")
        return
    for objective in mission.active_objectives():
        if _is_met(world, mission, objective):
            objective.done, objective.done_at_s = True, now_s
            world.emit(ObjectiveCompleted(world.tick, objective.id, objective.text))
    if mission.objectives and all(o.done for o in mission.objectives):
        _end(world, mission, "success", "All objectives complete.")
    elif mission.time_limit_s and now_s >= mission.time_limit_s - 1e-9:
        _end(world, mission, "failed", "Out of time.")


def _count_shots(world: World, mission: MissionState) -> None:
    for event in world.events:
        if isinstance(event, ShotFired) and event.shooter == mission.player:
            mission.shots_fired += 1
        elif isinstance(event, ActorDamaged) and event.attacker == mission.player:
            mission.hits += 1


def _is_met(world: World, mission: MissionState, objective: ObjectiveState) -> bool:
    if objective.kind == "kill":
        group = [eid for eid, t in world.query(Target) if t.group == objective.target]
        return bool(group) and all(world.has(eid, Dead) for eid in group)
    if objective.kind == "reach":
        pos = world.get(mission.player, Position)
        return pos is not None and any(
            r.name == objective.target and r.contains(pos.x, pos.y)
            for _, r in world.query(Region)
        )
    return False


def _end(world: World, mission: MissionState, outcome: str, reason: str) -> None:
    mission.outcome, mission.reason = outcome, reason
    world.emit(MissionEnded(world.tick, outcome, reason))
