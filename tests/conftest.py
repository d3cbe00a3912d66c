"""Test-wide setup: SDL runs headless (no window, no sound card); Hypothesis is deterministic."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from game.render.assets import Assets
    from game.render.text_cache import TextCache

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

# Same examples every run, nothing remembered between runs: a red test is red for everyone.
settings.register_profile("heat", derandomize=True, database=None, deadline=None)
settings.load_profile("heat")


@pytest.fixture
def screen() -> Iterator[tuple[Assets, TextCache]]:
    """A 1280x720 display on SDL's dummy driver, with the game's assets and text cache."""
    import pygame

    from game.render.assets import Assets
    from game.render.text_cache import TextCache

    pygame.display.init()
    pygame.font.init()
    pygame.display.set_mode((1280, 720))
    assets = Assets()
    yield assets, TextCache(assets)
    pygame.quit()


@pytest.fixture(autouse=True)
def own_user_folders(tmp_path_factory: pytest.TempPathFactory,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test saves settings, progress and runs in folders of its own, never the user's: a
    chapter one test finishes must not put "Continue" on another test's title screen."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("HEAT_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("HEAT_CONFIG_DIR", str(home / "config"))
