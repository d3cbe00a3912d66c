"""Reaction and aim settle: an AI that takes a new target waits a seeded reaction time before its
first shot, and its first bursts at it fly wider until its aim settles. A moving target is
harder to hold than a standing one. The same rule for every side's AI."""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.sim.ai.profiles import profile_for
from game.sim.components import Faction, Gunner, Velocity
from game.sim.units import metres
from game.sim.world import World

FORGET_S = 2.0  # a target out of sight this long is a new target when it shows again
SETTLE_S = 0.8  # from the first shot allowed, the extra spread fades over this long
FIRST_SPREAD = 1.5  # extra aim error at the first shot, as a share of the settled error
MOVING_SPREAD = 0.3  # extra aim error at a target moving at MOVING_PX_S or faster
MOVING_PX_S = metres(4.0)
SWITCH_SHARE = 0.5  # of the reaction time, when switching from an enemy engaged moments ago


@dataclass(slots=True)
class Sighting:
    """The target a gunner is getting onto: since when, and when it may first fire at it."""

    target: int = 0
    ready_s: float = 0.0  # no shot at this target before then
    last_s: float = 0.0  # last tick the target was in the gunner's sights
    other: int = 0  # the target it swung away from
    other_s: float = 0.0  # when


def ready_to_fire(world: World, eid: int, gunner: Gunner) -> bool:
    """Track the gunner's target; False while its reaction to a new target is running.
    Suppressive fire at a remembered spot needs no reaction: the gunner already knows it."""
    if not gunner.target:
        return True
    now = world.time_s
    seen = world.get(eid, Sighting)
    if seen is None:
        seen = Sighting()
        world.add(eid, seen)
    if now - seen.last_s > FORGET_S or not seen.target:
        seen.target, seen.ready_s = gunner.target, now + _reaction(world, eid)
    elif seen.target != gunner.target:
        _switch(world, eid, seen, gunner.target)
    seen.last_s = now
    return now >= seen.ready_s


def settle_factor(world: World, eid: int, gunner: Gunner) -> float:
    """Multiplier on a fresh burst's aim error: wide at first, 1 once settled on a standing
    target, more against a moving one."""
    factor = 1.0
    seen = world.get(eid, Sighting)
    if gunner.target and seen is not None and seen.target == gunner.target:
        left = 1.0 - (world.time_s - seen.ready_s) / SETTLE_S
        factor += FIRST_SPREAD * min(1.0, max(0.0, left))
    vel = world.get(gunner.target, Velocity) if gunner.target else None
    if vel is not None:
        factor += MOVING_SPREAD * min(1.0, math.hypot(vel.vx, vel.vy) / MOVING_PX_S)
    return factor


def _switch(world: World, eid: int, seen: Sighting, target: int) -> None:
    """Swinging onto another enemy mid-fight is quicker than being surprised; swinging back to
    the one just left costs nothing, and swinging again while still getting on costs no more."""
    now = world.time_s
    back = target == seen.other and now - seen.other_s <= FORGET_S
    seen.other, seen.other_s, seen.target = seen.target, now, target
    if not back and now >= seen.ready_s:
        seen.ready_s = now + SWITCH_SHARE * _reaction(world, eid)


def _reaction(world: World, eid: int) -> float:
    faction = world.get(eid, Faction)
    low, high = profile_for(faction.side if faction else "").first_shot_s
    return world.rng.uniform(low, high)
