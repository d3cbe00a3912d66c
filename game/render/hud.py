"""The mission HUD: objectives, clock, health, weapon and ammo, the crew's order, end banner."""

from __future__ import annotations

import textwrap

import pygame

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

PROBLEM_WRAP = 118  # characters per line of a checker message on the 1280 px canvas


def draw_hud(surface: pygame.Surface, world: World, text: TextCache,
             interact_key: str = "E") -> None:
    mission = world.resource(MissionState)
    _interact_prompt(surface, world, mission, text, interact_key)
    _objectives(surface, mission, text)
    _clock(surface, world, mission, text)
    _health(surface, world.get(mission.player, Health), text)
    _weapon(surface, world.get(mission.player, Weapon), text)
    _crew_order(surface, world, mission.player, text)


def _objectives(surface: pygame.Surface, mission: MissionState, text: TextCache) -> None:
    title = mission.title.upper() + (f" — {mission.phase_text}" if mission.phase_text else "")
    text.shadowed(surface, title, (24, 18), 28, AMBER, bold=True)
    active = {o.id for o in mission.active_objectives()}
    y = 52
    for objective in sorted(mission.objectives, key=lambda o: o.order):
        if not objective.for_side(mission.side) or objective.kind == "fail":
            continue  # the other side's objectives are its AI's business
        if objective.failed:
            mark, color = "[-]", GREY
        elif objective.done:
            mark, color = "[x]", GREY
        elif objective.id in active:
            mark, color = "[ ]", WHITE
        else:
            continue
        label = f"{mark} {objective.text}"
        if objective.progress_s > 0 and not objective.done:
            share = objective.progress_s / max(objective.hold_s, MIN_HOLD_S)
            label += f"  {min(1.0, share):.0%}"
        text.shadowed(surface, label, (24, y), 24, color)
        y += 24


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
    right = surface.get_width() - 24
    text.shadowed(surface, label, (right, 18), 40, color, True, "topright")
    if caption:
        text.shadowed(surface, caption, (right, 58), 22, color, True, "topright")
    if mission.take:
        text.shadowed(surface, f"${mission.take:,}", (right, 84), 28, AMBER, True, "topright")


def _health(surface: pygame.Surface, health: Health | None, text: TextCache) -> None:
    if health is None:
        return
    x, y, w, h = 24, surface.get_height() - 44, 260, 18
    share = health.hp / health.max_hp if health.max_hp else 0.0
    pygame.draw.rect(surface, (20, 20, 20), (x - 2, y - 2, w + 4, h + 4))
    pygame.draw.rect(surface, (70, 20, 20), (x, y, w, h))
    pygame.draw.rect(surface, RED if share < 0.35 else (200, 200, 200), (x, y, round(w * share), h))
    text.shadowed(surface, f"HEALTH {round(health.hp)}", (x, y - 26), 24, WHITE)


def _weapon(surface: pygame.Surface, weapon: Weapon | None, text: TextCache) -> None:
    if weapon is None:
        return
    spec = weapon_spec(weapon.kind)
    right, bottom = surface.get_width() - 24, surface.get_height() - 24
    if weapon.reload_left_s > 0:
        label, color = "RELOADING", AMBER
    else:
        label, color = f"{weapon.ammo} / {spec.magazine}", RED if weapon.ammo == 0 else WHITE
    text.shadowed(surface, label, (right, bottom), 40, color, True, "bottomright")
    text.shadowed(surface, spec.name.upper(), (right, bottom - 40), 24, GREY, False,
                  "bottomright")


ORDER_LABELS = (("follow", "1 FOLLOW"), ("hold", "2 HOLD"), ("cover", "3 COVER ME"),
                ("goto", "4 GO THERE"))


def _crew_order(surface: pygame.Surface, world: World, player: int, text: TextCache) -> None:
    """The standing order, when the player leads a crew: the current one lit, and who is up."""
    order = world.get(player, SquadOrder)
    crew = [eid for eid, b in world.query(Brain) if b.leader == player]
    if order is None or not crew:
        return
    down = sum(1 for eid in crew if world.has(eid, Dead) or world.has(eid, Downed))
    x, y = 24, surface.get_height() - 136
    status = f"CREW {len(crew) - down}" + (f"  ({down} DOWN)" if down else "")
    text.shadowed(surface, status, (x, y), 22, RED if down else AMBER, True)
    for name, label in ORDER_LABELS:
        lit = name == order.order
        shown = f"[{label}]" if lit else label
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
                     text: TextCache, key: str) -> None:
    """'Hold E: Plant the charge' while the player stands where an objective can be worked."""
    for objective in mission.active_objectives():
        if objective.kind == "interact" and within_reach(world, mission.player, objective.target):
            label = f"Hold {key.upper()}: {objective.text}"
            text.shadowed(surface, label, (surface.get_width() // 2, surface.get_height() - 170),
                          30, AMBER, True, "midbottom")
            return
