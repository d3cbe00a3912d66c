"""Applies the mission's rules each tick: completes and breaks objectives of both sides, counts
shots and casualties, and decides success or failure for the player's side."""

from __future__ import annotations

from game.sim.components import Dead, Downable, Downed, Faction, Name
from game.sim.events import (
    ActorDamaged,
    ActorKilled,
    MissionEnded,
    ObjectiveCompleted,
    ShotFired,
)
from game.sim.mission import MissionState, ObjectiveState
from game.sim.mission.doings import complete_objective, fail_objective
from game.sim.mission.objective_kinds import (  # noqa: F401  (re-exported for the HUD)
    INTERACT_REACH_PX,
    MIN_HOLD_S,
    is_broken,
    is_met,
    within_reach,
)
from game.sim.mission.state import HELD_KINDS
from game.sim.world import World


def evaluate_mission(world: World, dt: float) -> None:
    mission = world.resources.get(MissionState)
    if mission is None or mission.outcome != "running":
        return
    now_s = (world.tick + 1) * dt  # the clock at the end of this tick
    _count_shots(world, mission)
    if world.has(mission.player, Dead) or world.has(mission.player, Downed):
        _end(world, mission, "failed", "You went down.")
        return
    _update_objectives(world, mission, dt, now_s)
    verdict = _verdict(mission, now_s)
    if verdict is not None:
        _end(world, mission, *verdict)


def _update_objectives(world: World, mission: MissionState, dt: float, now_s: float) -> None:
    mine, theirs = mission.mine_and_theirs()
    for objective in mine + theirs:
        if objective.kind in HELD_KINDS:
            if is_broken(world, mission, objective):
                fail_objective(world, mission, objective.id)
        elif objective.kind == "fail":
            if objective.target and objective.target in _fired(mission):
                complete_objective(world, mission, objective.id)
        elif is_met(world, mission, objective, dt):
            objective.done, objective.done_at_s = True, now_s
            world.emit(ObjectiveCompleted(world.tick, objective.id, objective.text))


def _fired(mission: MissionState) -> set[str]:
    return {t.name for t in mission.triggers if t.fired and t.name}


def _verdict(mission: MissionState, now_s: float) -> tuple[str, str] | None:
    """(outcome, reason) when the mission is decided this tick, else None."""
    side = mission.side
    mine = [o for o in mission.objectives if o.for_side(side)]
    theirs = [o for o in mission.objectives if not o.for_side(side)]
    if mission.fail_reason:
        return "failed", mission.fail_reason
    for o in mine:
        if o.kind == "fail" and o.done:
            return "failed", o.text
        if o.failed and not o.optional:
            return "failed", f"Objective failed: {o.text}"
    for o in theirs:
        if o.kind == "fail" and o.done:
            return "success", o.text
    if _all_done(theirs):
        return "failed", "The other side got what it came for."
    if mission.holding:
        return None
    if mission.succeed_reason:
        return "success", mission.succeed_reason
    if _all_done(mine):
        every = all(o.done for o in mine if o.optional and o.kind != "fail")
        return "success", "All objectives complete." if every else \
            "Every required objective complete."
    if mission.time_limit_s and now_s >= mission.time_limit_s - 1e-9:
        if any(o.kind in HELD_KINDS for o in mine):
            return "success", "Held until the end."
        return "failed", "Out of time."
    return None


def _all_done(objectives: list[ObjectiveState]) -> bool:
    """Every required objective done; held kinds count while they hold, but a list of only
    held kinds (or only fail conditions) is never 'done' by itself."""
    required = [o for o in objectives if not o.optional and o.kind != "fail"]
    goals = [o for o in required if o.kind not in HELD_KINDS]
    return bool(goals) and all(o.done for o in goals) and not any(o.failed for o in required)


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
    """Count casualties for the debrief as 'victim-side what:by', where by is you, a side, or
    'side/Name' for a named character of a side."""
    side = world.get(victim, Faction)
    if side is None or side.side == "target":
        return
    by = "nobody"
    name, faction = world.get(attacker, Name), world.get(attacker, Faction)
    if attacker == mission.player:
        by = "you"
    elif faction is not None and name is not None and world.has(attacker, Downable):
        by = f"{faction.side}/{name.name}"
    elif faction is not None:
        by = faction.side
    key = f"{side.side} {what}:{by}"
    mission.casualties[key] = mission.casualties.get(key, 0) + 1


def _end(world: World, mission: MissionState, outcome: str, reason: str) -> None:
    mission.outcome, mission.reason = outcome, reason
    world.emit(MissionEnded(world.tick, outcome, reason))
