"""Dragging the downed: hold interact beside a downed friend to haul them on a short rope at a
slow walk, long gun slung and pistol drawn; let go to drop them and take the long gun back."""

from __future__ import annotations

import math

from game.sim.collision_map import CollisionMap, push_circle_out
from game.sim.components import (
    Dead,
    Downed,
    Dragging,
    Faction,
    Intent,
    Mover,
    Position,
    Surrendered,
    Weapon,
)
from game.sim.events import DragEnded, DragStarted
from game.sim.units import metres
from game.sim.weapons import weapon_spec
from game.sim.world import World

GRAB_PX = metres(1.4)
ROPE_PX = 22.0  # the body trails this far behind
DRAG_PACE = 0.45  # share of the dragger's speed
SIDEARM = "pistol"
BODY_RADIUS = 8.0


def drag_downed(world: World, dt: float) -> None:
    unable = (world.store(Dead), world.store(Downed), world.store(Surrendered))
    draggers = world.store(Dragging)
    positions = world.store(Position)
    hands = sorted(eid for eid, intent in world.store(Intent).items()
                   if intent.interact or eid in draggers)
    for eid in hands:
        intent, pos = world.store(Intent)[eid], positions.get(eid)
        if pos is None:
            continue
        able = not any(eid in g for g in unable)
        drag = draggers.get(eid)
        if drag is not None:
            if intent.interact and able and world.has(drag.body, Downed) \
                    and not world.has(drag.body, Dead):
                _haul(world, pos, drag)
            else:
                _release(world, eid, drag)
        elif intent.interact and able:
            body = _downed_friend_near(world, eid, pos)
            if body:
                _grab(world, eid, body)


def _downed_friend_near(world: World, eid: int, pos: Position) -> int:
    faction = world.get(eid, Faction)
    taken = {d.body for d in world.store(Dragging).values()}
    best, best_d = 0, GRAB_PX
    for other, _ in world.query(Downed):
        other_side = world.get(other, Faction)
        body = world.get(other, Position)
        if body is None or other in taken or world.has(other, Dead):
            continue
        if faction is None or other_side is None or other_side.side != faction.side:
            continue
        d = math.hypot(body.x - pos.x, body.y - pos.y)
        if d <= best_d:
            best, best_d = other, d
    return best


def _grab(world: World, eid: int, body: int) -> None:
    mover, weapon = world.get(eid, Mover), world.get(eid, Weapon)
    drag = Dragging(body, None, mover.max_speed if mover else 0.0)
    if mover is not None:
        mover.max_speed *= DRAG_PACE
    if weapon is not None and weapon.kind != SIDEARM:
        drag.slung = weapon
        world.add(eid, Weapon(SIDEARM, weapon_spec(SIDEARM).magazine))
    world.add(eid, drag)
    world.emit(DragStarted(world.tick, eid, body))


def _release(world: World, eid: int, drag: Dragging) -> None:
    mover = world.get(eid, Mover)
    if mover is not None and drag.speed:
        mover.max_speed = drag.speed
    if drag.slung is not None:
        world.add(eid, drag.slung)
    world.remove(eid, Dragging)
    world.emit(DragEnded(world.tick, eid, drag.body))


def _haul(world: World, pos: Position, drag: Dragging) -> None:
    body = world.get(drag.body, Position)
    if body is None:
        return
    dx, dy = body.x - pos.x, body.y - pos.y
    d = math.hypot(dx, dy)
    if d <= ROPE_PX:
        return
    x, y = pos.x + dx / d * ROPE_PX, pos.y + dy / d * ROPE_PX
    body.x, body.y = push_circle_out(world.resource(CollisionMap), x, y, BODY_RADIUS)
