"""The rematch's ghost: a character the player drove in an earlier run, driven again by the
recorded Intent, tick by tick, while everyone else is played by the AI. When the run it is in
has changed too much for the recording to make sense (the character is down, the recording has
run out, or it stands more than ``CUT_OFF_M`` from where the recording had it at a checkpoint),
the AI takes it over for good.

The driver calls ``drive_ghost`` once per tick before ``step`` (as the bot's ``think``): the
sim stays free of any knowledge of files; everything here is deterministic in the tick."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from game.sim.components import (
    Awareness,
    Brain,
    Dead,
    Downed,
    Gunner,
    Intent,
    Navigator,
    Perception,
    PlayerControlled,
    Position,
    Route,
    SquadOrder,
)
from game.sim.units import PX_PER_M
from game.sim.world import World

CUT_OFF_M = 4.0
"""A ghost this far from its recorded position at a checkpoint is cut off: the AI takes it."""

AI_PARTS: tuple[type, ...] = (Perception, Awareness, Brain, Navigator, Gunner, Route)
"""What the AI drives an actor with; set aside while the recording drives it."""


@dataclass(slots=True)
class Ghost:
    entity: int
    changes: list[list]  # the replay's intent rows: [tick, move_x, move_y, aim_x, aim_y, ...]
    positions: dict[int, tuple[float, float]]  # checkpoint tick -> where it stood
    orders: list[list] = field(default_factory=list)
    last_tick: int = 0  # the recording's length
    cut_off_m: float = CUT_OFF_M
    index: int = 0
    order_index: int = 0
    handed_over_tick: int = -1  # < 0 while the recording drives it
    why: str = ""  # down | cut off | ended
    stashed: dict[type, Any] = field(default_factory=dict)

    @property
    def active(self) -> bool:
        return self.handed_over_tick < 0


def possess(world: World, ghost: Ghost) -> None:
    """Take the AI's hands off the entity: the recording drives it from now on."""
    for kind in AI_PARTS:
        part = world.get(ghost.entity, kind)
        if part is not None:
            ghost.stashed[kind] = part
            world.remove(ghost.entity, kind)
    world.add(ghost.entity, PlayerControlled())
    if not world.has(ghost.entity, SquadOrder):
        world.add(ghost.entity, SquadOrder())


def drive_ghost(world: World, ghost: Ghost) -> None:
    """Write this tick's recorded Intent and orders, or hand the entity to the AI."""
    if not ghost.active:
        return
    why = _lost(world, ghost)
    if why:
        hand_over(world, ghost, why)
        return
    intent = world.get(ghost.entity, Intent)
    while ghost.index < len(ghost.changes) and ghost.changes[ghost.index][0] <= world.tick:
        ghost.index += 1
    if intent is not None and ghost.index:
        row = ghost.changes[ghost.index - 1]
        (intent.move_x, intent.move_y, intent.aim_x, intent.aim_y, intent.fire,
         intent.reload, intent.interact) = row[1:8]
        intent.drop = bool(row[8]) if len(row) > 8 else False
    _give_orders(world, ghost)


def _lost(world: World, ghost: Ghost) -> str:
    """Why the recording can no longer drive the entity ("" while it can)."""
    if not world.alive(ghost.entity) or world.has(ghost.entity, Dead) or \
            world.has(ghost.entity, Downed):
        return "down"
    if world.tick >= ghost.last_tick:
        return "ended"
    where = ghost.positions.get(world.tick)
    pos = world.get(ghost.entity, Position)
    if where is not None and pos is not None and \
            math.hypot(pos.x - where[0], pos.y - where[1]) > ghost.cut_off_m * PX_PER_M:
        return "cut off"
    return ""


def _give_orders(world: World, ghost: Ghost) -> None:
    from game.sim.ai.orders import give_order

    while ghost.order_index < len(ghost.orders) and \
            ghost.orders[ghost.order_index][0] <= world.tick:
        _, order, x, y = ghost.orders[ghost.order_index]
        give_order(world, ghost.entity, order, x, y)
        ghost.order_index += 1


def hand_over(world: World, ghost: Ghost, why: str) -> None:
    """The AI takes the entity over where it stands, for the rest of the run."""
    ghost.handed_over_tick, ghost.why = world.tick, why
    if world.alive(ghost.entity):
        world.remove(ghost.entity, PlayerControlled)
        pos = world.get(ghost.entity, Position)
        for part in ghost.stashed.values():
            if pos is not None and isinstance(part, Brain):
                part.home_x, part.home_y = pos.x, pos.y
            if pos is not None and isinstance(part, Navigator):
                part.goal_x, part.goal_y, part.has_goal = pos.x, pos.y, False
                part.path.clear()
            world.add(ghost.entity, part)
    ghost.stashed.clear()
    intent = world.get(ghost.entity, Intent)
    if intent is not None:
        intent.move_x = intent.move_y = 0.0
        intent.fire = intent.reload = intent.interact = intent.drop = False
