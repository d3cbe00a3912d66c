"""Runs the current mission's own script, if it has one (see game/sim/scripts/registry.py)."""

from __future__ import annotations

from game.sim.mission import MissionState
from game.sim.scripts.registry import SCRIPTS
from game.sim.world import World


def run_mission_script(world: World, dt: float) -> None:
    mission = world.resources.get(MissionState)
    if mission is None:
        return
    script = SCRIPTS.get(mission.mission_id)
    if script is not None:
        script[1](world, dt)
