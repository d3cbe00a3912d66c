"""Steering: each AI walks its path at its pace, slows into the goal, keeps clear of the people
around it, and asks for a new path when it stops making progress."""

from __future__ import annotations

import math

from game.sim.body_grid import BodyGrid
from game.sim.components import (
    Dead,
    Downed,
    Intent,
    Navigator,
    Position,
    Surrendered,
)
from game.sim.units import metres
from game.sim.world import World

PASS_PX = 12.0  # a waypoint on the way counts as reached this close
ARRIVE_PX = 6.0  # the goal counts as reached this close
SLOW_PX = 40.0  # slow down inside this distance of the goal
AVOID_PX = metres(1.1)  # keep this far from others while walking
AVOID_EVERY = 3  # ticks between recomputing the push away from neighbours
AVOID_WEIGHT = 0.7
STUCK_CHECK_S = 1.0
STUCK_PX = metres(0.3)


def follow_paths(world: World, dt: float) -> None:
    dead, downed, gave_up = world.store(Dead), world.store(Downed), world.store(Surrendered)
    grid, tick = world.resource(BodyGrid), world.tick
    positions, intents = world.store(Position), world.store(Intent)
    now = world.time_s
    # Each walker reads the others and writes only its own plan: any order gives the same.
    for eid, nav in world.store(Navigator).items():
        pos, intent = positions.get(eid), intents.get(eid)
        if pos is None or intent is None or eid in dead or eid in downed or eid in gave_up:
            continue
        mx, my = _towards_waypoint(nav, pos) if nav.path else (0.0, 0.0)
        if (tick + eid) % AVOID_EVERY == 0:
            nav.avoid_x, nav.avoid_y = _avoidance(grid, positions, eid, pos, mx, my)
        if mx or my:
            mx, my = mx + nav.avoid_x * AVOID_WEIGHT, my + nav.avoid_y * AVOID_WEIGHT
            if now >= nav.check_s:  # most ticks, no check is due
                _check_progress(world, nav, pos)
        else:  # standing still is not being stuck: measure progress from here
            nav.check_s, nav.check_x, nav.check_y = now + STUCK_CHECK_S, pos.x, pos.y
        intent.move_x, intent.move_y = mx, my


def _towards_waypoint(nav: Navigator, pos: Position) -> tuple[float, float]:
    while nav.path:
        wx, wy = nav.path[0]
        d = math.hypot(wx - pos.x, wy - pos.y)
        last = len(nav.path) == 1
        if d > (ARRIVE_PX if last else PASS_PX):
            scale = nav.pace * (min(1.0, d / SLOW_PX) if last else 1.0)
            return (wx - pos.x) / d * scale, (wy - pos.y) / d * scale
        nav.path.pop(0)
        if last:
            nav.arrived = True
    return 0.0, 0.0


def _avoidance(grid: BodyGrid, positions: dict, eid: int, pos: Position, mx: float, my: float
               ) -> tuple[float, float]:
    """A push away from the people close by, and a step to the right of anyone ahead in the
    way, so two walking into each other both keep right and pass."""
    ax = ay = 0.0
    speed = math.hypot(mx, my)
    ux, uy = (mx / speed, my / speed) if speed > 1e-6 else (0.0, 0.0)
    near = grid.near(pos.x - AVOID_PX, pos.y - AVOID_PX, pos.x + AVOID_PX, pos.y + AVOID_PX)
    for other in sorted(near):  # a fixed order: float sums must not depend on set order
        if other == eid:
            continue
        o = positions.get(other)
        if o is None:
            continue
        dx, dy = pos.x - o.x, pos.y - o.y
        d = math.hypot(dx, dy)
        if 1e-6 < d < AVOID_PX * 1.5:
            push = max(0.0, 1.0 - d / AVOID_PX)
            ax, ay = ax + dx / d * push, ay + dy / d * push
            ahead = -(dx * ux + dy * uy) / d  # 1 when the other is straight ahead
            if ahead > 0.5:
                side = ahead * (1.0 - d / (AVOID_PX * 1.5))
                ax, ay = ax - uy * side, ay + ux * side
        elif d <= 1e-6:
            ax += 1.0 if eid < other else -1.0
    return ax, ay


def _check_progress(world: World, nav: Navigator, pos: Position) -> None:
    if world.time_s < nav.check_s:
        return
    stuck = math.hypot(pos.x - nav.check_x, pos.y - nav.check_y) < STUCK_PX
    nav.check_s, nav.check_x, nav.check_y = world.time_s + STUCK_CHECK_S, pos.x, pos.y
    if stuck and nav.has_goal and nav.wanted_tick < 0:
        nav.wanted_tick = world.tick
