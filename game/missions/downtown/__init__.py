"""The downtown shootout's hooks: the few beats that are not map data (maps/downtown.tmx says
when they happen). Breedan dies at the wheel, Shiherlis is hit, Cheritto grabs a hostage in the
parking lot and slips away if nobody takes the shot, and whether Shiherlis came out too."""

from __future__ import annotations

import math

from game.debrief_crew import GOT_AWAY
from game.missions.downtown.bot import DowntownBot
from game.sim.ai.alertness import set_state
from game.sim.ai.moves import RUN, go_to
from game.sim.components import Awareness, Brain, Dead, Faction, PlayerControlled, Position
from game.sim.damage import down, kill
from game.sim.events import ShotFired
from game.sim.mission.components import Group
from game.sim.mission.doings import complete_objective
from game.sim.mission.lookup import find, standing
from game.sim.mission.state import MissionState
from game.sim.units import metres
from game.sim.weapons import weapon_spec
from game.sim.world import World

HOSTAGE_GAP_PX = metres(0.7)  # the hostage is held this close, between Cheritto and the police
PARTNER_NEAR_PX = metres(4.0)  # Shiherlis counts as out if he is this close to McCauley
ARRIVED_PX = metres(3.0)


def _up(world: World, eid: int) -> bool:
    return bool(eid) and standing(world, eid)


def nearest_officer(world: World, x: float, y: float) -> int:
    """The closest standing police officer to (x, y): the one who fired (0: nobody)."""
    best, best_d = 0, math.inf
    for eid, faction, pos in world.query(Faction, Position):
        if faction.side == "lapd" and _up(world, eid):
            d = math.hypot(pos.x - x, pos.y - y)
            if d < best_d:
                best, best_d = eid, d
    return best


def _burst(world: World, shooter: int, target: Position, rounds: int) -> None:
    """The sound and flash of a burst from ``shooter`` at ``target`` (the harm is dealt apart)."""
    pos = world.get(shooter, Position)
    if pos is None:
        return
    angle = math.atan2(target.y - pos.y, target.x - pos.x)
    for _ in range(rounds):
        world.emit(ShotFired(world.tick, shooter, "rifle", pos.x, pos.y, angle,
                             weapon_spec("rifle").loudness_m))


def breedan_dies(world: World, mission: MissionState) -> None:
    """The first volley goes through the windscreen: Breedan dies at the wheel."""
    breedan = find(world, "Breedan")
    pos = world.get(breedan, Position) if breedan else None
    if pos is None or world.has(breedan, Dead):
        return
    shooter = nearest_officer(world, pos.x, pos.y)
    _burst(world, shooter, pos, 4)
    kill(world, breedan, shooter, pos.x, pos.y)


def shiherlis_hit(world: World, mission: MissionState) -> None:
    """Shiherlis takes a round and goes down: he can be dragged (hold Interact over him)."""
    chris = find(world, "Shiherlis")
    pos = world.get(chris, Position) if chris else None
    if pos is None or not _up(world, chris):
        return
    shooter = nearest_officer(world, pos.x, pos.y)
    _burst(world, shooter, pos, 2)
    down(world, chris, shooter, pos.x, pos.y)


def cheritto_hostage(world: World, mission: MissionState) -> None:
    """Cheritto grabs the shopper nearest him and holds her between himself and the police."""
    michael, hostage = find(world, "Cheritto"), find(world, "hostage")
    if not (_up(world, michael) and _up(world, hostage)):
        return
    him = world.get(michael, Position)
    cop = nearest_officer(world, him.x, him.y)
    towards = world.get(cop, Position) if cop else None
    angle = math.atan2(towards.y - him.y, towards.x - him.x) if towards else 0.0
    held = world.get(hostage, Position)
    held.x = him.x + math.cos(angle) * HOSTAGE_GAP_PX
    held.y = him.y + math.sin(angle) * HOSTAGE_GAP_PX
    for eid, where in ((michael, him), (hostage, held)):
        brain = world.get(eid, Brain)
        if brain is not None:
            brain.behaviour, brain.leader = "hold", 0
            brain.home_x, brain.home_y = where.x, where.y


def cheritto_gets_away(world: World, mission: MissionState) -> None:
    """Nobody took the shot: Cheritto shoves the hostage away and is gone into the back lots."""
    michael = find(world, "Cheritto")
    if _up(world, michael):
        world.despawn(michael)
        mission.hook_state[GOT_AWAY] = (*mission.hook_state.get(GOT_AWAY, ()), "Cheritto")
    hostage = find(world, "hostage")
    brain = world.get(hostage, Brain) if hostage else None
    if brain is not None:
        brain.behaviour = "flee"


def partner_out(world: World, mission: MissionState) -> None:
    """Shiherlis is out if he is alive and beside McCauley (walking or dragged) at the end."""
    chris, neil = find(world, "Shiherlis"), mission.player
    a, b = world.get(chris, Position) if chris else None, world.get(neil, Position)
    if a is None or b is None or world.has(chris, Dead):
        return
    if math.hypot(a.x - b.x, a.y - b.y) <= PARTNER_NEAR_PX:
        complete_objective(world, mission, "partner")


def crew_presses_on(world: World, mission: MissionState) -> None:
    """The crew does not dig in: every AI of the crew with a goal of its own keeps moving to
    it, shooting as it goes (the fight still aims and fires; this only keeps the legs going)."""
    for eid, brain, faction, pos in world.query(Brain, Faction, Position):
        if faction.side != "crew" or brain.leader or world.has(eid, PlayerControlled) \
                or not _up(world, eid) or brain.behaviour != "hold":
            continue
        if math.hypot(brain.home_x - pos.x, brain.home_y - pos.y) <= ARRIVED_PX:
            continue
        aware = world.get(eid, Awareness)
        if aware is not None and aware.state in ("suspicious", "searching"):
            set_state(world, eid, aware, "unaware", pos.x, pos.y)  # no hunting about: go
        brain.mode, brain.cover, brain.peeking = "retreat", -1, False
        go_to(world, eid, brain.home_x, brain.home_y, RUN)


def unit_follows(world: World, mission: MissionState) -> None:
    """In Hanna's game his detectives and his escort follow him wherever he takes the fight."""
    for _, brain, group in world.query(Brain, Group):
        if group.name in ("unit", "escort"):
            brain.behaviour, brain.leader = "follow", mission.player


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

HOOKS = {
    "unit_follows": unit_follows,
    "crew_presses_on": crew_presses_on,
    "breedan_dies": breedan_dies,
    "shiherlis_hit": shiherlis_hit,
    "cheritto_hostage": cheritto_hostage,
    "cheritto_gets_away": cheritto_gets_away,
    "partner_out": partner_out,
}
