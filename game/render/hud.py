"""The mission HUD: objectives, clock, health, weapon and ammo, the crew's order, end banner."""

from __future__ import annotations

import textwrap

import pygame

from game.render.hud_carry import draw_carry
from game.render.hud_layout import MARGIN, HudLayout, text_panel
from game.render.text_cache import TextCache
from game.sim.components import Brain, Dead, Downed, Health, SquadOrder, Weapon
from game.sim.mission import MissionState
from game.sim.systems.evaluate_mission import MIN_HOLD_S, within_reach
from game.sim.weapons import weapon_spec
from game.sim.world import World

AMBER = (255, 190, 80)
GREY = (140, 140, 140)
RED = (220, 60, 50)
WHITE = (235, 235, 235)

DONE_SHOWN_S = 6.0  # a ticked objective stays on the list this long, then makes room
PROBLEM_WRAP = 118  # characters per line of a checker message on the 1280 px canvas


def draw_hud(surface: pygame.Surface, world: World, text: TextCache,
             interact_key: str = "E", interact_toggles: bool = False,
             drop_key: str = "G", order_keys: tuple[str, ...] = ("1", "2", "3", "4")) -> None:
    mission = world.resource(MissionState)
    verb = "Press" if interact_toggles else "Hold"
    _interact_prompt(surface, world, mission, text, f"{verb} {interact_key.upper()}")
    _objectives(surface, mission, text, world.time_s)
    _clock(surface, world, mission, text)
    _health(surface, world.get(mission.player, Health), text)
    _weapon(surface, world.get(mission.player, Weapon), text)
    _crew_order(surface, world, mission, text, order_keys)
    draw_carry(surface, world, mission.player, text, drop_key)


def _objectives(surface: pygame.Surface, mission: MissionState, text: TextCache,
                now_s: float) -> None:
    title = mission.title.upper() + (f" — {mission.phase_text}" if mission.phase_text else "")
    rows = objective_rows(mission, now_s)
    width = max([text.render(title, 28, AMBER, True).get_width()]
                + [text.render(label, 24, color).get_width() for label, color in rows])
    text_panel(surface, pygame.Rect(MARGIN, 18, width, 34 + 24 * len(rows)))
    text.shadowed(surface, title, (MARGIN, 18), 28, AMBER, bold=True)
    for i, (label, color) in enumerate(rows):
        text.shadowed(surface, label, (MARGIN, 52 + 24 * i), 24, color)


def objective_rows(mission: MissionState, now_s: float = 0.0
                   ) -> list[tuple[str, tuple[int, int, int]]]:
    """The side played's objectives as the HUD lists them: open ones, failed ones, and ticked
    ones for DONE_SHOWN_S after they were met (then they make room on a busy screen)."""
    active = {o.id for o in mission.active_objectives()}
    rows = []
    for objective in sorted(mission.objectives, key=lambda o: o.order):
        if not objective.for_side(mission.side) or objective.kind == "fail":
            continue  # the other side's objectives are its AI's business
        if objective.failed:
            mark, color = "[-]", GREY
        elif objective.done:
            if now_s - objective.done_at_s > DONE_SHOWN_S:
                continue
            mark, color = "[x]", GREY
        elif objective.id in active:
            mark, color = "[ ]", WHITE
        else:
            continue
        label = f"{mark} {objective.text}"
        if objective.progress_s > 0 and not objective.done:
            share = objective.progress_s / max(objective.hold_s, MIN_HOLD_S)
            label += f"  {min(1.0, share):.0%}"
        rows.append((label, color))
    return rows


def _clock(surface: pygame.Surface, world: World, mission: MissionState, text: TextCache) -> None:
    """A script's countdown (the police clock) if one runs, else the map's time limit."""
    if mission.countdown_s >= 0.0:
        left, caption = mission.countdown_s, mission.countdown_label
    elif mission.time_limit_s:
        left, caption = max(0.0, mission.time_limit_s - world.time_s), ""
    else:
        return
    color = RED if left < 30 else WHITE
    label = f"{int(left // 60)}:{int(left % 60):02d}"
    right, top = HudLayout.of(surface).top_right
    lines = [(label, 40, color), (caption, 22, color), (f"${mission.take:,}", 28, AMBER)]
    lines = [line for i, line in enumerate(lines) if i == 0 or (line[0] and line[0] != "$0")]
    width = max(text.render(t, size, c, True).get_width() for t, size, c in lines)
    height = sum(size + 4 for _, size, _ in lines)
    text_panel(surface, pygame.Rect(right - width, top, width, height))
    y = top
    for line, size, colour in lines:
        text.shadowed(surface, line, (right, y), size, colour, True, "topright")
        y += size + 4


