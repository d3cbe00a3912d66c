"""How the bot shoots: lead a moving target by the round's flight time, fire short bursts that
let the recoil settle at range, and keep the magazine fed."""

from __future__ import annotations

import math

from game.sim.ai.line_of_fire import line_of_fire, stores_for_fire
from game.sim.body_grid import BodyGrid
from game.sim.collision_map import CollisionMap
from game.sim.components import Faction, Intent, Position, Velocity, Weapon
from game.sim.units import metres
from game.sim.weapons import weapon_spec
from game.sim.world import World

TOP_UP_SHARE = 0.6  # in a lull, reload below this share of a magazine
CONE_SIGMAS = 1.5  # keep friends out of this many standard deviations of the gun's spread
CLOSE_PX = metres(8.0)  # nearer than this, hold the trigger down
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


def shoot_at(world: World, me: int, intent: Intent, pos: Position, target: int) -> None:
    """Aim at ``target`` (led) and pull the trigger when a round would fly true enough."""
    weapon = world.get(me, Weapon)
    if weapon is None:
        return
    spec = weapon_spec(weapon.kind)
    point = lead_point(world, target, pos, spec.speed)
    if point is None:
        return
    intent.aim_x, intent.aim_y = point
    if weapon.ammo == 0:
        intent.reload = weapon.reload_left_s == 0.0
        return
    far = math.hypot(point[0] - pos.x, point[1] - pos.y) > CLOSE_PX
    intent.fire = _trigger(weapon, far) and not _friend_in_line(world, me, pos, point, weapon)


def _friend_in_line(world: World, me: int, pos: Position, point: tuple[float, float],
                    weapon: Weapon) -> bool:
    """A friend or a bystander stands where the rounds may fly (the AI's own rule)."""
    spec = weapon_spec(weapon.kind)
    side = world.get(me, Faction)
    cone = CONE_SIGMAS * spec.spread_rad + weapon.bloom_rad
    verdict = line_of_fire(stores_for_fire(world), world.resource(BodyGrid),
                           world.resource(CollisionMap), me, side.side if side else "",
                           (pos.x, pos.y), point, cone, spec.penetration)
    return verdict == "friend"


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
