"""Flies each projectile one tick: the nearest wall or body on its path stops it."""

from __future__ import annotations

import math

from game.sim.body_grid import BodyGrid, body_segment
from game.sim.collision_map import CollisionMap, raycast
from game.sim.components import Body, Heading, Position, Projectile
from game.sim.damage import deal_damage
from game.sim.events import ProjectileStopped
from game.sim.geometry import closest_on_segment, segment_circle_t
from game.sim.world import World

GRID_SLACK = 16.0  # px: bodies may have been pushed apart since the grid was built


def move_projectiles(world: World, dt: float) -> None:
    cmap = world.resource(CollisionMap)
    grid = world.resource(BodyGrid)
    stores = (world.store(Position), world.store(Body), world.store(Heading))
    for eid, pos, shot in world.query(Position, Projectile):
        speed = math.hypot(shot.vx, shot.vy)
        scale = min(dt, shot.range_left / speed) if speed else 0.0
        dx, dy = shot.vx * scale, shot.vy * scale
        wall = raycast(cmap, pos.x, pos.y, pos.x + dx, pos.y + dy)
        t_wall = wall.t if wall else math.inf
        victim, t_body = first_body_hit(stores, grid, shot.owner, pos.x, pos.y, dx, dy, t_wall)
        angle = math.atan2(dy, dx)
        if victim:
            hx, hy = pos.x + dx * t_body, pos.y + dy * t_body
            deal_damage(world, victim, shot.owner, shot.damage)
            world.emit(ProjectileStopped(world.tick, hx, hy, angle, "", victim))
            world.despawn(eid)
        elif wall is not None:
            world.emit(ProjectileStopped(world.tick, wall.x, wall.y, angle, wall.solid.material))
            world.despawn(eid)
        else:
            pos.x, pos.y = pos.x + dx, pos.y + dy
            shot.range_left -= speed * scale
            if shot.range_left <= 0.5:
                world.despawn(eid)


def first_body_hit(
    stores: tuple[dict, dict, dict], grid: BodyGrid, owner: int, x: float, y: float,
    dx: float, dy: float, t_limit: float,
) -> tuple[int, float]:
    """The first body (not ``owner``) the segment touches before ``t_limit``; ties go to the
    lower id so the result never depends on iteration order. ``stores`` are the world's
    Position, Body and Heading stores."""
    positions, bodies, headings = stores
    best, best_t = 0, t_limit
    cell, buckets = grid.cell, grid.buckets
    gx0 = int((min(x, x + dx) - GRID_SLACK) // cell)
    gx1 = int((max(x, x + dx) + GRID_SLACK) // cell)
    gy0 = int((min(y, y + dy) - GRID_SLACK) // cell)
    gy1 = int((max(y, y + dy) + GRID_SLACK) // cell)
    seen: set[int] = set()
    for gy in range(gy0, gy1 + 1):
        for gx in range(gx0, gx1 + 1):
            for other in buckets.get((gx, gy), ()):
                if other == owner or other in seen:
                    continue
                seen.add(other)
                body = bodies.get(other)
                if body is None:
                    continue
                pos = positions[other]
                if body.length > 0.0:
                    spine = body_segment(pos, body, headings.get(other))
                    cx, cy = closest_on_segment(x + dx * 0.5, y + dy * 0.5, *spine)
                else:
                    cx, cy = pos.x, pos.y
                t = segment_circle_t(x, y, dx, dy, cx, cy, body.radius)
                if t is not None and (t < best_t or (t == best_t and other < best)):
                    best, best_t = other, t
    return best, best_t
