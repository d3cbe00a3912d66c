"""Caught in the line of fire: the lines between the crew and the police where they are in a
fight with each other (or shooting right now), and whether a civilian stands on one. A
freeze-style civilian caught there freezes; one anywhere else ducks instead
(game/sim/ai/panic_styles.py)."""

from __future__ import annotations

import math

from game.sim.ai.relations import hostile
from game.sim.components import (
    Awareness,
    Dead,
    Downed,
    Faction,
    Intent,
    Position,
    Surrendered,
    Weapon,
)
from game.sim.units import metres
from game.sim.world import World

LINE_REACH_PX = metres(1.5)  # standing this close to a live line of fire is standing in it
FIRING_S = 1.5  # a fighter who fired this recently keeps a live line to where it aims
FIGHTERS = frozenset({"crew", "lapd"})
"""The sides whose exchanges of fire catch bystanders (the street fight)."""

Line = tuple[float, float, float, float]


def lines_of_fire(world: World) -> list[Line]:
    """(x0, y0, x1, y1) from every armed crew member or officer still up to the enemy it is
    fighting and can see (whether it is firing or holding fire), and from any that fired
    within FIRING_S to the point it aims at (the player's cursor)."""
    now, lines = world.time_s, []
    factions, positions = world.store(Faction), world.store(Position)
    intents, aware = world.store(Intent), world.store(Awareness)
    out_of_it = (world.store(Dead), world.store(Downed), world.store(Surrendered))
    for eid, weapon in world.store(Weapon).items():
        faction, pos = factions.get(eid), positions.get(eid)
        if faction is None or faction.side not in FIGHTERS or pos is None \
                or any(eid in gone for gone in out_of_it):
            continue
        target = _engaged(aware.get(eid), faction.side, factions, out_of_it)
        there = positions.get(target) if target else None
        if there is not None:
            lines.append((pos.x, pos.y, there.x, there.y))
        intent = intents.get(eid)
        if now - weapon.last_shot_s <= FIRING_S and intent is not None:
            lines.append((pos.x, pos.y, intent.aim_x, intent.aim_y))
    return lines


def _engaged(aware: Awareness | None, side: str, factions: dict, out_of_it: tuple) -> int:
    """The enemy an AI fighter is in a fight with and sees now; 0 for none."""
    if aware is None or aware.state != "combat" or not aware.seen or not aware.target:
        return 0
    theirs = factions.get(aware.target)
    if theirs is None or not hostile(side, theirs.side):
        return 0
    return 0 if any(aware.target in gone for gone in out_of_it) else aware.target


def caught_in_line(world: World, eid: int, reach_px: float = LINE_REACH_PX) -> bool:
    """The actor stands within ``reach_px`` of a live line of fire, between the shooter and
    where it aims."""
    pos = world.get(eid, Position)
    if pos is None:
        return False
    return any(off_line(pos.x, pos.y, line) <= reach_px for line in lines_of_fire(world))


def off_line(x: float, y: float, line: Line) -> float:
    """Distance from (x, y) to the segment; infinite beside the shooter or past the aim point."""
    x0, y0, x1, y1 = line
    dx, dy = x1 - x0, y1 - y0
    length2 = dx * dx + dy * dy
    if length2 < 1e-9:
        return math.inf
    t = ((x - x0) * dx + (y - y0) * dy) / length2
    if t <= 0.0 or t > 1.0:
        return math.inf
    return abs((x - x0) * dy - (y - y0) * dx) / math.sqrt(length2)
