"""Gunnery for AIs: aim at the target in sight (or the suppressed spot), fire in bursts, reload
when empty, and never pull the trigger while a friend stands in the line of fire."""

from __future__ import annotations

import math

from game.sim.ai.aim_settle import ready_to_fire, settle_factor
from game.sim.ai.line_of_fire import cone_for, line_of_fire, stores_for_fire
from game.sim.ai.profiles import profile_for
from game.sim.body_grid import BodyGrid
from game.sim.collision_map import CollisionMap
from game.sim.components import (
    Awareness,
    Dead,
    Downed,
    Faction,
    Gunner,
    Intent,
    Position,
    Surrendered,
    Weapon,
)
from game.sim.units import metres
from game.sim.weapons import weapon_spec
from game.sim.world import World

CHECK_EVERY_S = 0.15  # line-of-fire checks per gunner
BURST_PAUSE_S = (0.25, 0.6)
SUPPRESS_PAUSE_S = (0.7, 1.4)
ERROR_AT_PX = metres(10)  # the profile's aim error is for a target this far


def aim_weapons(world: World, dt: float) -> None:
    gone = (world.store(Dead), world.store(Downed), world.store(Surrendered))
    context = (stores_for_fire(world), world.resource(BodyGrid), world.resource(CollisionMap))
    positions, awareness = world.store(Position), world.store(Awareness)
    dead, downed, surrendered = gone
    for eid, gunner, intent in world.query(Gunner, Intent):
        pos = positions.get(eid)
        if pos is None or eid in dead or eid in downed or eid in surrendered:  # _gone, inline
            intent.fire = False
            continue
        if not gunner.target and not gunner.suppress:  # _aim_point's answer at a glance
            point = None
        else:
            point = _aim_point(positions, awareness.get(eid), gunner, gone)
        if point is None:
            _face(gunner, intent, pos)
            intent.fire, gunner.burst_left, gunner.blocked_s = False, 0, 0.0
            continue
        px, py = point
        intent.aim_x, intent.aim_y = px + gunner.error_x, py + gunner.error_y
        intent.fire = ready_to_fire(world, eid, gunner) and \
            _trigger(world, eid, gunner, intent, pos, context, dt)


def _aim_point(positions: dict[int, Position], aware: Awareness | None, gunner: Gunner,
               gone: tuple[dict, dict, dict]) -> tuple[float, float] | None:
    """The target while it is in sight, else the spot to suppress, else nothing."""
    target = gunner.target
    if target and (aware is None or (aware.seen and aware.target == target)) \
            and not _gone(target, gone):
        spot = positions.get(target)
        if spot is not None:
            return spot.x, spot.y
    if gunner.suppress:
        return gunner.aim_x, gunner.aim_y
    return None


def _face(gunner: Gunner, intent: Intent, pos: Position) -> None:
    if gunner.look:
        intent.aim_x, intent.aim_y = gunner.aim_x, gunner.aim_y
    elif intent.move_x or intent.move_y:
        intent.aim_x, intent.aim_y = pos.x + intent.move_x * 100.0, pos.y + intent.move_y * 100.0


def _trigger(world: World, eid: int, gunner: Gunner, intent: Intent, pos: Position,
             context: tuple, dt: float) -> bool:
    """Whether to pull the trigger this tick (and ask for a reload when empty)."""
    weapon = world.get(eid, Weapon)
    if weapon is None or weapon.reload_left_s > 0.0:
        return False
    intent.reload = weapon.ammo == 0
    if intent.reload:
        gunner.burst_left = 0
        return False
    spec = weapon_spec(weapon.kind)
    if math.hypot(intent.aim_x - pos.x, intent.aim_y - pos.y) > spec.range_px:
        return False  # out of this gun's reach: no rounds wasted
    if not _in_burst(world, eid, gunner, intent, pos, weapon, dt):
        return False
    ready = weapon.cooldown_s - dt <= 0.0 and (spec.automatic or not weapon.trigger_held)
    if world.time_s >= gunner.check_s or (ready and gunner.clear):  # again as a round leaves
        gunner.check_s = world.time_s + CHECK_EVERY_S
        _check_line(world, eid, gunner, intent, pos, weapon, context)
    if not gunner.clear:
        gunner.blocked_s = gunner.blocked_s + dt if gunner.friend_in_line else 0.0
        return False
    gunner.blocked_s = 0.0
    return spec.automatic or not weapon.trigger_held


def _in_burst(world: World, eid: int, gunner: Gunner, intent: Intent, pos: Position,
              weapon: Weapon, dt: float) -> bool:
    """Count the rounds of the current burst; pause after it, then start the next one."""
    now = world.time_s
    if gunner.burst_left > 0 and abs(now - dt - weapon.last_shot_s) < 1e-6:
        gunner.burst_left -= 1
        if gunner.burst_left == 0:
            low, high = SUPPRESS_PAUSE_S if gunner.suppress and not gunner.target \
                else BURST_PAUSE_S
            gunner.next_burst_s = now + world.rng.uniform(low, high)
    if gunner.burst_left > 0:
        return True
    if now < gunner.next_burst_s:
        return False
    old_x, old_y = gunner.error_x, gunner.error_y
    _start_burst(world, eid, gunner, pos, weapon_spec(weapon.kind).burst)
    intent.aim_x += gunner.error_x - old_x
    intent.aim_y += gunner.error_y - old_y
    return True


def _check_line(world: World, eid: int, gunner: Gunner, intent: Intent, pos: Position,
                weapon: Weapon, context: tuple) -> None:
    spec = weapon_spec(weapon.kind)
    stores, grid, cmap = context
    faction = world.get(eid, Faction)
    verdict = line_of_fire(stores, grid, cmap, eid, faction.side if faction else "",
                           (pos.x, pos.y), (intent.aim_x, intent.aim_y),
                           cone_for(spec.spread_rad, weapon.bloom_rad), spec.penetration)
    gunner.clear, gunner.friend_in_line = verdict == "clear", verdict == "friend"


def _start_burst(world: World, eid: int, gunner: Gunner, pos: Position, rounds: int) -> None:
    """A fresh burst: a fresh aim, off by a profile's error that grows with range and fear."""
    faction, aware = world.get(eid, Faction), world.get(eid, Awareness)
    profile = profile_for(faction.side if faction else "")
    fear = aware.suppression if aware is not None else 0.0
    d = math.hypot(gunner.aim_x - pos.x, gunner.aim_y - pos.y)
    if gunner.target:
        target = world.get(gunner.target, Position)
        if target is not None:
            d = math.hypot(target.x - pos.x, target.y - pos.y)
    sigma = profile.aim_error_px * max(0.5, d / ERROR_AT_PX) * (1.0 + fear) \
        * settle_factor(world, eid, gunner)
    gunner.error_x, gunner.error_y = world.rng.gauss(0.0, sigma), world.rng.gauss(0.0, sigma)
    gunner.burst_left = rounds
    gunner.check_s = 0.0  # a new aim needs a fresh look down the line of fire


def _gone(eid: int, gone: tuple[dict, dict, dict]) -> bool:
    """Dead, downed or surrendered (three look-ups, no generator)."""
    dead, downed, surrendered = gone
    return eid in dead or eid in downed or eid in surrendered
