"""The real game under Xvfb played with a gamepad alone: a virtual pad (tests/virtual_pad.py,
SDL's own virtual joystick) starts a new campaign, reads the cards into the range, pauses with
Start, changes the music volume in the settings, moves reload to the left shoulder button on
the Controls screen, quits to the title and quits the game. The keyboard is used for nothing
but F12, the screenshot key, to know when the window is up."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import time
from pathlib import Path

import pygame

from game.progress import load_progress
from tests.test_window import display
from tests.test_window_campaign import ready, same, shoot, window_env

__all__ = ["display"]  # the Xvfb fixture

PAD = Path(__file__).with_name("virtual_pad.py")
# The virtual pad is a game controller: SDL maps it with its own layout (A b0, B b1, Start b6,
# d-pad b11-b14), and the game reads controllers by button name (game/input/game_pad.py).
A, B, START, LB = "button 0", "button 1", "button 6", "button 9"
UP, DOWN, LEFT, RIGHT = "button 11", "button 12", "button 13", "button 14"


def launch(env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(PAD), "play", "--windowed"], env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def pad(game: subprocess.Popen[str], *presses: str) -> None:
    """One press at a time, each on frames of its own."""
    assert game.stdin is not None
    for press in presses:
        game.stdin.write(press + "\n")
        game.stdin.flush()
        time.sleep(0.5)


def test_a_gamepad_alone_plays_pauses_sets_and_quits(display: str, tmp_path: Path) -> None:
    env = window_env(display, tmp_path)
    shots = tmp_path / "cfg" / "screenshots"
    pygame.init()
    with ready(display, shots, launch(env)) as game:
        title = shoot(display, shots)
        pad(game, A)  # New campaign: the prologue's first card
        card = shoot(display, shots)
        pad(game, A, A)  # the controls card, then the range
        time.sleep(2.0)
        playing = shoot(display, shots)
        pad(game, START)  # Resume, Restart, Settings, Quit to title
        paused = shoot(display, shots)
        pad(game, DOWN, DOWN, A)  # Settings
        pad(game, DOWN, DOWN, DOWN)  # Master, Effects, Radio and voice, Music volume
        pad(game, LEFT, LEFT)  # 70% -> 50%
        settings_shown = shoot(display, shots)
        pad(game, UP, UP, UP, UP, UP, A)  # up past the top, round to Keys and buttons
        pad(game, DOWN, DOWN, DOWN, DOWN, A)  # up, down, left, right, reload: waits for a press
        pad(game, LB)  # reload now on the left shoulder button
        controls_shown = shoot(display, shots)
        pad(game, B, B)  # back to the settings, back to the pause menu, on Settings
        pad(game, DOWN, A)  # Quit to title
        back_at_title = shoot(display, shots)
        pad(game, UP, A)  # the menu wraps: up from the first item is Quit
        assert game.wait(timeout=60) == 0, game.stderr.read() if game.stderr else ""
    frames = [title, card, playing, paused, settings_shown, controls_shown, back_at_title]
    assert all(not same(a, b) for a, b in itertools.pairwise(frames))
    saved = json.loads((tmp_path / "cfg" / "settings.json").read_text())
    assert saved["music_volume"] == 0.5
    assert saved["pad_buttons"]["reload"] == "leftshoulder"
    progress, _ = load_progress(tmp_path / "data" / "progress.json")
    assert progress.resume_chapter == "range"
