"""Flies each projectile one tick: it pierces glass, wood and car doors, and stops in the first
body or in a solid that stops rounds."""

from __future__ import annotations

import math

from game.sim.ballistics import MAX_SOLIDS, past_solid
from game.sim.body_grid import BodyGrid, body_segment
from game.sim.collision_map import CollisionMap, RayHit, raycast
from game.sim.components import Body, Heading, Position, Projectile
from game.sim.damage import deal_damage
from game.sim.events import ProjectilePierced, ProjectileStopped
from game.sim.geometry import closest_on_segment, segment_circle_t
from game.sim.weapons import damage_kept
from game.sim.world import World

GRID_SLACK = 16.0  # px: bodies may have been pushed apart since the grid was built


def move_projectiles(world: World, dt: float) -> None:
    cmap = world.resource(CollisionMap)
    grid = world.resource(BodyGrid)
    stores = (world.store(Position), world.store(Body), world.store(Heading))
    for eid, pos, shot in world.query(Position, Projectile):
        speed = math.hypot(shot.vx, shot.vy)
        scale = min(dt, shot.range_left / speed) if speed else 0.0
        if _fly(world, cmap, grid, stores, eid, pos, shot, shot.vx * scale, shot.vy * scale):
            world.despawn(eid)


def _fly(world: World, cmap: CollisionMap, grid: BodyGrid, stores: tuple[dict, dict, dict],
         eid: int, pos: Position, shot: Projectile, dx: float, dy: float) -> bool:
    """Move one round by (dx, dy): through what it can pierce, up to the first body or solid
    that stops it. Returns True when the round is spent."""
    angle = math.atan2(dy, dx)
    for _ in range(MAX_SOLIDS + 1):
        wall = raycast(cmap, pos.x, pos.y, pos.x + dx, pos.y + dy)
        t_wall = wall.t if wall else math.inf
        victim, t_body = first_body_hit(stores, grid, shot.owner, pos.x, pos.y, dx, dy, t_wall)
        if victim:
            hx, hy = pos.x + dx * t_body, pos.y + dy * t_body
            deal_damage(world, victim, shot.owner, shot.damage, shot.armour_piercing)
            world.emit(ProjectileStopped(world.tick, hx, hy, angle, "", victim))
            return True
        if wall is None:
            pos.x, pos.y = pos.x + dx, pos.y + dy
            shot.range_left -= math.hypot(dx, dy)
            return shot.range_left <= 0.5
        kept = damage_kept(wall.solid.material, shot.penetration)
        if kept <= 0.0:
            world.emit(ProjectileStopped(world.tick, wall.x, wall.y, angle, wall.solid.material))
            return True
        left = _pierce(world, pos, shot, wall, kept, angle, math.hypot(dx, dy))
        if left <= 0.0 or shot.range_left <= 0.5:
            return shot.range_left <= 0.5
        dx, dy = math.cos(angle) * left, math.sin(angle) * left
    return True


def _pierce(world: World, pos: Position, shot: Projectile, wall: RayHit, kept: float,
            angle: float, length: float) -> float:
    """Take the round through ``wall``, weakened; returns how far it may still fly this tick."""
    shot.damage *= kept
    world.emit(ProjectilePierced(world.tick, wall.x, wall.y, angle, wall.solid.material,
                                 shot.damage))
    ex, ey = past_solid(wall.solid, wall.x, wall.y, math.cos(angle), math.sin(angle))
    travelled = math.hypot(ex - pos.x, ey - pos.y)
    shot.range_left -= travelled
    pos.x, pos.y = ex, ey
    return length - travelled


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
