"""Loot is picked up (the player holds Interact over it; AIs of a side that must carry loot
walk over it), moves with its carrier, slows it by its weight, and is dropped on Drop or when
the carrier goes down."""

from __future__ import annotations

import math

from game.sim.components import Faction, Intent, Mover, PlayerControlled, Position
from game.sim.events import LootDropped
from game.sim.mission import MissionState
from game.sim.mission.components import Burden, Loot
from game.sim.mission.doings import pick_up, refresh_take
from game.sim.mission.lookup import standing
from game.sim.units import metres
from game.sim.world import World

PICK_UP_PX = metres(1.2)
KG_FOR_HALF_SPEED = 40.0  # this much weight halves a carrier's speed
SLOWEST = 0.35  # share of its own speed a carrier keeps however much it carries


def carry_loot(world: World, dt: float) -> None:
    mission = world.resources.get(MissionState)
    if mission is None:
        return
    carriers = {e for e, _ in world.query(Burden)}
    for eid, loot, pos in world.query(Loot, Position):
        if loot.carrier:
            _carry(world, mission, eid, loot, pos)
        else:
            _offer(world, mission, eid, pos)
    for carrier in carriers | {loot.carrier for _, loot in world.query(Loot) if loot.carrier}:
        _slow(world, carrier)


def _carry(world: World, mission: MissionState, eid: int, loot: Loot, pos: Position) -> None:
    holder = world.get(loot.carrier, Position)
    intent = world.get(loot.carrier, Intent)
    if holder is None or not standing(world, loot.carrier) or (intent is not None
                                                              and intent.drop):
        world.emit(LootDropped(world.tick, loot.carrier, loot.value, pos.x, pos.y))
        loot.carrier = 0
        refresh_take(world, mission)
        return
    pos.x, pos.y = holder.x, holder.y


def _offer(world: World, mission: MissionState, eid: int, pos: Position) -> None:
    for other, faction, where in world.query(Faction, Position):
        if faction.side not in ("crew", "lapd"):
            continue
        dx, dy = where.x - pos.x, where.y - pos.y
        if dx > PICK_UP_PX or dx < -PICK_UP_PX or dy > PICK_UP_PX or dy < -PICK_UP_PX:
            continue  # further off along one axis than the reach: hypot would say so too
        if math.hypot(dx, dy) > PICK_UP_PX or \
                not standing(world, other):  # the cheap test first: most stand far off
            continue
        intent = world.get(other, Intent)
        if world.has(other, PlayerControlled):
            if intent is None or not intent.interact or intent.drop:
                continue
        elif not _carries_for_side(mission, faction.side):
            continue
        pick_up(world, mission, other, eid)
        return


def _carries_for_side(mission: MissionState, side: str) -> bool:
    return any(o.kind in ("carry", "collect_n") and o.side == side and not o.done
               for o in mission.objectives)


def _slow(world: World, carrier: int) -> None:
    burden, mover = world.get(carrier, Burden), world.get(carrier, Mover)
    if burden is None or mover is None:
        return
    burden.kg = sum(loot.weight_kg for _, loot in world.query(Loot) if loot.carrier == carrier)
    share = max(SLOWEST, 1.0 / (1.0 + burden.kg / KG_FOR_HALF_SPEED))
    mover.max_speed = burden.base_speed * share
    if burden.kg <= 0.0:
        mover.max_speed = burden.base_speed
        world.remove(carrier, Burden)
