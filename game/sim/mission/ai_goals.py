"""Goals for AI groups from mission data: go to a region and hold it, or close in."""

from __future__ import annotations

import math

from game.sim.ai.relations import hostile
from game.sim.components import Brain, Faction, Gunner, Navigator, Position, Region
from game.sim.mission.components import MissionOrder
from game.sim.mission.lookup import standing
from game.sim.world import World

SPREAD_PX = 28.0  # members of a group hold spots this far apart


def send_to(world: World, eids: list[int], area: Region, ordered: bool = False) -> None:
    """Each AI makes for its own spot in the region and holds it (fighting on the way); an
    order from a trigger (``ordered``) outranks the goals objectives give."""
    cx, cy = area.x + area.w / 2, area.y + area.h / 2
    live = [e for e in eids if world.has(e, Brain) and standing(world, e)]
    for i, eid in enumerate(live):
        brain = world.get(eid, Brain)
        angle = i * 2.4
        reach = min(SPREAD_PX * math.sqrt(i), max(0.0, min(area.w, area.h) / 2 - 8))
        brain.home_x = cx + math.cos(angle) * reach
        brain.home_y = cy + math.sin(angle) * reach
        brain.behaviour, brain.leader = "hold", 0
        if ordered:
            world.add(eid, MissionOrder(world.time_s))


def advance(world: World, eid: int, brain: Brain) -> None:
    """Hold a spot at the nearest standing enemy's position (they close in)."""
    pos, side = world.get(eid, Position), world.get(eid, Faction)
    if pos is None or side is None:
        return
    best, best_d = None, math.inf
    for other, faction, where in world.query(Faction, Position):
        if hostile(side.side, faction.side) and standing(world, other):
            d = math.hypot(where.x - pos.x, where.y - pos.y)
            if d < best_d:
                best, best_d = where, d
    if best is not None:
        brain.behaviour, brain.leader = "hold", 0
        brain.home_x, brain.home_y = best.x, best.y


def take_in_hand(world: World, eid: int) -> None:
    """A set piece moves this AI from now on: no brain, no path, no gunner of its own."""
    for kind in (Brain, Navigator, Gunner):
        world.remove(eid, kind)
