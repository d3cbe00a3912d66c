"""The real game in a real X window (Xvfb), driven by xdotool as a player would drive it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pygame
import pytest

from game.headless import run_headless


def need(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is required in CI (bash .ci/run installs it)")
        pytest.skip(f"{tool} is not installed (bash .ci/run installs it)")
    return found


@pytest.fixture
def display() -> str:
    need("Xvfb")
    need("xdotool")
    # Xvfb picks a free display itself and writes its number to the pipe once it is ready, so two
    # test runs on one machine never share a screen (a fixed number did, now and then).
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                               "1280x720x24", "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as ready:
        number = ready.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def xdo(display: str, *args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, env={**os.environ, "DISPLAY": display},
                   timeout=20)


def wait_for_window(display: str) -> None:
    env = {**os.environ, "DISPLAY": display}
    for _ in range(60):
        # No window manager runs under Xvfb: ask which window has the keyboard focus.
        found = subprocess.run(["xdotool", "getwindowfocus", "getwindowname"], env=env,
                               capture_output=True, text=True)
        if found.stdout.strip() == "HEAT":
            return
        time.sleep(0.25)
    pytest.fail("the HEAT window never appeared")


def test_play_in_a_window_with_keyboard_and_mouse(display: str, tmp_path: Path) -> None:
    record = tmp_path / "run.json"
    env = {**os.environ, "DISPLAY": display, "HEAT_CONFIG_DIR": str(tmp_path / "cfg"),
           "SDL_AUDIODRIVER": "dummy"}
    env.pop("SDL_VIDEODRIVER", None)
    game = subprocess.Popen([sys.executable, "-m", "game", "--windowed"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    game_args = [sys.executable, "-m", "game", "play", "sandbox", "--seed", "5",
                 "--record", str(record), "--windowed"]
    try:
        wait_for_window(display)
        xdo(display, "key", "Return")  # title: Start
        time.sleep(1.0)
        xdo(display, "key", "Escape")  # pause ...
        xdo(display, "key", "Down", "Down", "Return")  # ... quit to title
        xdo(display, "key", "Up", "Return")  # title: Quit (the menu wraps)
        assert game.wait(timeout=20) == 0
    finally:
        game.kill()
    play = subprocess.Popen(game_args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        wait_for_window(display)
        time.sleep(0.5)
        xdo(display, "mousemove", "1000", "200")
        xdo(display, "keydown", "d")
        time.sleep(0.8)
        xdo(display, "keyup", "d")
        xdo(display, "mousedown", "1")
        time.sleep(0.3)
        xdo(display, "mouseup", "1")
        xdo(display, "key", "F12")
        time.sleep(0.5)
        xdo(display, "key", "Escape")
        xdo(display, "key", "Down", "Down", "Return")
        xdo(display, "key", "Up", "Return")
        assert play.wait(timeout=20) == 0, play.stderr.read() if play.stderr else ""
    finally:
        play.kill()
    data = json.loads(record.read_text())
    rows = data["intents"]
    assert any(row[1] == 1.0 for row in rows), "holding D never moved the player right"
    assert any(row[5] is True for row in rows), "the left mouse button never fired"
    assert run_headless("sandbox", None, replay_path=record)["replay_matches"] is True
    shots = list((tmp_path / "cfg" / "screenshots").glob("*.png"))
    assert len(shots) == 1
    pygame.init()
    image = pygame.image.load(str(shots[0]))
    assert image.get_size() == (1280, 720)
    colours = {tuple(image.get_at((x, y)))[:3]
               for x in range(0, 1280, 40) for y in range(0, 720, 40)}
    assert len(colours) > 20
