"""The campaign in the real window (Xvfb), keys sent by xdotool: a new campaign, a few cards, a
quit, a relaunch, and Continue lands on the very card that was on screen."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pygame

from game.progress import load_progress
from tests.test_window import display, wait_for_screenshots, xdo

__all__ = ["display"]  # the Xvfb fixture, shared with tests/test_window.py


START_S = 120.0  # a machine shared by many may take long to open the window


def shots_in(folder: Path) -> int:
    return len(list(folder.glob("*.png"))) if folder.is_dir() else 0


def wait_until_ready(display: str, folder: Path, game: subprocess.Popen[str]) -> None:
    """The window is up and its frame loop answers F12 (keys sent before then are lost)."""
    before = shots_in(folder)
    deadline = time.monotonic() + START_S
    while time.monotonic() < deadline:
        if game.poll() is not None:
            raise AssertionError(f"the game ended ({game.returncode}) before its first frame: "
                                 f"{game.stderr.read() if game.stderr else ''}")
        with contextlib.suppress(subprocess.CalledProcessError):  # no window yet
            xdo(display, "key", "F12")
        if shots_in(folder) > before:
            settled = -1
            while settled != shots_in(folder):  # every F12 sent while it started has landed
                settled = shots_in(folder)
                time.sleep(1.5)
            return
        time.sleep(1.0)
    raise AssertionError(f"the game did not answer F12 within {START_S:.0f} s")


@contextlib.contextmanager
def ready(display: str, folder: Path, game: subprocess.Popen[str]
          ) -> Iterator[subprocess.Popen[str]]:
    """A launched game once its window answers F12, killed however the block ends."""
    try:
        wait_until_ready(display, folder, game)
        yield game
    finally:
        game.kill()


def window_env(display: str, tmp_path: Path) -> dict[str, str]:
    """The game on the Xvfb display, silent, with settings and saves of its own in tmp_path."""
    env = {**os.environ, "DISPLAY": display, "HEAT_CONFIG_DIR": str(tmp_path / "cfg"),
           "HEAT_DATA_DIR": str(tmp_path / "data"), "SDL_AUDIODRIVER": "dummy"}
    env.pop("SDL_VIDEODRIVER", None)
    return env


def launch(env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "game", "play", "--windowed"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def keys(display: str, *names: str) -> None:
    """One key at a time, with a pause: menus act on each press, on a frame of their own."""
    for name in names:
        xdo(display, "key", name)
        time.sleep(0.3)


def shoot(display: str, folder: Path) -> pygame.Surface:
    """F12, and the picture it saved."""
    count = len(list(folder.glob("*.png")))
    xdo(display, "key", "F12")
    wait_for_screenshots(folder, count + 1)
    newest = max(folder.glob("*.png"), key=lambda shot: shot.stat().st_mtime_ns)
    for _ in range(20):
        try:
            return pygame.image.load(str(newest))
        except pygame.error:  # still being written
            time.sleep(0.1)
    return pygame.image.load(str(newest))


def quit_from_title(display: str, game: subprocess.Popen[str]) -> None:
    keys(display, "Up", "Return")  # the menu wraps: up from the first item is Quit
    assert game.wait(timeout=60) == 0, game.stderr.read() if game.stderr else ""


def same(a: pygame.Surface, b: pygame.Surface) -> bool:
    return a.get_size() == b.get_size() and all(
        a.get_at((x, y)) == b.get_at((x, y)) for x in range(0, a.get_width(), 16)
        for y in range(0, a.get_height(), 16))


def test_quit_half_way_and_continue_lands_on_the_same_card(display: str,
                                                           tmp_path: Path) -> None:
    env = window_env(display, tmp_path)
    shots = tmp_path / "cfg" / "screenshots"
    pygame.init()
    with ready(display, shots, launch(env)) as game:
        title = shoot(display, shots)
        keys(display, "Return")  # New campaign: the prologue's first card
        first_card = shoot(display, shots)
        keys(display, "Return")  # the second card: the controls
        reading = shoot(display, shots)
        keys(display, "Escape")  # back to the title, then quit
        quit_from_title(display, game)
    assert not same(title, first_card) and not same(first_card, reading)
    progress, _ = load_progress(tmp_path / "data" / "progress.json")
    assert (progress.resume_chapter, progress.resume_card) == ("range", 1)

    with ready(display, shots, launch(env)) as game:
        title_again = shoot(display, shots)
        keys(display, "Return")  # Continue: The Range
        resumed = shoot(display, shots)
        keys(display, "Escape")
        quit_from_title(display, game)
    assert not same(title, title_again)  # the title now offers Continue
    assert same(resumed, reading), "Continue did not land on the card that was being read"
