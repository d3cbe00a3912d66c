"""Draws what the mission vocabulary adds to the world: doors (shut: a solid leaf; open: its
frame) and loot lying on the ground (a bag)."""

from __future__ import annotations

import pygame

from game.sim.components import Position
from game.sim.mission.components import Door, Loot
from game.sim.world import World

DOOR_SHUT = (122, 84, 52)
DOOR_EDGE = (40, 28, 18)
DOOR_OPEN = (90, 70, 50)
BAG = (60, 120, 60)
BAG_EDGE = (20, 40, 20)
BAG_PX = 12


def draw_mission_props(view: pygame.Surface, world: World, left: int, top: int) -> None:
    for _, door in world.query(Door):
        rect = pygame.Rect(round(door.x) - left, round(door.y) - top, round(door.w),
                           round(door.h))
        if door.open:
            pygame.draw.rect(view, DOOR_OPEN, rect, 1)
        else:
            pygame.draw.rect(view, DOOR_SHUT, rect)
            pygame.draw.rect(view, DOOR_EDGE, rect, 2)
    for _, loot, pos in world.query(Loot, Position):
        if loot.carrier:
            continue
        bag = pygame.Rect(0, 0, BAG_PX, BAG_PX)
        bag.center = (round(pos.x) - left, round(pos.y) - top)
        pygame.draw.rect(view, BAG, bag, border_radius=3)
        pygame.draw.rect(view, BAG_EDGE, bag, 1, border_radius=3)
