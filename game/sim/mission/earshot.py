"""Who hears a mission line: the player's own side hears its people, the other side does not.

The rule (docs/mission-reference.md, `radio` and `say`):

- A line's speaker is the actor with that name; "Dispatch" speaks for the LAPD. A speaker of
  neither side, or one the map does not place (narration, a tower), is heard by everyone.
- A speaker of the player's side is always heard.
- A speaker of the other side is heard on the scene (`say`) only when the player is within
  SAY_EARSHOT_M of them, and on the radio (`radio`) only when the line is marked
  ``heard=SIDE`` for the player's side (a police scanner in the crew's car).
"""

from __future__ import annotations

import math

from game.sim.components import Faction, Name, Position
from game.sim.mission.state import MissionState
from game.sim.units import metres
from game.sim.world import World

SAY_EARSHOT_M = 15.0
SIDES = ("crew", "lapd")
VOICES = {"dispatch": "lapd"}
"""Speakers that are never placed on a map, by side."""


def speaker(world: World, name: str) -> tuple[str, int]:
    """The speaker's side ("" when of neither side) and entity (0 when not on the map)."""
    wanted = name.strip().lower()
    for eid, who in world.query(Name):
        if who.name.lower() == wanted:
            faction = world.get(eid, Faction)
            side = faction.side if faction is not None else ""
            return (side if side in SIDES else ""), eid
    return VOICES.get(wanted, ""), 0


def player_hears(world: World, mission: MissionState, name: str, on_radio: bool,
                 heard: str = "") -> bool:
    """Whether the player is shown the line ``name`` speaks (see the module's rule)."""
    side, eid = speaker(world, name)
    if not side or side == mission.side:
        return True
    if on_radio:
        return heard == mission.side
    return _near(world, mission.player, eid)


def _near(world: World, player: int, eid: int) -> bool:
    here, there = world.get(player, Position), world.get(eid, Position)
    if here is None or there is None:
        return False
    return math.hypot(here.x - there.x, here.y - there.y) <= metres(SAY_EARSHOT_M)
