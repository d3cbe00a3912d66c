"""A marker on the current objective: a ring where it is, or an arrow at the screen's edge."""

from __future__ import annotations

import math

import pygame

from game.render.camera import Camera
from game.sim.components import Dead, Name, Position, Region, Target
from game.sim.mission import MissionState
from game.sim.world import World

AMBER = (255, 190, 80)
EDGE_PX = 40


def objective_point(world: World, mission: MissionState) -> tuple[float, float] | None:
    """Where the first active objective is done, if it is somewhere in particular."""
    for objective in mission.active_objectives():
        if objective.optional:
            continue
        if objective.kind in ("reach", "hold"):
            for _, region in world.query(Region):
                if region.name == objective.target:
                    return region.x + region.w / 2, region.y + region.h / 2
        if objective.kind == "interact":
            for eid, name, pos in world.query(Name, Position):
                if name.name == objective.target and eid != mission.player:
                    return pos.x, pos.y
        if objective.kind == "kill":
            for eid, target, pos in world.query(Target, Position):
                if target.group == objective.target and not world.has(eid, Dead):
                    return pos.x, pos.y
        return None
    return None


def draw_objective_marker(surface: pygame.Surface, world: World, camera: Camera) -> None:
    point = objective_point(world, world.resource(MissionState))
    if point is None:
        return
    sx, sy = camera.to_screen(*point)
    w, h = surface.get_size()
    pulse = 14 + 4 * math.sin(world.time_s * 5.0)
    if EDGE_PX <= sx <= w - EDGE_PX and EDGE_PX <= sy <= h - EDGE_PX:
        pygame.draw.circle(surface, AMBER, (sx, sy), pulse, 2)
        return
    cx, cy = w / 2, h / 2
    angle = math.atan2(sy - cy, sx - cx)
    scale = min((w / 2 - EDGE_PX) / max(abs(math.cos(angle)), 1e-6),
                (h / 2 - EDGE_PX) / max(abs(math.sin(angle)), 1e-6))
    tip = (cx + math.cos(angle) * scale, cy + math.sin(angle) * scale)
    back = angle + math.pi
    wing = 0.5
    points = [tip,
              (tip[0] + math.cos(back + wing) * 22, tip[1] + math.sin(back + wing) * 22),
              (tip[0] + math.cos(back - wing) * 22, tip[1] + math.sin(back - wing) * 22)]
    pygame.draw.polygon(surface, AMBER, points)
