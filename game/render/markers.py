"""Screen-resolution marks over the world: the player's ring and aim chevron (dimmed and dashed
in shadow), name tags on named characters, and a temper gauge where the sim keeps one.

On a dark map the ring says how exposed the player is by the AI's own rules (the one light model
and its shadows): "in the light", "your shadow shows" or "in shadow"; and out of the light a thin
rim round his own sprite (game/render/player_rim.py) keeps him findable without lighting him."""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from game.render.player_rim import draw_rim
from game.render.postures import posed_sprites
from game.render.sprite_cache import SpriteCache
from game.render.text_cache import TextCache
from game.sim.components import Appearance, Dead, Downable, Faction, Heading, Intent, Name, Position
from game.sim.light_model import LightScene, light_at
from game.sim.shadows import shadow_at
from game.sim.world import World

PLAYER = (120, 255, 170)
PLAYER_DARK = (90, 130, 150)
SHADOW_LEVEL = 0.6  # under this light the AI sees the player at under ~72% of its range
EXPOSED = (255, 205, 90)
EXPOSURE_LABELS = {"lit": ("in the light", EXPOSED), "shadow": ("your shadow shows", EXPOSED),
                   "dark": ("in shadow", PLAYER_DARK)}
TAG_COLORS = {"crew": (255, 196, 96), "lapd": (130, 190, 255), "guard": (235, 235, 200),
              "civilian": (200, 240, 200)}
TEMPER_NAMES = ("temper", "agitation")
"""Attributes read for a character's temper (0..1), on its components or, for the one character
a mission's state speaks of, on a world resource; the sim may move them, so read defensively."""
TEMPER_HOLDER = "waingro"  # whom a mission-wide temper (a resource's field) belongs to

ToScreen = Callable[[float, float], tuple[float, float]]


def exposure(scene: LightScene, x: float, y: float) -> str | None:
    """How the light shows a person at (x, y) on a dark map, by the same light level and shadow
    rule the AI sees with: "lit", "shadow" (dark, but throwing a shadow a watcher can make out)
    or "dark"; None by day (the ambient alone lights everyone past the shadow level)."""
    if scene.field.ambient > SHADOW_LEVEL:
        return None
    if light_at(scene, x, y) > SHADOW_LEVEL:
        return "lit"
    return "shadow" if shadow_at(scene, x, y) is not None else "dark"


def draw_player_mark(surface: pygame.Surface, world: World, player: int, to_screen: ToScreen,
                     zoom: float, scene: LightScene, text: TextCache | None = None,
                     sprites: SpriteCache | None = None, alpha: float = 1.0) -> None:
    pos = world.get(player, Position)
    if pos is None or world.has(player, Dead):
        return
    x, y = pos.prev_x + (pos.x - pos.prev_x) * alpha, pos.prev_y + (pos.y - pos.prev_y) * alpha
    sx, sy = to_screen(x, y)
    shown = exposure(scene, pos.x, pos.y)
    lit = shown in (None, "lit")
    color = PLAYER if lit else PLAYER_DARK
    radius = 17 * zoom
    if not lit and sprites is not None:
        _rim(surface, world, player, sprites, (sx, sy), zoom)
    if lit:
        pygame.draw.circle(surface, color, (sx, sy), radius, 2)
    else:
        _dashes(surface, color, (sx, sy), radius)
    if text is not None and shown is not None:
        label, label_color = EXPOSURE_LABELS[shown]
        text.shadowed(surface, label, (round(sx), round(sy + radius + 4)), 16, label_color,
                      anchor="midtop")
    intent = world.get(player, Intent)
    angle = math.atan2(intent.aim_y - pos.y, intent.aim_x - pos.x) if intent else 0.0
    tip = radius + 11
    points = [(sx + math.cos(angle) * tip, sy + math.sin(angle) * tip)]
    for side in (-0.32, 0.32):
        points.append((sx + math.cos(angle + side) * (radius + 2),
                       sy + math.sin(angle + side) * (radius + 2)))
    pygame.draw.polygon(surface, color, points)


def _rim(surface: pygame.Surface, world: World, player: int, sprites: SpriteCache,
         centre: tuple[float, float], zoom: float) -> None:
    look = world.get(player, Appearance)
    if look is None:
        return
    heading = world.get(player, Heading)
    key = posed_sprites(world).get(player, look.sprite)
    image, _, _ = sprites.centred(key, heading.angle if heading else 0.0)
    draw_rim(surface, image, centre, zoom)


def _dashes(surface: pygame.Surface, color, centre, radius: float) -> None:
    rect = pygame.Rect(0, 0, radius * 2, radius * 2)
    rect.center = (round(centre[0]), round(centre[1]))
    for i in range(10):
        a = i * math.tau / 10
        pygame.draw.arc(surface, color, rect, a, a + math.tau / 20, 2)


def draw_name_tags(surface: pygame.Surface, world: World, player: int, to_screen: ToScreen,
                   zoom: float, text: TextCache) -> None:
    w, h = surface.get_size()
    dead = world.store(Dead)
    factions = world.store(Faction)
    taken: list[pygame.Rect] = []  # a tag that would overlap one already drawn waits
    for eid, _, name, pos in world.query(Downable, Name, Position):
        if eid == player or eid in dead:
            continue
        sx, sy = to_screen(pos.x, pos.y)
        if not (0 <= sx < w and 0 <= sy < h):
            continue
        faction = factions.get(eid)
        color = TAG_COLORS.get(faction.side if faction else "", (230, 230, 230))
        top = round(sy - 20 * zoom)
        label = text.render(name.name, 18, color, True).get_rect(midbottom=(round(sx), top))
        if label.collidelist(taken) >= 0:
            continue
        taken.append(label.inflate(4, 10))
        text.shadowed(surface, name.name, (round(sx), top), 18, color, True, "midbottom")
        temper = temper_of(world, eid, name.name)
        if temper is not None:
            _temper_bar(surface, round(sx), top + 2, temper)


def _temper_bar(surface: pygame.Surface, x: int, y: int, temper: float) -> None:
    share = min(1.0, max(0.0, temper))
    width = 46
    back = pygame.Rect(x - width // 2 - 1, y, width + 2, 7)
    pygame.draw.rect(surface, (12, 12, 14), back)
    hot = (255, round(210 * (1 - share)), 40)
    pygame.draw.rect(surface, hot, (back.x + 1, y + 1, round(width * share), 5))
    if share > 0.66:
        pygame.draw.rect(surface, (255, 60, 40), back, 1)


def temper_of(world: World, eid: int, name: str) -> float | None:
    """A temper held on the character's own components, or a mission state's for the one
    character it belongs to; None when there is no such thing."""
    for store in world.stores.values():
        value = _temper_field(store.get(eid))
        if value is not None:
            return value
    if name.lower() != TEMPER_HOLDER:
        return None
    for resource in world.resources.values():
        value = _temper_field(resource)
        if value is not None:
            return value
    return None


def _temper_field(holder: object) -> float | None:
    if holder is None:
        return None
    for attr in TEMPER_NAMES:
        value = getattr(holder, attr, None)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    return None
