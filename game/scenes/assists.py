"""Assists chosen in the settings, handed to the world a mission is played in."""

from __future__ import annotations

from game.settings import Settings
from game.sim.components import Health
from game.sim.mission import MissionState
from game.sim.world import World


def apply_assists(world: World, settings: Settings) -> None:
    """The player takes ``damage_taken`` times the damage (difficulty or the assist)."""
    mission = world.resources.get(MissionState)
    if mission is None:
        return
    health = world.get(mission.player, Health)
    if health is not None:
        health.taken_scale = settings.damage_taken
