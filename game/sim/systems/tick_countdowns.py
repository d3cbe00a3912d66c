"""Runs the mission's countdowns down and shows the first labelled one on the HUD."""

from __future__ import annotations

from game.sim.mission import MissionState
from game.sim.world import World


def tick_countdowns(world: World, dt: float) -> None:
    mission = world.resources.get(MissionState)
    if mission is None or mission.outcome != "running":
        return
    shown = None
    for clock in mission.countdowns.values():
        if clock.running and not clock.done:
            clock.left_s = max(0.0, clock.left_s - dt)
            if clock.left_s <= 1e-9:
                clock.done, clock.running = True, False
        if clock.running and clock.label and shown is None:
            shown = clock
    mission.countdown_s = shown.left_s if shown is not None else -1.0
    mission.countdown_label = shown.label if shown is not None else ""
