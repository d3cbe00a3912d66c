"""Helpers for AI scenario tests: actors with brains, stepping until something happens."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TypeVar

from game.sim.components import Awareness, Brain, Intent, Navigator, Position
from game.sim.events import Event
from game.sim.prefabs import add_ai, spawn_actor
from game.sim.step import step
from game.sim.units import TICK_HZ
from game.sim.world import World

TILE = 32.0


def at_tile(tx: float, ty: float) -> tuple[float, float]:
    """The centre of tile (tx, ty) in px."""
    return (tx + 0.5) * TILE, (ty + 0.5) * TILE


def ai_actor(world: World, kind: str, tile: tuple[float, float], facing_deg: float = 0.0,
             behaviour: str = "hold", weapon: str | None = None, leader: int = 0) -> int:
    eid = spawn_actor(world, kind, *at_tile(*tile), math.radians(facing_deg), weapon=weapon)
    add_ai(world, eid, behaviour, leader=leader)
    return eid


def walker(world: World, kind: str, tile: tuple[float, float]) -> int:
    """An actor with a Navigator and no brain: it walks wherever the test sends it."""
    eid = spawn_actor(world, kind, *at_tile(*tile))
    world.add(eid, Navigator())
    return eid


def puppet(world: World, kind: str, tile: tuple[float, float], facing_deg: float = 0.0,
           weapon: str | None = None) -> int:
    """An actor with no brain, driven by the test through its Intent."""
    x, y = at_tile(*tile)
    eid = spawn_actor(world, kind, x, y, math.radians(facing_deg), weapon=weapon)
    intent = world.get(eid, Intent)
    assert intent is not None
    a = math.radians(facing_deg)
    intent.aim_x, intent.aim_y = x + math.cos(a) * 100.0, y + math.sin(a) * 100.0
    return eid


C = TypeVar("C")


def need(world: World, eid: int, kind: type[C]) -> C:
    """The entity's component of ``kind``; a missing one fails the test right here."""
    found = world.get(eid, kind)
    assert found is not None, f"entity {eid} has no {kind.__name__}"
    return found


def awareness(world: World, eid: int) -> Awareness:
    return need(world, eid, Awareness)


def brain(world: World, eid: int) -> Brain:
    return need(world, eid, Brain)


def position(world: World, eid: int) -> Position:
    return need(world, eid, Position)


def intent_of(world: World, eid: int) -> Intent:
    return need(world, eid, Intent)


def distance(world: World, a: int, b: int) -> float:
    pa, pb = position(world, a), position(world, b)
    return math.hypot(pa.x - pb.x, pa.y - pb.y)


def run_until(world: World, done: Callable[[], bool], seconds: float,
              each_tick: Callable[[], None] | None = None) -> tuple[bool, list[Event]]:
    """Step until ``done()`` or the time is up; returns (done, every event emitted)."""
    events: list[Event] = []
    for _ in range(round(seconds * TICK_HZ)):
        if each_tick is not None:
            each_tick()
        step(world)
        events.extend(world.take_outbox())
        if done():
            return True, events
    return False, events
