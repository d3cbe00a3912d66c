"""Flies each projectile one tick: it pierces glass, wood and car doors, and stops in the first
body or in a solid that stops rounds."""

from __future__ import annotations

import math
from collections.abc import Iterable

from game.sim.ballistics import MAX_SOLIDS, past_solid
from game.sim.body_grid import BodyGrid, body_segment
from game.sim.collision_map import CollisionMap, RayHit, raycast
from game.sim.components import Body, Heading, Position, Projectile
from game.sim.damage import deal_damage
from game.sim.events import ProjectilePierced, ProjectileStopped
from game.sim.geometry import closest_on_segment, segment_circle_t
from game.sim.weapons import damage_kept
from game.sim.world import World


def move_projectiles(world: World, dt: float) -> None:
    cmap = world.resource(CollisionMap)
    grid = world.resource(BodyGrid)
    stores = (world.store(Position), world.store(Body), world.store(Heading))
    for eid, pos, shot in world.query(Position, Projectile):
        speed = math.hypot(shot.vx, shot.vy)
        scale = min(dt, shot.range_left / speed) if speed else 0.0
        dx, dy = shot.vx * scale, shot.vy * scale
        if _open_air(cmap, grid, pos.x, pos.y, dx, dy):
            pos.x, pos.y = pos.x + dx, pos.y + dy  # most rounds, most ticks: nothing near
            shot.range_left -= speed * scale
            if shot.range_left <= 0.5:
                world.despawn(eid)
        elif _clear_flight(cmap, grid, pos.x, pos.y, dx, dy):
            # What _fly does when its ray meets no solid and no body, without casting it.
            pos.x, pos.y = pos.x + dx, pos.y + dy
            shot.range_left -= math.hypot(dx, dy)
            if shot.range_left <= 0.5:
                world.despawn(eid)
        elif _fly(world, cmap, grid, stores, eid, pos, shot, dx, dy):
            world.despawn(eid)


def _open_air(cmap: CollisionMap, grid: BodyGrid, x: float, y: float, dx: float,
              dy: float) -> bool:
    """True when the whole move stays inside one map cell with no solid and one body-grid
    cell with no body: nothing to test, the round just flies."""
    cell = cmap.cell
    col, row = int(x // cell), int(y // cell)
    if col != int((x + dx) // cell) or row != int((y + dy) // cell):
        return False
    if not 0 <= col < cmap.cols or not 0 <= row < cmap.rows:
        return False
    if cmap.cells.get((row + 1) * (cmap.cols + 2) + col + 1):
        return False
    g = grid.cell
    gx, gy = int(x // g), int(y // g)
    return gx == int((x + dx) // g) and gy == int((y + dy) // g) \
        and not grid.buckets.get((gx, gy))


def _clear_flight(cmap: CollisionMap, grid: BodyGrid, x: float, y: float, dx: float,
                  dy: float) -> bool:
    """True when the move's box meets no solid's cell and no body-grid cell with a body in it
    (the cells the wall ray and the body test would look at): a move across cells in open
    ground, told apart without a raycast."""
    lx, hx = (x, x + dx) if dx >= 0.0 else (x + dx, x)
    ly, hy = (y, y + dy) if dy >= 0.0 else (y + dy, y)
    if not cmap.clear(lx, ly, hx, hy):
        return False
    g, buckets = grid.cell, grid.buckets
    for gy in range(int(ly // g), int(hy // g) + 1):
        for gx in range(int(lx // g), int(hx // g) + 1):
            if buckets.get((gx, gy)):
                return False
    return True


def _fly(world: World, cmap: CollisionMap, grid: BodyGrid, stores: tuple[dict, dict, dict],
         eid: int, pos: Position, shot: Projectile, dx: float, dy: float) -> bool:
    """Move one round by (dx, dy): through what it can pierce, up to the first body or solid
    that stops it. Returns True when the round is spent."""
    angle = math.atan2(shot.vy, shot.vx)  # the direction never changes, so neither does this
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
    for other in _candidates(grid, x, y, dx, dy):
        body = bodies.get(other)
        if other == owner or body is None:
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


def _candidates(grid: BodyGrid, x: float, y: float, dx: float, dy: float) -> Iterable[int]:
    """Bodies filed in the grid cells the segment's box covers (bodies are filed with a margin,
    see BodyGrid, so nothing a round can touch is missed)."""
    cell, buckets = grid.cell, grid.buckets
    gx0, gx1 = int(x // cell), int((x + dx) // cell)
    gy0, gy1 = int(y // cell), int((y + dy) // cell)
    gx0, gx1 = (gx0, gx1) if gx0 <= gx1 else (gx1, gx0)
    gy0, gy1 = (gy0, gy1) if gy0 <= gy1 else (gy1, gy0)
    if gx0 == gx1 and gy0 == gy1:  # the common case: one cell, nothing repeated
        return buckets.get((gx0, gy0), ())
    return {o for gy in range(gy0, gy1 + 1) for gx in range(gx0, gx1 + 1)
            for o in buckets.get((gx, gy), ())}
