"""The AI side plays its objectives: about once a second each objective of the side the player
did not take gives that side's AIs a goal (make for the region, fetch the loot and run it out,
set up where the enemy must not go, close in on the wanted). Trigger orders outrank it."""

from __future__ import annotations

import math

from game.sim.components import Body, Brain, Faction, PlayerControlled, Position
from game.sim.mission import MissionState, ObjectiveState
from game.sim.mission.ai_goals import advance, send_to
from game.sim.mission.components import Loot, MissionOrder
from game.sim.mission.lookup import find, members, region, standing
from game.sim.world import World

EVERY_TICKS = 60


def pursue_objectives(world: World, dt: float) -> None:
    mission = world.resources.get(MissionState)
    if mission is None or mission.outcome != "running" or world.tick % EVERY_TICKS:
        return
    for objective in mission.ai_objectives()[:1]:  # the first open one, as a player would
        crew = _actors(world, objective.side)
        if crew:
            _pursue(world, mission, objective, crew)


def _actors(world: World, side: str) -> list[int]:
    return [e for e, f, _ in world.query(Faction, Brain) if f.side == side
            and standing(world, e) and not world.has(e, PlayerControlled)
            and not world.has(e, MissionOrder)]


def _pursue(world: World, mission: MissionState, objective: ObjectiveState,
            crew: list[int]) -> None:
    kind = objective.kind
    if kind in ("kill_n", "arrest_n", "kill"):
        for eid in crew:
            advance(world, eid, world.get(eid, Brain))
        return
    if kind == "interact":
        _work_at(world, objective.target, crew)
        return
    if kind in ("carry", "collect_n"):
        crew = _fetch_loot(world, objective, crew)
    place = objective.target
    if kind == "protect":
        place = ""
        guarded = members(world, mission, objective.subject)
        spot = world.get(guarded[0], Position) if guarded else None
        for eid in crew:
            brain = world.get(eid, Brain)
            if spot is not None:
                brain.behaviour, brain.home_x, brain.home_y = "hold", spot.x, spot.y
    area = region(world, place) if place else None
    if area is not None:
        send_to(world, crew, area)


def _work_at(world: World, name: str, crew: list[int]) -> None:
    """The nearest of the side goes to work on the named thing; the rest hold close by."""
    thing = find(world, name)
    spot = world.get(thing, Position)
    if spot is None:
        return
    crew = sorted(crew, key=lambda e: _distance(world, e, spot))
    for i, eid in enumerate(crew):
        brain = world.get(eid, Brain)
        gap = 0.0 if i == 0 else 96.0 + 24.0 * i
        brain.behaviour, brain.leader = "hold", 0
        brain.home_x, brain.home_y = _beside(world, thing, spot, gap)


def _beside(world: World, thing: int, spot: Position, gap: float) -> tuple[float, float]:
    """A point next to the thing's outline (a truck is long), ``gap`` px further out."""
    body = world.get(thing, Body)
    reach = (body.radius + 16.0) if body is not None else 16.0
    return spot.x, spot.y + reach + gap


def _distance(world: World, eid: int, spot: Position) -> float:
    pos = world.get(eid, Position)
    return math.hypot(pos.x - spot.x, pos.y - spot.y) if pos is not None else math.inf


def _fetch_loot(world: World, objective: ObjectiveState, crew: list[int]) -> list[int]:
    """Those not yet carrying go for the nearest loose loot; the rest (carriers) run on."""
    group = objective.subject if objective.kind == "carry" else objective.target
    loose = [(e, world.get(e, Position)) for e, loot in world.query(Loot)
             if not loot.carrier and (not group or group in (loot.group, loot.name))]
    carriers = {loot.carrier for _, loot in world.query(Loot) if loot.carrier}
    if not loose:
        return crew
    runners = []
    for eid in crew:
        pos, brain = world.get(eid, Position), world.get(eid, Brain)
        if eid in carriers or pos is None:
            runners.append(eid)
            continue
        _, spot = min(loose, key=lambda item: math.hypot(item[1].x - pos.x, item[1].y - pos.y))
        brain.behaviour, brain.leader, brain.home_x, brain.home_y = "hold", 0, spot.x, spot.y
    return runners
