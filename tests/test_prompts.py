"""On-screen hints name the buttons of the device in use: a pad press switches them to the
pad's, a key press or mouse movement back to the keyboard's."""

from __future__ import annotations

import pygame

from game.campaign import chapter
from game.input.controls import InputMapper
from game.input.prompts import hint
from game.render.assets import Assets
from game.render.text_cache import TextCache
from game.scenes.base import Run
from game.scenes.briefing import BriefingScene
from game.scenes.context import GameContext
from game.scenes.title import TitleScene
from game.settings import Settings


def test_hints_name_the_keys_or_the_buttons() -> None:
    pairs = (("confirm", "next card"), ("back", "title"))
    assert hint(False, *pairs) == "Enter  next card   Esc  title"
    assert hint(True, *pairs) == "A  next card   B  title"


def test_the_last_device_used_decides() -> None:
    mapper = InputMapper(Settings())
    mapper.actions_for(pygame.event.Event(pygame.JOYBUTTONDOWN, button=0, joy=0, instance_id=0))
    assert mapper.using_pad
    mapper.actions_for(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_DOWN, mod=0,
                                          unicode="", scancode=0))
    assert not mapper.using_pad


def drawn(scene_for, ctx: GameContext, pad: bool) -> pygame.Surface:
    ctx.using_pad = pad
    canvas = pygame.Surface((1280, 720))
    scene_for(ctx).draw(canvas)
    return canvas


def test_title_and_cards_redraw_their_hints_for_the_pad(screen: tuple[Assets,
                                                                      TextCache]) -> None:
    assets, text = screen
    ctx = GameContext(settings=Settings(), assets=assets, text=text)
    for scene_for in (TitleScene,
                      lambda c: BriefingScene(c, chapter("range"), Run("sandbox"))):
        keyboard, pad = drawn(scene_for, ctx, False), drawn(scene_for, ctx, True)
        bottom = pygame.Rect(0, 600, 1280, 120)
        assert any(keyboard.get_at((x, y)) != pad.get_at((x, y))
                   for x in range(0, 1280, 2) for y in range(bottom.top, bottom.bottom, 2))


def test_the_screenshot_key_does_not_switch_the_hints_back() -> None:
    mapper = InputMapper(Settings())
    mapper.actions_for(pygame.event.Event(pygame.JOYBUTTONDOWN, button=0, joy=0, instance_id=0))
    mapper.actions_for(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_F12, mod=0,
                                          unicode="", scancode=0))
    assert mapper.using_pad


def test_the_controls_card_lists_the_pads_buttons_for_a_pad_player(
        screen: tuple[Assets, TextCache]) -> None:
    assets, text = screen
    ctx = GameContext(settings=Settings(), assets=assets, text=text)
    controls_card = lambda c: BriefingScene(c, chapter("range"), Run("sandbox"), page=1)  # noqa: E731
    keyboard, pad = drawn(controls_card, ctx, False), drawn(controls_card, ctx, True)
    legend = pygame.Rect(0, 500, 760, 100)
    assert any(keyboard.get_at((x, y)) != pad.get_at((x, y))
               for x in range(legend.left, legend.right, 2)
               for y in range(legend.top, legend.bottom, 2))
