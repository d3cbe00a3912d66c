"""Every scene draws real frames onto an off-screen surface (SDL dummy driver), not blank ones."""

from __future__ import annotations

import pygame
import pytest

from game.input.controls import Controls
from game.render.assets import Assets
from game.render.text_cache import TextCache
from game.scenes.base import Go, Run
from game.scenes.context import GameContext
from game.scenes.flow import Flow
from game.sim.damage import deal_damage


@pytest.fixture
def ctx(screen: tuple[Assets, TextCache]) -> GameContext:
    assets, text = screen
    return GameContext(assets=assets, text=text)


def distinct_colours(surface: pygame.Surface) -> int:
    small = pygame.transform.scale(surface, (64, 36))
    return len({tuple(small.get_at((x, y)))[:3] for x in range(64) for y in range(36)})


def frame(stack: Flow) -> pygame.Surface:
    canvas = pygame.Surface((1280, 720))
    stack.draw(canvas)
    return canvas


def start_the_range(stack: Flow) -> None:
    """Walks the title's menu down to the range, as a player would, and starts it."""
    from game.scenes.title import START

    for _ in range(len(stack.top.menu.items)):
        if stack.top.menu.items[stack.top.menu.index] == START:
            break
        stack.handle("down")
    stack.handle("confirm")
    assert type(stack.top).__name__ == "MissionScene"


def test_title_mission_pause_and_debrief_all_draw(ctx: GameContext) -> None:
    stack = Flow(ctx)
    assert distinct_colours(frame(stack)) > 20
    start_the_range(stack)
    stack.update(0.5, Controls(move_x=1.0, fire=True, aim_screen=(900, 360)))
    mission_frame = frame(stack)
    assert distinct_colours(mission_frame) > 20
    stack.handle("pause")
    paused = frame(stack)
    assert distinct_colours(paused) > 10
    assert paused.get_at((10, 10)) != mission_frame.get_at((10, 10))  # dimmed, still drawn
    stack.handle("pause")
    mission = stack.top
    deal_damage(mission.session.world, mission.session.mission.player, 0, 10_000)
    stack.update(3.0, Controls())
    stack.update(0.1, Controls())
    assert type(stack.top).__name__ == "DebriefScene"
    assert distinct_colours(frame(stack)) > 3


def test_debug_overlay_draws_over_the_mission(ctx: GameContext) -> None:
    stack = Flow(ctx)
    start_the_range(stack)
    stack.update(0.1, Controls())
    plain = frame(stack)
    stack.handle("debug")
    overlay = frame(stack)
    differing = sum(plain.get_at((x, y)) != overlay.get_at((x, y))
                    for x in range(0, 1280, 16) for y in range(0, 720, 16))
    assert differing > 20


def test_menus_and_briefing_cards_draw(ctx: GameContext) -> None:
    from game.campaign import CHAPTERS
    from game.scenes.briefing import BriefingScene, ChapterSelectScene
    from game.scenes.settings_menu import ControlsScene, SettingsScene

    briefing = BriefingScene(ctx, CHAPTERS[2], Run("", chapter=CHAPTERS[2].id))
    for scene in (ChapterSelectScene(ctx), briefing, SettingsScene(ctx), ControlsScene(ctx)):
        canvas = pygame.Surface((1280, 720))
        scene.draw(canvas)
        assert distinct_colours(canvas) > 3, type(scene).__name__


def test_drawing_never_changes_the_world(ctx: GameContext) -> None:
    from game.sim.state_hash import state_hash

    stack = Flow(ctx, Go("mission", run=Run("armored-car")))
    stack.update(1.0, Controls(move_x=1.0, fire=True, aim_screen=(900, 360)))
    world = stack.top.session.world
    before = state_hash(world)
    for _ in range(3):
        frame(stack)
    stack.handle("debug")
    frame(stack)
    assert state_hash(world) == before
