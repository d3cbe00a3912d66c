"""Assists chosen in the settings, handed to the world a mission is played in."""

from __future__ import annotations

from game.settings import Settings
from game.sim.components import Health
from game.sim.mission import MissionState
from game.sim.world import World


def apply_assists(world: World, settings: Settings, recording: bool = False) -> None:
    """The player takes ``damage_taken`` times the damage (difficulty or the assist).

    Not while a replay is recorded: a replay holds only mission, side, seed and inputs, so a
    world built with another multiplier could not be played back to the same end."""
    if recording:
        return
    mission = world.resources.get(MissionState)
    if mission is None:
        return
    health = world.get(mission.player, Health)
    if health is not None:
        health.taken_scale = settings.damage_taken
