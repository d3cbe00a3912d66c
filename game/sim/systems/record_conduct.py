"""Keeps the debrief's ledger (game/sim/conduct.py) from this tick's events: who hurt whom,
surrendered people shot, each side's own losses, the player's shots and hits on hostiles."""

from __future__ import annotations

from game.sim.ai.relations import hostile
from game.sim.components import Appearance, Faction, Surrendered, Target
from game.sim.conduct import Conduct
from game.sim.events import (
    ActorDamaged,
    ActorDowned,
    ActorKilled,
    AlarmRaised,
    MissionEnded,
    ShotFired,
    ZoneSealed,
)
from game.sim.mission import MissionState
from game.sim.mission.lookup import members
from game.sim.units import DT
from game.sim.world import World

LOOKS = {"crew": "crew", "mccauley": "crew", "waingro": "crew", "lapd": "lapd", "hanna": "lapd"}
"""Sprites by the side they belong to: who counts among a side's own losses."""


def record_conduct(world: World, dt: float) -> None:
    mission = world.resources.get(MissionState)
    if mission is None:
        return
    conduct = world.resources.get(Conduct)
    if conduct is None:
        conduct = Conduct()
        world.set_resource(conduct)
    if conduct.end_s >= 0:
        return
    for event in world.events:
        _note(world, mission, conduct, event)


def _note(world: World, mission: MissionState, conduct: Conduct, event: object) -> None:
    if isinstance(event, ShotFired):
        _shot(world, mission, conduct, event)
    elif isinstance(event, ActorDamaged):
        _hurt(world, mission, conduct, event.victim, event.attacker, killed=False)
    elif isinstance(event, ActorKilled):
        _hurt(world, mission, conduct, event.victim, event.killer, killed=True)
        conduct.loss(_own_side(world, event.victim, event.side)).killed.add(event.victim)
    elif isinstance(event, ActorDowned):
        conduct.loss(_own_side(world, event.victim, event.side)).downed.add(event.victim)
    elif isinstance(event, AlarmRaised | ZoneSealed):
        _heat(world, conduct)
    elif isinstance(event, MissionEnded):
        conduct.end_s = (event.tick + 1) * DT


def _shot(world: World, mission: MissionState, conduct: Conduct, event: ShotFired) -> None:
    if event.shooter == mission.player:
        conduct.shots += 1
    shooter = world.get(event.shooter, Faction)
    if shooter is not None and shooter.side in ("lapd", "guard"):
        _heat(world, conduct)


def _heat(world: World, conduct: Conduct) -> None:
    if conduct.heat_at_s < 0:
        conduct.heat_at_s = world.time_s


def _own_side(world: World, eid: int, side: str) -> str:
    """The side whose losses a casualty is: an officer or one of the crew by their look; an
    armed stranger fighting alongside a side (a hired gun) is nobody's loss ("other")."""
    look = world.get(eid, Appearance)
    home = LOOKS.get(look.sprite, "") if look is not None else ""
    if side in ("crew", "lapd") and home and home != side:
        return "other"
    if side in ("crew", "lapd") and look is not None and not home:
        return "other"
    return side


def _side_of(world: World, eid: int) -> str:
    faction = world.get(eid, Faction)
    return faction.side if faction is not None else ""


def _hurt(world: World, mission: MissionState, conduct: Conduct, victim: int, attacker: int,
          killed: bool) -> None:
    victim_side, by = _side_of(world, victim), _side_of(world, attacker)
    if attacker == mission.player and not killed:
        conduct.hits += 1
        if hostile(mission.side, victim_side) or _wanted(world, mission, victim):
            conduct.hostile_hits += 1
    if not by or victim == attacker:
        return
    ledger = conduct.side(by)
    if victim_side in ("civilian", "guard"):
        kind = ("civilians_" if victim_side == "civilian" else "guards_") + \
            ("killed" if killed else "hurt")
        getattr(ledger, kind).add(victim)
    if world.has(victim, Surrendered):
        ledger.surrendered_shot.add(victim)


def _wanted(world: World, mission: MissionState, victim: int) -> bool:
    """Someone the player's own objectives say to shoot: a range target, or a man a kill
    objective names though he is of no hostile side (Waingro, to McCauley)."""
    if world.has(victim, Target):
        return True
    return any(o.kind in ("kill", "kill_n") and o.for_side(mission.side)
               and victim in members(world, mission, o.target) for o in mission.objectives)
