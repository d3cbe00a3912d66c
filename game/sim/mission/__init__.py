"""Missions as data: the mission state, its vocabulary of conditions and actions, triggers and
phases. ``from game.sim.mission import MissionState`` keeps working for every reader."""

from game.sim.mission.state import (
    Countdown,
    MissionState,
    ObjectiveState,
    PhaseDef,
    SpawnSpec,
    TriggerState,
)

__all__ = ["Countdown", "MissionState", "ObjectiveState", "PhaseDef", "SpawnSpec",
           "TriggerState"]
