"""Behaviours out of a fight: the Tiled routines (idle, hold, guard, patrol, wander), following
a leader in formation or under orders, investigating a noise and searching for a lost enemy."""

from __future__ import annotations

import math

from game.sim.ai.cover_choice import choose_cover, cover_spot, covered
from game.sim.ai.moves import JOG, RUN, WALK, at, go_to, halt, hold_fire, look_ahead, look_at
from game.sim.ai.resources import nav_grid
from game.sim.ai.squad import ANCHOR_M, formation_spot, leader_moving, take_new_order
from game.sim.components import Awareness, Brain, Intent, Navigator, Position, Route
from game.sim.units import metres
from game.sim.world import World

ARRIVED_PX = 12.0
WANDER_PX = metres(5)
SEARCH_PX = metres(4)
GLANCE_RAD = math.radians(30)
GLANCE_S = 2.5  # a guard looks to one side, then the other, this long each
FOLLOW_SLACK_PX = metres(4)  # a standing leader's followers stay put this close


def routine(world: World, eid: int, brain: Brain) -> None:
    """What a calm AI does: its order if it follows someone, else its Tiled behaviour."""
    hold_fire(world, eid)
    if brain.leader:
        follow(world, eid, brain)
        return
    {"patrol": patrol, "hold": hold_post, "guard": guard_post, "wander": wander}.get(
        brain.behaviour, idle)(world, eid, brain)


def idle(world: World, eid: int, brain: Brain) -> None:
    brain.mode = "idle"
    halt(world, eid)


def hold_post(world: World, eid: int, brain: Brain) -> None:
    brain.mode = "hold"
    if at(world, eid, brain.home_x, brain.home_y, ARRIVED_PX):
        halt(world, eid)
        _face_home(world, eid, brain, 0.0)
    else:
        go_to(world, eid, brain.home_x, brain.home_y, WALK)
        look_ahead(world, eid)


def guard_post(world: World, eid: int, brain: Brain) -> None:
    """Hold a post, glancing left and right of the way it faces."""
    hold_post(world, eid, brain)
    brain.mode = "guard"
    left = int((world.time_s + eid) / GLANCE_S) % 2 == 0
    if at(world, eid, brain.home_x, brain.home_y, ARRIVED_PX):
        _face_home(world, eid, brain, -GLANCE_RAD if left else GLANCE_RAD)


def _face_home(world: World, eid: int, brain: Brain, offset: float) -> None:
    angle = brain.home_angle + offset
    look_at(world, eid, brain.home_x + math.cos(angle) * 100.0,
            brain.home_y + math.sin(angle) * 100.0)


def patrol(world: World, eid: int, brain: Brain) -> None:
    route = world.get(eid, Route)
    if route is None or not route.points:
        hold_post(world, eid, brain)
        return
    x, y = route.points[route.index]
    if brain.mode == "patrol pause":
        if world.time_s < brain.until_s:
            return
        _next_point(route)
        x, y = route.points[route.index]
    elif at(world, eid, x, y, ARRIVED_PX):
        brain.mode, brain.until_s = "patrol pause", world.time_s + route.pause_s
        halt(world, eid)
        nx, ny = route.points[_peek_next(route)]
        look_at(world, eid, nx, ny)
        return
    brain.mode = "patrol"
    go_to(world, eid, x, y, WALK)
    look_ahead(world, eid)


def _next_point(route: Route) -> None:
    route.index = _peek_next(route)
    if not route.loop and route.index in (0, len(route.points) - 1):
        route.step = -route.step


def _peek_next(route: Route) -> int:
    n = len(route.points)
    if route.loop:
        return (route.index + 1) % n
    nxt = route.index + route.step
    return nxt if 0 <= nxt < n else route.index - route.step


def wander(world: World, eid: int, brain: Brain) -> None:
    nav = world.get(eid, Navigator)
    if brain.mode == "wander" and world.time_s < brain.until_s and nav and not nav.arrived:
        return
    brain.mode, brain.until_s = "wander", world.time_s + world.rng.uniform(4.0, 8.0)
    spot = random_open_spot(world, brain.home_x, brain.home_y, WANDER_PX)
    if spot is not None:
        go_to(world, eid, *spot, WALK)
        look_ahead(world, eid)


