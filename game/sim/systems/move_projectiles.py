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


def move_projectiles(world: World, dt: float) -> None:
    cmap = world.resource(CollisionMap)
    grid = world.resource(BodyGrid)
    for eid, pos, shot in world.query(Position, Projectile):
        speed = math.hypot(shot.vx, shot.vy)
        scale = min(dt, shot.range_left / speed) if speed else 0.0
        dx, dy = shot.vx * scale, shot.vy * scale
        wall = raycast(cmap, pos.x, pos.y, pos.x + dx, pos.y + dy)
        t_wall = wall.t if wall else math.inf
        victim, t_body = _first_body(world, grid, shot.owner, pos.x, pos.y, dx, dy, t_wall)
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


def _first_body(
    world: World, grid: BodyGrid, owner: int, x: float, y: float, dx: float, dy: float,
    t_limit: float,
) -> tuple[int, float]:
    positions, bodies, headings = world.store(Position), world.store(Body), world.store(Heading)
    best, best_t = 0, t_limit
    x1, y1 = x + dx, y + dy
    for other in sorted(grid.near(min(x, x1), min(y, y1), max(x, x1), max(y, y1))):
        body = bodies.get(other)
        if other == owner or body is None:
            continue
        spine = body_segment(positions[other], body, headings.get(other))
        cx, cy = _spine_point_near_ray(spine, x, y, dx, dy)
        t = segment_circle_t(x, y, dx, dy, cx, cy, body.radius)
        if t is not None and t < best_t:
            best, best_t = other, t
    return best, best_t


def _spine_point_near_ray(
    spine: tuple[float, float, float, float], x: float, y: float, dx: float, dy: float
) -> tuple[float, float]:
    """For capsules, the spine point nearest the ray's midpoint; a circle's centre otherwise."""
    if spine[0] == spine[2] and spine[1] == spine[3]:
        return spine[0], spine[1]
    return closest_on_segment(x + dx * 0.5, y + dy * 0.5, *spine)
