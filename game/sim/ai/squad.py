"""Squads: followers' formation slots around a leader (a wedge, not a conga line), the leader's
standing order, where an order ties a fight down, and who fights beside whom."""

from __future__ import annotations

import math

from game.sim.ai.fight_index import fight_index
from game.sim.ai.resources import nav_grid
from game.sim.components import (
    Awareness,
    Brain,
    Dead,
    Downed,
    Faction,
    Heading,
    Position,
    SquadOrder,
    Surrendered,
    Velocity,
)
from game.sim.units import metres
from game.sim.world import World

WEDGE_M = ((-1.6, -1.5), (-1.6, 1.5), (-3.2, -3.0), (-3.2, 3.0), (-4.8, -1.5), (-4.8, 1.5),
           (-6.4, 0.0), (-6.4, -3.0), (-6.4, 3.0))
"""Slots behind the leader in metres: (back along the leader's way, to the right of it)."""

MOVING_PX_S = metres(0.6)  # a leader slower than this is standing
ANCHOR_M = {"follow": 7.0, "hold": 2.5, "cover": 6.0, "goto": 3.0}
"""How far from its anchor each order lets a follower go to fight."""

MATES_PX = metres(30)


def alive(world: World, eid: int) -> bool:
    return world.has(eid, Position) and not (
        world.has(eid, Dead) or world.has(eid, Downed) or world.has(eid, Surrendered))


def followers_of(world: World, leader: int) -> list[int]:
    return [eid for eid, brain in world.query(Brain)
            if brain.leader == leader and alive(world, eid)]


def slot_offset(index: int) -> tuple[float, float]:
    back, right = WEDGE_M[index % len(WEDGE_M)]
    ring = index // len(WEDGE_M)
    return metres(back - ring * 4.8), metres(right)


def formation_spot(world: World, eid: int, leader: int, angle: float | None = None
                   ) -> tuple[float, float] | None:
    """This follower's slot around its leader, facing ``angle`` or the leader's way."""
    lpos = world.get(leader, Position)
    if lpos is None:
        return None
    if angle is None:
        angle = leader_bearing(world, leader)
    mates = followers_of(world, leader)
    back, right = slot_offset(mates.index(eid) if eid in mates else 0)
    c, s = math.cos(angle), math.sin(angle)
    x, y = lpos.x + back * c - right * s, lpos.y + back * s + right * c
    grid = nav_grid(world)
    if not grid.open(*grid.tile_of(x, y)):
        return lpos.x - c * metres(1.2), lpos.y - s * metres(1.2)
    return x, y


def leader_bearing(world: World, leader: int) -> float:
    """The way the leader walks, or faces when standing."""
    vel, heading = world.get(leader, Velocity), world.get(leader, Heading)
    if vel is not None and math.hypot(vel.vx, vel.vy) > MOVING_PX_S:
        return math.atan2(vel.vy, vel.vx)
    return heading.angle if heading is not None else 0.0


def leader_moving(world: World, leader: int) -> bool:
    vel = world.get(leader, Velocity)
    return vel is not None and math.hypot(vel.vx, vel.vy) > MOVING_PX_S


def order_of(world: World, brain: Brain) -> SquadOrder | None:
    return world.get(brain.leader, SquadOrder) if brain.leader else None


def take_new_order(world: World, eid: int, brain: Brain) -> SquadOrder | None:
    """The leader's order; a new one moves this follower's anchor (its home)."""
    order = order_of(world, brain)
    if order is None or order.tick == brain.order_tick:
        return order
    brain.order_tick = order.tick
    pos = world.get(eid, Position)
    if order.order == "hold" and pos is not None:
        brain.home_x, brain.home_y = pos.x, pos.y
    elif order.order == "goto":
        lpos = world.get(brain.leader, Position)
        angle = math.atan2(order.y - lpos.y, order.x - lpos.x) if lpos else 0.0
        spot = _spot_near(world, eid, brain.leader, order.x, order.y, angle)
        brain.home_x, brain.home_y = spot
    brain.mode, brain.cover, brain.until_s = "ordered", -1, 0.0
    return order


def _spot_near(world: World, eid: int, leader: int, x: float, y: float, angle: float
               ) -> tuple[float, float]:
    """A follower's own place at a goto point: the wedge, drawn round the point, tighter."""
    mates = followers_of(world, leader)
    back, right = slot_offset(mates.index(eid) if eid in mates else 0)
    c, s = math.cos(angle), math.sin(angle)
    sx, sy = x + 0.6 * (back * c - right * s), y + 0.6 * (back * s + right * c)
    grid = nav_grid(world)
    return (sx, sy) if grid.open(*grid.tile_of(sx, sy)) else (x, y)


def anchor(world: World, brain: Brain) -> tuple[float, float, float] | None:
    """(x, y, radius) a follower must fight within, from its leader's order; None: free."""
    order = order_of(world, brain)
    if order is None:
        return None
    radius = metres(ANCHOR_M.get(order.order, 7.0))
    if order.order in ("hold", "goto"):
        return brain.home_x, brain.home_y, radius
    lpos = world.get(brain.leader, Position)
    return (lpos.x, lpos.y, radius) if lpos is not None else None


def combat_mates(world: World, eid: int, x: float, y: float) -> list[int]:
    """Same-side AIs in a fight within earshot of (x, y), this one included, ascending."""
    faction = world.get(eid, Faction)
    side = faction.side if faction else ""
    near = fight_index(world, MATES_PX).candidates(world, side, x, y)
    if near is None:  # outside the thinking pass: every AI, as filed
        near = [other for other, _, _ in world.query(Brain, Awareness)]
    found = []
    for other in near:
        other_side = world.get(other, Faction)
        pos = world.get(other, Position)
        aware = world.get(other, Awareness)
        if other_side is None or other_side.side != side or pos is None or aware is None:
            continue
        if aware.state == "combat" and alive(world, other) and \
                math.hypot(pos.x - x, pos.y - y) <= MATES_PX:
            found.append(other)
    return found
