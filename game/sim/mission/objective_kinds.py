"""Whether an objective is met this tick, kind by kind. Objectives of the player's side are
met by the player (reach, hold, interact) or by anyone of that side; the other side's by its AI.
Held kinds (prevent, protect) report 'broken' rather than met."""

from __future__ import annotations

import math

from game.sim.body_grid import body_segment
from game.sim.components import (
    Body,
    Dead,
    Faction,
    Heading,
    Health,
    Intent,
    Name,
    Position,
    Region,
    Target,
)
from game.sim.geometry import closest_on_segment
from game.sim.mission.components import Loot
from game.sim.mission.conditions.arrested import is_arrested
from game.sim.mission.lookup import (
    inside_count,
    is_down,
    kept_things,
    members,
    region,
    standing,
)
from game.sim.mission.state import MissionState, ObjectiveState
from game.sim.units import metres
from game.sim.world import World

INTERACT_REACH_PX = metres(1.5)  # from the edge of the thing being worked on
MIN_HOLD_S = 1.0  # an interact/hold/survive objective takes at least this long


def is_met(world: World, mission: MissionState, objective: ObjectiveState, dt: float) -> bool:
    kind, target = objective.kind, objective.target
    mine = objective.for_side(mission.side)
    if kind == "kill":
        victims = [eid for eid, t in world.query(Target) if t.group == target]
        victims += [eid for eid, n, _ in world.query(Name, Health) if n.name == target]
        return bool(victims) and all(world.has(eid, Dead) for eid in victims)
    if kind in ("kill_n", "arrest_n", "collect_n"):
        return _tally(world, mission, objective) >= max(1, objective.count)
    if kind in ("escort", "carry"):
        return inside_count(world, mission, _subject(objective), target) >= 1
    if kind == "reach":
        if mine:
            return _player_in(world, mission, target)
        return inside_count(world, mission, _subject(objective) or objective.side, target) >= 1
    if kind == "hold":
        inside = _player_in(world, mission, target) if mine else \
            inside_count(world, mission, objective.side, target) >= 1
        return _progress(objective, dt if inside else -objective.progress_s)
    if kind == "interact":
        working = _interacting(world, mission, target) if mine else \
            _ai_working(world, mission, objective)
        return _progress(objective, dt if working else 0.0)
    if kind == "survive":
        return _progress(objective, dt)
    return False


def is_broken(world: World, mission: MissionState, objective: ObjectiveState) -> bool:
    """A prevent or protect objective that no longer holds."""
    if objective.kind == "prevent":
        return inside_count(world, mission, objective.subject, objective.target) >= 1
    if objective.kind == "protect":
        group = members(world, mission, objective.subject)
        return sum(1 for e in group if standing(world, e)) < max(1, objective.count)
    return False


def _subject(objective: ObjectiveState) -> str:
    if objective.kind == "carry" and objective.subject and ":" not in objective.subject:
        return f"loot:{objective.subject}"
    return objective.subject


def _tally(world: World, mission: MissionState, objective: ObjectiveState) -> int:
    group = members(world, mission, objective.target)
    if objective.kind == "kill_n":
        return sum(1 for e in group if is_down(world, e))
    if objective.kind == "arrest_n":
        return sum(1 for e in group if is_arrested(world, e))
    sides = {mission.side} if objective.for_side(mission.side) else {objective.side}
    return sum(1 for _, loot in world.query(Loot)
               if loot.carrier and (loot.group == objective.target or not objective.target)
               and _side(world, loot.carrier) in sides)


def _side(world: World, eid: int) -> str:
    faction = world.get(eid, Faction)
    return faction.side if faction is not None else ""


def _progress(objective: ObjectiveState, change_s: float) -> bool:
    """Add time toward an objective that takes a while; done once it reaches hold_s."""
    objective.progress_s = max(0.0, objective.progress_s + change_s)
    return objective.progress_s >= max(objective.hold_s, MIN_HOLD_S)


def _player_in(world: World, mission: MissionState, name: str) -> bool:
    pos = world.get(mission.player, Position)
    area = region(world, name)
    return pos is not None and area is not None and _any_contains(world, name, pos)


def _any_contains(world: World, name: str, pos: Position) -> bool:
    return any(r.name == name and r.contains(pos.x, pos.y) for _, r in world.query(Region))


def _interacting(world: World, mission: MissionState, target: str) -> bool:
    """The player holds Interact within reach of the named thing."""
    intent = world.get(mission.player, Intent)
    return intent is not None and intent.interact and within_reach(world, mission.player, target)


def _ai_working(world: World, mission: MissionState, objective: ObjectiveState) -> bool:
    """The other side's interact objective: one of its AIs stands within reach of the thing."""
    things = _things_named(world, objective.target)
    return bool(things) and any(
        standing(world, e) and _reaches(world, e, things)
        for e in members(world, mission, f"faction:{objective.side}"))


def within_reach(world: World, actor: int, target: str) -> bool:
    """Whether ``actor`` stands close enough to work on the thing named ``target``."""
    return _reaches(world, actor, _things_named(world, target))


Thing = tuple[int, Position, Body | None, Heading | None]


def _things_named(world: World, target: str) -> list[Thing]:
    """What ``target`` names that can be worked on (loot is carried, not worked on)."""
    return kept_things(world, target, lambda: [
        (eid, where, world.get(eid, Body), world.get(eid, Heading))
        for eid, name, where in world.query(Name, Position)
        if name.name == target and not world.has(eid, Loot)])


def _reaches(world: World, actor: int, things: list[Thing]) -> bool:
    pos = world.get(actor, Position)
    if pos is None:
        return False
    for eid, where, body, heading in things:
        if eid == actor:
            continue
        gap = math.hypot(where.x - pos.x, where.y - pos.y)
        if body is not None:  # measured from the thing's outline: a truck is long
            if gap - body.length * 0.5 - body.radius > INTERACT_REACH_PX + 1.0:
                continue  # out of reach of any point of it (a px to spare for rounding)
            spine = body_segment(where, body, heading)
            near = closest_on_segment(pos.x, pos.y, *spine)
            gap = math.hypot(near[0] - pos.x, near[1] - pos.y) - body.radius
        if gap <= INTERACT_REACH_PX:
            return True
    return False
