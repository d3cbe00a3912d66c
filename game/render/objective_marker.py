"""The objective marker: a ring on it, or an edge arrow from the player toward it."""

from __future__ import annotations

import math
from types import MappingProxyType

import pygame

from game.render.camera import Camera
from game.render.hud_layout import HudLayout, clear_of_hud
from game.render.text_cache import TextCache
from game.sim.components import Dead, Name, Position, Region, Target
from game.sim.mission import MissionState
from game.sim.mission.lookup import members, standing, where
from game.sim.units import PX_PER_M
from game.sim.world import World

AMBER = (255, 190, 80)
EDGE_PX = 40
ARROW_CLEAR_PX = 44  # the arrow reaches 38 px back from its tip
# Objectives about people the player goes after, and which field names them.
HUNTED = MappingProxyType({"prevent": "subject", "kill_n": "target", "arrest_n": "target"})


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
        hunted = HUNTED.get(objective.kind)
        if hunted is not None:
            point = nearest_standing(world, mission, getattr(objective, hunted))
            if point is not None:
                return point
        if objective.kind == "scripted":
            continue  # an overall aim with no place: the next objective says where to go
        return None
    return None


def nearest_standing(world: World, mission: MissionState, who: str) -> tuple[float, float] | None:
    """The nearest of WHO still on their feet, from the player: whom to go after."""
    me = world.get(mission.player, Position)
    if not who or me is None:
        return None
    spots = [spot for eid in members(world, mission, who) if standing(world, eid)
             and (spot := where(world, eid)) is not None]
    return min(spots, key=lambda s: (s[0] - me.x) ** 2 + (s[1] - me.y) ** 2, default=None)


def edge_point(origin: tuple[float, float], target: tuple[float, float],
               size: tuple[int, int], inset: float = EDGE_PX) -> tuple[float, float]:
    """Where the line from ``origin`` (the player on screen) toward ``target`` leaves the
    screen, pulled ``inset`` px inside the edge. The arrow sits there, so it points along
    the player's own line to the objective, not the screen centre's."""
    w, h = size
    ox = min(max(origin[0], inset), w - inset)
    oy = min(max(origin[1], inset), h - inset)
    dx, dy = target[0] - ox, target[1] - oy
    reach = []
    if dx > 1e-9:
        reach.append((w - inset - ox) / dx)
    elif dx < -1e-9:
        reach.append((inset - ox) / dx)
    if dy > 1e-9:
        reach.append((h - inset - oy) / dy)
    elif dy < -1e-9:
        reach.append((inset - oy) / dy)
    t = min(reach) if reach else 0.0
    return ox + dx * t, oy + dy * t


def marker_edge_point(origin: tuple[float, float], target: tuple[float, float],
                      size: tuple[int, int]) -> tuple[float, float]:
    """``edge_point``, moved in off the HUD's corner widgets and subtitles band when it lands
    on them, so the arrow and its distance never cover the ammo count or the health bar."""
    tip = edge_point(origin, target, size)
    return clear_of_hud(tip, HudLayout(*size), ARROW_CLEAR_PX)


def arrow_points(tip: tuple[float, float], angle: float) -> list[tuple[float, float]]:
    """A solid arrow (head and shaft) whose head is at ``tip``, pointing along ``angle``."""
    shape = ((0, 0), (-20, -14), (-20, -5), (-38, -5), (-38, 5), (-20, 5), (-20, 14))
    cos, sin = math.cos(angle), math.sin(angle)
    return [(tip[0] + x * cos - y * sin, tip[1] + x * sin + y * cos) for x, y in shape]


def draw_objective_marker(surface: pygame.Surface, world: World, camera: Camera,
                          text: TextCache | None = None) -> None:
    mission = world.resource(MissionState)
    point = objective_point(world, mission)
    if point is None:
        return
    sx, sy = camera.to_screen(*point)
    w, h = surface.get_size()
    pulse = 14 + 4 * math.sin(world.time_s * 5.0)
    if EDGE_PX <= sx <= w - EDGE_PX and EDGE_PX <= sy <= h - EDGE_PX:
        pygame.draw.circle(surface, (0, 0, 0), (sx, sy), pulse + 2, 2)
        pygame.draw.circle(surface, AMBER, (sx, sy), pulse, 2)
        return
    player = world.get(mission.player, Position)
    origin = camera.to_screen(player.x, player.y) if player else (w / 2, h / 2)
    tip = marker_edge_point(origin, (sx, sy), (w, h))
    angle = math.atan2(sy - tip[1], sx - tip[0])
    points = arrow_points(tip, angle)
    pygame.draw.polygon(surface, AMBER, points)
    pygame.draw.polygon(surface, (0, 0, 0), points, 2)
    if text is not None and player is not None:
        metres = math.hypot(point[0] - player.x, point[1] - player.y) / PX_PER_M
        back = (tip[0] - math.cos(angle) * 62, tip[1] - math.sin(angle) * 62)
        text.shadowed(surface, f"{metres:.0f} m", (round(back[0]), round(back[1])), 22, AMBER,
                      True, "center")
