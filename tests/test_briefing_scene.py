"""Briefing cards draw their picture and text on screen; the last chapter rolls the credits."""

from __future__ import annotations

import pygame
import pytest

from game.campaign import ALTERNATIVE_ENDING, CHAPTERS, all_cards, chapter
from game.input.controls import Controls
from game.scenes.base import Go, Run
from game.scenes.briefing import ART_RECT, TEXT_LEFT, TEXT_WIDTH, BriefingScene, SideScene, wrap_px
from game.scenes.context import GameContext
from game.scenes.credits import CreditsScene
from game.scenes.flow import Flow
from game.scenes.title import TitleScene


@pytest.fixture
def ctx(screen) -> GameContext:
    assets, text = screen
    return GameContext(assets=assets, text=text)


def colours_in(surface: pygame.Surface, rect: pygame.Rect) -> int:
    return len({tuple(surface.get_at((x, y)))
                for x in range(rect.left, rect.right, 9) for y in range(rect.top, rect.bottom, 9)})


def test_each_card_shows_its_picture_and_its_text(ctx: GameContext) -> None:
    for entry in (CHAPTERS[0], chapter("coffee"), ALTERNATIVE_ENDING):
        scene = BriefingScene(ctx, entry, Run(entry.mission, chapter=entry.id))
        for page in range(len(entry.cards)):
            scene.page = page
            surface = pygame.Surface((1280, 720))
            scene.draw(surface)
            assert colours_in(surface, ART_RECT) > 40, (entry.id, page)
            column = pygame.Rect(TEXT_LEFT, ART_RECT.top, TEXT_WIDTH, 200)
            assert colours_in(surface, column) > 3, (entry.id, page)


def test_every_card_text_fits_its_column(ctx: GameContext) -> None:
    assert ctx.text is not None
    for card in all_cards():
        lines = [line for p in card.body for line in wrap_px(ctx.text, p, 28, TEXT_WIDTH)]
        assert len(lines) * 26 + 120 < 720 - ART_RECT.top - 60, card.heading
        font = ctx.text.assets.font(28)
        assert max(font.size(line)[0] for line in lines) <= TEXT_WIDTH, card.heading


def test_left_pages_back_and_the_last_card_of_the_story_rolls_the_credits(
        ctx: GameContext) -> None:
    stack = Flow(ctx, Go("chapter", chapter="coffee"))
    stack.handle("confirm")
    stack.handle("left")
    assert stack.top.page == 0
    stack = Flow(ctx, Go("chapter", chapter=CHAPTERS[-1].id))
    for _ in CHAPTERS[-1].cards:
        stack.handle("confirm")
    assert isinstance(stack.top, CreditsScene)


def test_lax_starts_its_mission_or_without_its_map_goes_on_to_the_ending(
        ctx: GameContext) -> None:
    from game.level.missions import is_playable
    from game.scenes.mission import MissionScene

    stack = Flow(ctx, Go("chapter", chapter="lax"))
    if is_playable("lax"):  # two sides: the chapter asks which first
        assert isinstance(stack.top, SideScene)
        stack.handle("confirm")
    for _ in chapter("lax").cards:
        stack.handle("confirm")
    if is_playable("lax"):
        assert isinstance(stack.top, MissionScene)
    else:
        assert isinstance(stack.top, BriefingScene) and stack.top.chapter.id == "ending"


def test_credits_return_to_the_title_when_done_or_skipped(ctx: GameContext) -> None:
    stack = Flow(ctx, Go("title"))
    stack.go(Go("next", run=Run("", chapter=CHAPTERS[-1].id)))
    stack.update(5.0, Controls())
    assert isinstance(stack.top, CreditsScene)
    surface = pygame.Surface((1280, 720))
    stack.draw(surface)
    assert colours_in(surface, pygame.Rect(0, 0, 1280, 720)) > 10
    stack.handle("confirm")
    assert isinstance(stack.top, TitleScene)
    rolled = Flow(ctx, Go("title"))
    rolled.go(Go("next", run=Run("", chapter=CHAPTERS[-1].id)))
    for _ in range(200):
        rolled.update(0.5, Controls())
    assert isinstance(rolled.top, TitleScene)
