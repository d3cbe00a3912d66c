"""Who is in the fight with the player: the hostiles fighting near him (the camera leans to
frame them, game/render/camera.py fight_focus), and a red chevron at the screen's edge for each
one shooting from off screen, so a moving fight never hides where the fire comes from."""

from __future__ import annotations

import math

import pygame

from game.render.camera import Camera
from game.render.hud_layout import HudLayout, clear_of_hud
from game.render.objective_marker import edge_point
from game.sim.ai.relations import hostile
from game.sim.components import Awareness, Faction, Position
from game.sim.mission.lookup import standing
from game.sim.units import metres
from game.sim.world import World

THREAT_RANGE_PX = metres(45.0)  # farther than this, a shooter is not this fight
RED = (235, 60, 50)
EDGE_INSET = 22
CHEVRON_CLEAR_PX = 16  # a chevron reaches 14 px back from its point
MOST_SHOWN = 8


def fight_foes(world: World, player: int) -> list[tuple[float, float]]:
    """Where the standing hostiles in combat within range of the player are, nearest first."""
    me, here = world.get(player, Faction), world.get(player, Position)
    if me is None or here is None:
        return []
    found = []
    for eid, faction, aware, pos in world.query(Faction, Awareness, Position):
        if not hostile(me.side, faction.side) or aware.state != "combat":
            continue
        gap = math.hypot(pos.x - here.x, pos.y - here.y)
        if gap <= THREAT_RANGE_PX and standing(world, eid):
            found.append((gap, pos.x, pos.y))
    return [(x, y) for _, x, y in sorted(found)]


def chevron(tip: tuple[float, float], angle: float) -> list[tuple[float, float]]:
    """A small solid chevron whose point is at ``tip``, pointing along ``angle``."""
    shape = ((0, 0), (-14, -10), (-9, 0), (-14, 10))
    cos, sin = math.cos(angle), math.sin(angle)
    return [(tip[0] + x * cos - y * sin, tip[1] + x * sin + y * cos) for x, y in shape]


def offscreen_threats(world: World, player: int, camera: Camera,
                      size: tuple[int, int]) -> list[list[tuple[float, float]]]:
    """The chevrons to draw: one per hostile fighting from outside the view."""
    here = world.get(player, Position)
    if here is None:
        return []
    w, h = size
    origin = camera.to_screen(here.x, here.y)
    layout = HudLayout(w, h)
    shapes = []
    for x, y in fight_foes(world, player)[:MOST_SHOWN]:
        sx, sy = camera.to_screen(x, y)
        if 0 <= sx <= w and 0 <= sy <= h:
            continue
        tip = clear_of_hud(edge_point(origin, (sx, sy), size, EDGE_INSET), layout,
                           CHEVRON_CLEAR_PX)
        shapes.append(chevron(tip, math.atan2(sy - tip[1], sx - tip[0])))
    return shapes


def draw_threats(surface: pygame.Surface, world: World, player: int, camera: Camera) -> None:
    for points in offscreen_threats(world, player, camera, surface.get_size()):
        pygame.draw.polygon(surface, RED, points)
        pygame.draw.polygon(surface, (0, 0, 0), points, 2)
