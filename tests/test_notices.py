"""Bad files are reported whole on screen: a notice wraps, it is never cut mid-word, and two
notices (settings and progress) both show; key names pygame does not know are not kept."""

from __future__ import annotations

import pygame

from game.input.controls import reset_unknown_keys
from game.render.assets import Assets
from game.render.text_cache import TextCache
from game.scenes.context import GameContext
from game.scenes.notice import NOTICE_WIDTH, draw_notice, notice_lines
from game.scenes.title import TitleScene
from game.settings import DEFAULT_KEYS, Settings

SETTINGS_LINE = ("settings.json: reset to default: master_volume (loud is not a number), zoom (40 "
                 "is not between 1 and 3), mouse_fire (99 is not between 1 and 5); old file kept "
                 "as settings.json.bad")
PROGRESS_LINE = ("progress.json: damaged progress, dropped finished (x is not a list); the old "
                 "file is kept as progress.json.bad")


def test_a_long_notice_wraps_whole_and_keeps_every_word(screen: tuple[Assets, TextCache]) -> None:
    _, text = screen
    lines = notice_lines(text, f"{SETTINGS_LINE}\n{PROGRESS_LINE}")
    assert " ".join(lines).split() == f"{SETTINGS_LINE} {PROGRESS_LINE}".split()
    assert any(line.startswith("progress.json") for line in lines), "each notice starts a line"
    for line in lines:
        assert text.render(line, 22).get_width() <= NOTICE_WIDTH


def test_the_title_shows_both_notices_above_the_menu(screen: tuple[Assets, TextCache]) -> None:
    assets, text = screen
    ctx = GameContext(settings=Settings())
    ctx.assets, ctx.text = assets, text
    surface = pygame.Surface((1280, 720))
    bottom = draw_notice(surface, text, f"{SETTINGS_LINE}\n{PROGRESS_LINE}")
    assert bottom < 200, "the notices sit above the title's menu and controls"
    title = TitleScene(ctx, notice=f"{SETTINGS_LINE}\n{PROGRESS_LINE}")
    title.draw(surface)  # draws without error at the real size


def test_unknown_key_names_are_dropped_and_an_empty_action_gets_its_defaults() -> None:
    pygame.display.init()
    try:
        settings = Settings()
        settings.keys["reload"] = ["nosuchkey"]
        settings.keys["interact"] = ["e", "alsonokey"]
        resets = reset_unknown_keys(settings)
        assert settings.keys["reload"] == DEFAULT_KEYS["reload"]
        assert settings.keys["interact"] == ["e"]
        assert len(resets) == 2 and "nosuchkey is not a key name" in resets[0]
        assert reset_unknown_keys(settings) == []
    finally:
        pygame.quit()
