"""Small helpers every mission script uses: find a named entity, say a line, objectives."""

from __future__ import annotations

from typing import Protocol

from game.sim.components import Name
from game.sim.events import ObjectiveCompleted, RadioChatter
from game.sim.mission import MissionState
from game.sim.scripts.radio import RADIO_LINES
from game.sim.world import World


class Speaker(Protocol):
    said: set[str]


def find(world: World, name: str) -> int:
    for eid, tag in world.query(Name):
        if tag.name == name and eid not in world.doomed:
            return eid
    return 0


def complete(world: World, mission: MissionState, objective_id: str) -> None:
    """Mark a scripted objective done (the script, not a map rule, decides it)."""
    for objective in mission.objectives:
        if objective.id == objective_id and not objective.done:
            objective.done, objective.done_at_s = True, world.time_s
            world.emit(ObjectiveCompleted(world.tick, objective.id, objective.text))


def done(mission: MissionState, objective_id: str) -> bool:
    return any(o.id == objective_id and o.done for o in mission.objectives)


def say(world: World, job: Speaker, key: str) -> None:
    """Emit the lines filed under ``key`` once per job."""
    if key in job.said:
        return
    job.said.add(key)
    for speaker, text in RADIO_LINES.get(key, ()):
        world.emit(RadioChatter(world.tick, speaker, text))