def _health(surface: pygame.Surface, health: Health | None, text: TextCache) -> None:
    if health is None:
        return
    x, y, w, h = MARGIN, surface.get_height() - 44, 260, 18
    text_panel(surface, pygame.Rect(x, y - 28, w, h + 30))
    share = health.hp / health.max_hp if health.max_hp else 0.0
    pygame.draw.rect(surface, (20, 20, 20), (x - 2, y - 2, w + 4, h + 4))
    pygame.draw.rect(surface, (70, 20, 20), (x, y, w, h))
    pygame.draw.rect(surface, RED if share < 0.35 else (200, 200, 200), (x, y, round(w * share), h))
    text.shadowed(surface, f"HEALTH {round(health.hp)}", (x, y - 26), 24, WHITE)


def _weapon(surface: pygame.Surface, weapon: Weapon | None, text: TextCache) -> None:
    if weapon is None:
        return
    spec = weapon_spec(weapon.kind)
    right, bottom = HudLayout.of(surface).bottom_right
    if weapon.reload_left_s > 0:
        label, color = "RELOADING", AMBER
    else:
        label, color = f"{weapon.ammo} / {spec.magazine}", RED if weapon.ammo == 0 else WHITE
    width = max(text.render(label, 40, color, True).get_width(),
                text.render(spec.name.upper(), 24, GREY).get_width())
    text_panel(surface, pygame.Rect(right - width, bottom - 68, width, 68))
    text.shadowed(surface, label, (right, bottom), 40, color, True, "bottomright")
    text.shadowed(surface, spec.name.upper(), (right, bottom - 40), 24, GREY, False,
                  "bottomright")


ORDER_LABELS = (("follow", "FOLLOW"), ("hold", "HOLD"), ("cover", "COVER ME"),
                ("goto", "GO THERE"))
"""The crew orders in the order panel, each after the key or pad button that gives it."""


SQUAD_LABELS = {"crew": "CREW", "lapd": "UNIT"}
"""The squad panel's heading by the player's side: the crew, or Hanna's unit."""


def squad_status(side: str, up: int, down: int) -> str:
    """The squad panel's heading, e.g. "UNIT 5  (1 DOWN)"."""
    label = SQUAD_LABELS.get(side, "SQUAD")
    return f"{label} {up}" + (f"  ({down} DOWN)" if down else "")


def _crew_order(surface: pygame.Surface, world: World, mission: MissionState,
                text: TextCache, keys: tuple[str, ...]) -> None:
    """The standing order, when the player leads a squad (the crew, or the police unit: the
    order keys address the player's own followers): the current one lit, and who is up."""
    player = mission.player
    order = world.get(player, SquadOrder)
    crew = [eid for eid, b in world.query(Brain) if b.leader == player]
    if order is None or not crew:
        return
    down = sum(1 for eid in crew if world.has(eid, Dead) or world.has(eid, Downed))
    x, y = MARGIN, surface.get_height() - 136
    labels = [(name, f"[{key.upper()} {label}]" if name == order.order else
               f"{key.upper()} {label}") for (name, label), key in zip(ORDER_LABELS, keys,
                                                                      strict=False)]
    width = sum(text.render(shown, 20, GREY).get_width() + 14 for _, shown in labels)
    text_panel(surface, pygame.Rect(x, y, max(440, width), 46))
    status = squad_status(mission.side, len(crew) - down, down)
    text.shadowed(surface, status, (x, y), 22, RED if down else AMBER, True)
    for name, shown in labels:
        lit = name == order.order
        x = text.shadowed(surface, shown, (x, y + 24), 20, WHITE if lit else GREY).right + 14


def problem_rows(lines: list[str]) -> list[str]:
    """The checker's lines broken at spaces to fit the panel (never mid-word), at most 16."""
    return [part for line in lines[:8] for part in
            textwrap.wrap(line, PROBLEM_WRAP, subsequent_indent="    ",
                          break_long_words=False, break_on_hyphens=False)][:16]


def draw_problems(surface: pygame.Surface, text: TextCache, lines: list[str],
                  heading: str = "Map not reloaded — still playing the last good version:"
                  ) -> None:
    """A map checker's lines over the game, wrapped at word breaks, after a save the game
    could not use."""
    shown = problem_rows(lines)
    height = 44 + 22 * len(shown)
    panel = pygame.Surface((surface.get_width() - 80, height), pygame.SRCALPHA)
    panel.fill((60, 0, 0, 210))
    surface.blit(panel, (40, 110))
    text.shadowed(surface, heading, (56, 118), 24, AMBER, True)
    for i, line in enumerate(shown):
        text.shadowed(surface, line, (56, 146 + 22 * i), 20, WHITE)


def _interact_prompt(surface: pygame.Surface, world: World, mission: MissionState,
                     text: TextCache, press: str) -> None:
    """'Hold E: Plant the charge' in the prompt band, while an objective can be worked here."""
    band = HudLayout.of(surface).prompt
    for objective in mission.active_objectives():
        if objective.kind == "interact" and within_reach(world, mission.player, objective.target):
            label = f"{press}: {objective.text}"
            rect = text.render(label, 30, AMBER, True).get_rect(center=band.center)
            text_panel(surface, rect, 190)
            text.shadowed(surface, label, rect.topleft, 30, AMBER, True)
            return