def random_open_spot(world: World, x: float, y: float, radius: float
                     ) -> tuple[float, float] | None:
    grid = nav_grid(world)
    for _ in range(6):
        a, r = world.rng.uniform(0.0, math.tau), world.rng.uniform(0.3, 1.0) * radius
        sx, sy = x + math.cos(a) * r, y + math.sin(a) * r
        if grid.open(*grid.tile_of(sx, sy)):
            return sx, sy
    return None


def follow(world: World, eid: int, brain: Brain) -> None:
    """Keep a formation slot near the leader, or carry out the leader's order."""
    order = take_new_order(world, eid, brain)
    kind = order.order if order is not None else "follow"
    if kind in ("hold", "goto"):
        brain.mode = kind
        if at(world, eid, brain.home_x, brain.home_y, ARRIVED_PX):
            halt(world, eid)
        else:
            go_to(world, eid, brain.home_x, brain.home_y, RUN if kind == "goto" else JOG)
            look_ahead(world, eid)
        return
    lpos = world.get(brain.leader, Position)
    if lpos is None:
        idle(world, eid, brain)
        return
    if kind == "cover" and _cover_leader(world, eid, brain, lpos):
        return
    brain.mode = "follow"
    near = at(world, eid, lpos.x, lpos.y, FOLLOW_SLACK_PX)
    if not leader_moving(world, brain.leader) and near:
        halt(world, eid)
        return
    spot = formation_spot(world, eid, brain.leader)
    if spot is not None:
        far = not at(world, eid, *spot, metres(3))
        go_to(world, eid, *spot, RUN if far else JOG)
        look_ahead(world, eid)


def investigate(world: World, eid: int, brain: Brain, aware: Awareness) -> None:
    """Suspicious: turn to the noise or movement; if it keeps nagging, walk over to look."""
    hold_fire(world, eid)
    look_at(world, eid, aware.last_x, aware.last_y)
    nav = world.get(eid, Navigator)
    going = brain.mode == "investigate" and nav is not None and not nav.arrived
    if not going and (brain.leader or brain.behaviour == "hold" or aware.suspicion < 0.5):
        brain.mode = "look"
        if brain.leader:
            follow(world, eid, brain)
            brain.mode = "look"
        else:
            halt(world, eid)
        return
    brain.mode = "investigate"
    go_to(world, eid, aware.last_x, aware.last_y, WALK)


def search(world: World, eid: int, brain: Brain, aware: Awareness) -> None:
    """Go to the last known position, gun up, then check the spots around it."""
    hold_fire(world, eid)
    if brain.leader:
        follow(world, eid, brain)
        brain.mode = "search"
        look_at(world, eid, aware.last_x, aware.last_y)
        return
    nav = world.get(eid, Navigator)
    if brain.mode != "search":
        brain.mode, brain.spot_x, brain.spot_y = "search", aware.last_x, aware.last_y
        brain.until_s = world.time_s + 2.5
        go_to(world, eid, aware.last_x, aware.last_y, JOG)
    elif (nav is None or nav.arrived) and world.time_s >= brain.until_s:
        brain.until_s = world.time_s + world.rng.uniform(2.0, 3.5)
        spot = random_open_spot(world, brain.spot_x, brain.spot_y, SEARCH_PX)
        if spot is not None:
            go_to(world, eid, *spot, JOG)
    if nav is not None and nav.arrived:
        look_at(world, eid, brain.spot_x, brain.spot_y)
    else:
        look_ahead(world, eid)


def _cover_leader(world: World, eid: int, brain: Brain, lpos: Position) -> bool:
    """Cover me: take cover near the leader against where the leader is aiming, gun up."""
    intent = world.get(brain.leader, Intent)
    if intent is None:
        return False
    threat = (intent.aim_x, intent.aim_y)
    if brain.cover < 0 or not at(world, eid, *cover_spot(world, brain.cover), metres(8)) \
            or not covered(world, brain.cover, None, threat):
        anchor = (lpos.x, lpos.y, metres(ANCHOR_M["cover"]))
        pos = world.get(eid, Position)
        here = (pos.x, pos.y) if pos else (lpos.x, lpos.y)
        brain.cover = choose_cover(world, eid, here, threat, metres(10), "hold", anchor)
    if brain.cover < 0:
        return False
    brain.mode = "cover me"
    go_to(world, eid, *cover_spot(world, brain.cover), RUN)
    look_at(world, eid, *threat)
    return True
