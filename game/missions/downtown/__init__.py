"""The downtown shootout's Python: the debrief's hostage line and the bot's street sense. Every
beat (Breedan dies at the wheel, Shiherlis is hit, Cheritto grabs a hostage in the parking lot
and slips away if nobody takes the shot, whether Shiherlis came out too) is map data in
maps/downtown.tmx, written with the mission vocabulary (docs/mission-reference.md)."""

from __future__ import annotations

from game.missions.downtown.bot import DowntownBot
from game.sim.components import Dead
from game.sim.mission.lookup import find, standing
from game.sim.mission.state import GOT_AWAY, MissionState
from game.sim.world import World


def hostage_lines(world: World, mission: MissionState) -> list[str]:
    """How Cheritto's hostage moment came out, for the debrief of either side."""
    if not mission.flags.get("hostage-taken"):
        return ["Hostage  none taken"]
    hostage = find(world, "hostage")
    shot = mission.objective("hostage-shot")
    if hostage and world.has(hostage, Dead):
        return ["Hostage  taken in the market lot: killed"]
    if hostage and not standing(world, hostage):
        return ["Hostage  taken in the market lot: hurt"]
    if shot is not None and shot.done:
        return ["Hostage  taken in the market lot: Cheritto shot, the hostage unhurt"]
    if "Cheritto" in mission.hook_state.get(GOT_AWAY, ()):
        return ["Hostage  taken in the market lot: Cheritto got away behind her"]
    return ["Hostage  taken in the market lot: still held"]


DEBRIEF = hostage_lines
"""Lines the debrief adds for this mission (game/debrief/summary.py)."""

BOT = DowntownBot
"""The bot that plays downtown on either side (heat run downtown --bot)."""
