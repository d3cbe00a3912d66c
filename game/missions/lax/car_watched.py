"""Whether the police stand by Eady's car (the map's `eady-watch` region): then McCauley, the
AI's or the bot's, takes the tarmac instead. The map's own triggers ask the same question of
the same region (`inside faction:lapd eady-watch`)."""

from __future__ import annotations

from game.sim.mission import MissionState
from game.sim.mission.lookup import inside_count
from game.sim.world import World

WATCH = "eady-watch"


def car_watched(world: World) -> bool:
    """A policeman on his feet stands in the region that watches the car."""
    mission = world.resources.get(MissionState)
    return mission is not None and inside_count(world, mission, "faction:lapd", WATCH) >= 1
