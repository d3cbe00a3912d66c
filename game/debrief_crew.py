"""The debrief's roll call: each named member of the crew and how his day ended (out, carried
out, lost, arrested, down, got away), read from the world as the mission ends. Generic: any
mission with a named crew gets it; a mission hook that takes a man off the map records him
under ``mission.hook_state["got_away"]``."""

from __future__ import annotations

import math

from game.names import shown_name
from game.sim.components import Dead, Downed, Faction, Name, Position, Surrendered
from game.sim.mission.components import Loot
from game.sim.mission.state import GOT_AWAY, MissionState
from game.sim.units import metres
from game.sim.world import World

CARRIED_PX = metres(4.0)  # a downed man this close to the player at the end came out with him
GONE_WITH = frozenset({"out", "carried out", "got away"})  # the money goes with these
LINE_CHARS = 80  # a debrief line longer than this outgrows the panel (font shrinks to fit)
LEFT = "left behind"  # down in the street when the player got out: walked away from, the code


def crew_fates(world: World, mission: MissionState) -> dict[str, str]:
    """Name -> fate for every named member of the crew, the player's own side or not."""
    fates: dict[str, str] = {}
    for eid, faction, name in world.query(Faction, Name):
        if faction.side == "crew" and name.name not in fates:
            fates[name.name] = _fate(world, mission, eid)
    for name in mission.hook_state.get(GOT_AWAY, ()):
        fates.setdefault(name, "got away")
    return fates


def _fate(world: World, mission: MissionState, eid: int) -> str:
    if world.has(eid, Dead):
        return "lost"
    if world.has(eid, Surrendered):
        return "arrested"
    crew_won = (mission.side == "crew") == (mission.outcome == "success")
    if world.has(eid, Downed):
        if not crew_won:
            return "down"
        if _beside_player(world, mission, eid):
            return "carried out"
        return LEFT if mission.side == "crew" else "down"
    return "out" if crew_won else "at large"


def _beside_player(world: World, mission: MissionState, eid: int) -> bool:
    """A downed man the player got out with him (dragged to the car or the ramp)."""
    here, player = world.get(eid, Position), world.get(mission.player, Position)
    if here is None or player is None or mission.side != "crew":
        return False
    return math.hypot(here.x - player.x, here.y - player.y) <= CARRIED_PX


def money_split(world: World, mission: MissionState) -> tuple[int, int]:
    """(dollars the crew got out with, dollars of loot in the mission). Loot with a carrier no
    longer on the map went with him."""
    total = out = 0
    for _, loot in world.query(Loot):
        total += loot.value
        if loot.carrier and (world.get(loot.carrier, Position) is None or _fate(
                world, mission, loot.carrier) in GONE_WITH):
            out += loot.value
    return out, total


def money_line(world: World, mission: MissionState) -> str:
    """What of the loot the crew got out with, and what was walked away from (the code) or, for
    the police, recovered."""
    out, total = money_split(world, mission)
    if not total:
        return ""
    if mission.side == "lapd":
        return f"Money recovered  ${total - out:,} of ${total:,}"
    return f"Carried out  ${out:,} of ${total:,}   Left behind  ${total - out:,}"


def roll_call(world: World, mission: MissionState) -> list[str]:
    """'Crew  McCauley out, Cheritto got away, Breedan lost' and the money line (nothing when
    there is no crew)."""
    crew = crew_lines(world, mission)
    money = money_line(world, mission) if crew else ""
    return crew + ([money] if money else [])


def crew_lines(world: World, mission: MissionState) -> list[str]:
    """'Crew  McCauley out, Breedan lost', wrapped to the panel ([] when there is no crew)."""
    fates = crew_fates(world, mission)
    said = {"out": "at large"} if mission.side == "lapd" else {}  # to the police, still loose
    return _wrapped([f"{shown_name(name)} {said.get(fate, fate)}"
                     for name, fate in fates.items()]) if fates else []


def _wrapped(parts: list[str]) -> list[str]:
    """'Crew  A out, B lost', carried on to a second line when it would outgrow the panel."""
    lines, line = [], "Crew  "
    for part in parts:
        if len(line) + len(part) > LINE_CHARS and line.strip() not in ("Crew", ""):
            lines.append(line.rstrip(", "))
            line = ""
        line += part + ", "
    return [*lines, line.rstrip(", ")]
