"""How the bot shoots: lead a moving target by the round's flight time, fire short bursts that
let the recoil settle at range, keep the magazine fed, and
never fire with a friend or a bystander where the rounds may fly."""

from __future__ import annotations

import math

from game.sim.ai.relations import hostile
from game.sim.components import (
    Body,
    Dead,
    Faction,
    Intent,
    Position,
    Surrendered,
    Velocity,
    Weapon,
)
from game.sim.units import metres
from game.sim.weapons import weapon_spec
from game.sim.world import World

TOP_UP_SHARE = 0.6  # in a lull, reload below this share of a magazine
CONE_SIGMAS = 1.5  # keep friends out of this many standard deviations of the gun's spread
MARGIN_PX = 6.0  # room kept around a friend's body
OVERSHOOT_PX = metres(10.0)  # a miss flies on: people this far past the target count too
CLOSE_PX = metres(12.0)  # nearer than this, hold the trigger down (a man closing in dies first)
BURST_BLOOM = 2.6  # at range, an automatic burst ends once the recoil adds this many shots' worth
SETTLED_BLOOM = 0.5  # ... and the next one starts once it has settled under this


def lead_point(world: World, eid: int, shooter: Position, speed_px_s: float
               ) -> tuple[float, float] | None:
    """Where to aim to meet actor ``eid``: its position plus its velocity over the flight time."""
    where = world.get(eid, Position)
    if where is None:
        return None
    vel = world.get(eid, Velocity)
    if vel is None or speed_px_s <= 0.0:
        return where.x, where.y
    flight_s = math.hypot(where.x - shooter.x, where.y - shooter.y) / speed_px_s
    return where.x + vel.vx * flight_s, where.y + vel.vy * flight_s


def shoot_at(world: World, me: int, intent: Intent, pos: Position, target: int) -> bool:
    """Aim at ``target`` (led) and pull the trigger when a round would fly true enough; False
    when someone who must not be hit stands in the line (the bot should move, not wait)."""
    weapon = world.get(me, Weapon)
    if weapon is None:
        return True
    spec = weapon_spec(weapon.kind)
    point = lead_point(world, target, pos, spec.speed)
    if point is None:
        return True
    intent.aim_x, intent.aim_y = point
    if weapon.ammo == 0:
        intent.reload = weapon.reload_left_s == 0.0
        return True
    if _friend_in_line(world, me, pos, target, point, weapon):
        return False
    far = math.hypot(point[0] - pos.x, point[1] - pos.y) > CLOSE_PX
    intent.fire = _trigger(weapon, far)
    return True


def _friend_in_line(world: World, me: int, pos: Position, target: int,
                    point: tuple[float, float], weapon: Weapon) -> bool:
    """Someone the bot must not hit (a friend, a bystander, a man with his hands up) stands
    where the rounds may fly: within the gun's cone, short of the target or a little past it."""
    spec = weapon_spec(weapon.kind)
    side = world.get(me, Faction)
    mine = side.side if side else ""
    dx, dy = point[0] - pos.x, point[1] - pos.y
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    widen = math.tan(CONE_SIGMAS * spec.spread_rad + weapon.bloom_rad)
    for eid, faction, where, body in world.query(Faction, Position, Body):
        if eid in (me, target) or world.has(eid, Dead):
            continue
        if hostile(mine, faction.side) and not world.has(eid, Surrendered):
            continue
        along = (where.x - pos.x) * ux + (where.y - pos.y) * uy
        if along <= 0.0 or along > length + OVERSHOOT_PX:
            continue
        across = abs((where.x - pos.x) * uy - (where.y - pos.y) * ux)
        if across < body.radius + MARGIN_PX + along * widen:
            return True
    return False


def _trigger(weapon: Weapon, far: bool) -> bool:
    """Close in, fire as fast as the gun allows; at range, bursts (automatic) or paced shots
    (semi-automatic) that start only once the recoil has settled."""
    spec = weapon_spec(weapon.kind)
    if spec.automatic:
        if not far:
            return True
        if weapon.trigger_held:
            return weapon.bloom_rad < BURST_BLOOM * spec.recoil_rad
        return weapon.bloom_rad <= SETTLED_BLOOM * spec.recoil_rad
    if weapon.trigger_held:
        return False  # let go: a semi-automatic fires once per pull
    return not far or weapon.bloom_rad <= SETTLED_BLOOM * spec.recoil_rad


def top_up(world: World, me: int, intent: Intent) -> None:
    """In a lull, reload a magazine that is down below TOP_UP_SHARE."""
    weapon = world.get(me, Weapon)
    if weapon is not None and weapon.reload_left_s == 0.0 and \
            weapon.ammo < TOP_UP_SHARE * weapon_spec(weapon.kind).magazine:
        intent.reload = True
