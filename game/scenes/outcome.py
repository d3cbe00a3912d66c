"""How an attempt ended, in words: the banner over the world and the debrief's summary."""

from __future__ import annotations

from game.debrief.summary import debrief_of
from game.scenes.base import Outcome
from game.sim.components import Dead, Downed, Surrendered
from game.sim.mission import MissionState
from game.sim.world import World

STORY_ENDS = "THE END"
OWN_ENDING = "YOUR ENDING"  # a win that is not the story's (LAX: McCauley gets away)


def end_banner(world: World, mission: MissionState) -> str:
    """Death reads as death; BUSTED only for an arrest."""
    if mission.outcome == "success":
        if mission.flags.get("own-ending"):
            return OWN_ENDING
        return "JOB DONE" if mission.side == "crew" else "CASE CLOSED"
    if mission.outcome == "running":
        return ""
    if mission.flags.get("story-ending"):  # a loss that is the story's own ending (LAX)
        return STORY_ENDS
    player = mission.player
    if world.has(player, Dead):
        return "KILLED"
    if world.has(player, Surrendered) or "arrest" in mission.reason.lower():
        return "BUSTED"
    if world.has(player, Downed):
        return "DOWN"
    if "time" in mission.reason.lower():
        return "OUT OF TIME"
    return "MISSION FAILED"


def outcome_of(world: World, mission: MissionState) -> Outcome:
    report, lines = debrief_of(world, mission)
    banner = end_banner(world, mission)
    reason = "You were killed." if banner == "KILLED" else mission.reason
    flags = tuple(sorted(name for name, on in mission.flags.items() if on))
    return Outcome(mission.outcome == "success", mission.title, reason, banner, report.grade,
                   lines, world.time_s, flags)
