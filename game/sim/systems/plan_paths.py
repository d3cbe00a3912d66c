"""Serves the AIs' path requests oldest first, a few per tick within an A* expansion budget, so a
hundred agents changing their minds at once spread the cost over several ticks."""

from __future__ import annotations

from game.sim.ai.pathfind import plan_path
from game.sim.ai.resources import nav_grid
from game.sim.collision_map import CollisionMap
from game.sim.components import Body, Navigator, Position
from game.sim.world import World

PATHS_PER_TICK = 4
EXPANSIONS_PER_TICK = 1500  # stop serving once this many A* nodes were opened this tick
SEARCH_LIMIT = 6000  # one search gives up past this (more than any map's open tiles here)


def plan_paths(world: World, dt: float) -> None:
    waiting = sorted((nav.wanted_tick, eid) for eid, nav in world.query(Navigator)
                     if nav.wanted_tick >= 0)
    if not waiting:
        return
    grid, cmap = nav_grid(world), world.resource(CollisionMap)
    spent = served = 0
    for _, eid in waiting:
        if served >= PATHS_PER_TICK or spent >= EXPANSIONS_PER_TICK:
            break
        nav, pos = world.get(eid, Navigator), world.get(eid, Position)
        assert nav is not None
        served += 1
        nav.wanted_tick = -1
        if pos is None:
            continue
        body = world.get(eid, Body)
        radius = body.radius if body is not None else 10.0
        path, cost = plan_path(grid, cmap, (pos.x, pos.y), (nav.goal_x, nav.goal_y), radius,
                               SEARCH_LIMIT)
        spent += cost
        if path is None:
            nav.path.clear()
            nav.has_goal, nav.arrived = False, True  # no way there: the brain picks again
        else:
            nav.path[:] = path
