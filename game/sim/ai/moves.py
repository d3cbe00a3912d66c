"""Small verbs every behaviour uses: go somewhere, stop, look at something, check arrival."""

from __future__ import annotations

import math

from game.sim.components import Gunner, Intent, Navigator, Position
from game.sim.world import World

REPATH_PX = 24.0  # a goal moved further than this needs a new path
WALK = 0.42  # pace of calm walking (quiet footsteps)
JOG = 0.7
RUN = 1.0


def go_to(world: World, eid: int, x: float, y: float, pace: float = RUN) -> None:
    """Head for (x, y); a new path is asked for when the goal has really moved."""
    nav = world.get(eid, Navigator)
    if nav is None:
        return
    nav.pace = pace
    moved = math.hypot(nav.goal_x - x, nav.goal_y - y) > REPATH_PX
    if not nav.has_goal or moved or (nav.arrived and _away(world, eid, x, y)):
        nav.goal_x, nav.goal_y, nav.has_goal, nav.arrived = x, y, True, False
        nav.wanted_tick = world.tick


def _away(world: World, eid: int, x: float, y: float) -> bool:
    pos = world.get(eid, Position)
    return pos is not None and math.hypot(pos.x - x, pos.y - y) > REPATH_PX


def halt(world: World, eid: int) -> None:
    nav = world.get(eid, Navigator)
    if nav is not None:
        nav.has_goal, nav.arrived, nav.wanted_tick = False, True, -1
        nav.path.clear()
    intent = world.get(eid, Intent)
    if intent is not None:
        intent.move_x = intent.move_y = 0.0


def look_at(world: World, eid: int, x: float, y: float) -> None:
    gunner = world.get(eid, Gunner)
    if gunner is not None:
        gunner.aim_x, gunner.aim_y, gunner.look = x, y, True


def look_ahead(world: World, eid: int) -> None:
    """Face the way it walks."""
    gunner = world.get(eid, Gunner)
    if gunner is not None:
        gunner.look = False


def hold_fire(world: World, eid: int) -> None:
    gunner = world.get(eid, Gunner)
    if gunner is not None:
        gunner.target, gunner.suppress = 0, False


def at(world: World, eid: int, x: float, y: float, within: float) -> bool:
    pos = world.get(eid, Position)
    return pos is not None and math.hypot(pos.x - x, pos.y - y) <= within

