"""LAX's own Python: the landing jets whose lights sweep the tarmac, and where the AI McCauley
runs once Waingro is settled. Everything else is map data in maps/lax.tmx."""

from __future__ import annotations

from game.sim.mission import MissionState
from game.sim.world import World


def landing_lights(world: World, mission: MissionState) -> None:
    pass


def plane_lands(world: World, mission: MissionState) -> None:
    pass


def plane_moves(world: World, mission: MissionState) -> None:
    pass


def mccauley_runs(world: World, mission: MissionState) -> None:
    pass


HOOKS = {"landing_lights": landing_lights, "plane_lands": plane_lands,
         "plane_moves": plane_moves, "mccauley_runs": mccauley_runs}
