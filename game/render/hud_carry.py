"""The carry panel, bottom left above the squad's orders, inside the corner column the
subtitles keep clear of (and clear of the objective arrow in the middle): what the player hauls
(the bags: how many, their worth, weight, the speed they leave him, the key that drops one) or
whom he drags."""

from __future__ import annotations

import pygame

from game.render.hud_layout import HudLayout, text_panel
from game.render.text_cache import TextCache
from game.sim.components import Dragging, Mover, Name
from game.sim.mission.components import Burden, Loot
from game.sim.world import World

AMBER = (255, 190, 80)
GREY = (170, 170, 170)
SIZE = 22
ABOVE_SQUAD_PX = 150  # its bottom edge this far above the canvas's bottom: over the squad panel


def carry_rows(world: World, player: int, drop_key: str) -> list[tuple[str, tuple]]:
    """The panel's lines: the load and its cost in speed, then who is being dragged."""
    rows: list[tuple[str, tuple]] = []
    loads = [loot for _, loot in world.query(Loot) if loot.carrier == player and player]
    if loads:
        kg = sum(loot.weight_kg for loot in loads)
        noun = loads[0].name if len({loot.name for loot in loads}) == 1 else "load"
        count = f"{len(loads)} {noun}{'s' if len(loads) > 1 and noun != 'load' else ''}"
        rows.append((f"{count.upper()}  ${sum(loot.value for loot in loads):,}", AMBER))
        rows.append((f"{kg:g} kg{_speed(world, player)} · {drop_key.upper()} drops it", GREY))
    drag = world.get(player, Dragging)
    if drag is not None:
        name = world.get(drag.body, Name)
        who = name.name if name is not None else "a wounded man"
        rows.append((f"DRAGGING {who.upper()}", AMBER))
        rows.append((_speed(world, player).strip(" ·") or "slowly", GREY))
    return rows


def _speed(world: World, player: int) -> str:
    """' · speed 74%' of his own pace, while a load or a body slows him."""
    burden, mover, drag = world.get(player, Burden), world.get(player, Mover), \
        world.get(player, Dragging)
    base = burden.base_speed if burden is not None else (drag.speed if drag else 0.0)
    if mover is None or base <= 0:
        return ""
    return f" · speed {min(1.0, mover.max_speed / base):.0%}"


def draw_carry(surface: pygame.Surface, world: World, player: int, text: TextCache,
               drop_key: str = "g") -> None:
    rows = carry_rows(world, player, drop_key)
    if not rows:
        return
    x, bottom = HudLayout.of(surface).bottom_left
    bottom -= ABOVE_SQUAD_PX
    width = max(text.render(line, SIZE, colour, True).get_width() for line, colour in rows)
    top = bottom - len(rows) * (SIZE + 4)
    text_panel(surface, pygame.Rect(x, top, width, bottom - top))
    for i, (line, colour) in enumerate(rows):
        text.shadowed(surface, line, (x, top + i * (SIZE + 4)), SIZE, colour, colour == AMBER)
