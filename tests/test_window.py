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


def wait_for_window(display: str, game: subprocess.Popen[str] | None = None) -> None:
    """Until the HEAT window has the keyboard focus; a game that exits first fails at once,
    with what it printed."""
    env = {**os.environ, "DISPLAY": display}
    for _ in range(240):  # a machine shared by many may take its time to start the game
        if game is not None and game.poll() is not None:
            pytest.fail(f"the game exited ({game.returncode}) before its window appeared: "
                        f"{game.stderr.read() if game.stderr else ''}")
        # No window manager runs under Xvfb: ask which window has the keyboard focus.
        found = subprocess.run(["xdotool", "getwindowfocus", "getwindowname"], env=env,
                               capture_output=True, text=True)
        if found.stdout.strip() == "HEAT":
            return
        # Mapped but without the focus (no window manager hands it over): give it the focus.
        subprocess.run(["xdotool", "search", "--name", "^HEAT$", "windowfocus"], env=env,
                       capture_output=True, text=True)
        time.sleep(0.25)
    stderr = ""
    if game is not None:
        game.kill()
        stderr = game.stderr.read() if game.stderr else ""
    pytest.fail(f"the HEAT window never appeared; the game printed: {stderr}")


def wait_for_screenshots(folder: Path, count: int, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if len(list(folder.glob("*.png"))) >= count:
            return
        time.sleep(0.1)
    pytest.fail(f"F12 did not save screenshot {count} within {timeout_s:.0f} s")


def wait_for_frames(display: str, folder: Path) -> None:
    """The window can show before the mission runs its first frame (slowly, on a loaded
    machine); keys pressed and released before then are never seen. F12 is answered by the
    running frame loop, so the first screenshot on disk says the game is taking input."""
    deadline = time.monotonic() + 60.0
    while time.monotonic() < deadline:
        xdo(display, "key", "F12")  # again each time: one sent before the loop ran is lost
        for _ in range(6):
            time.sleep(0.25)
            if shots_in(folder):
                return
    pytest.fail("the game did not answer F12 within 60 s")


def shots_in(folder: Path) -> int:
    return len(list(folder.glob("*.png"))) if folder.is_dir() else 0


def test_play_in_a_window_with_keyboard_and_mouse(display: str, tmp_path: Path) -> None:
    record = tmp_path / "run.json"
    env = {**os.environ, "DISPLAY": display, "HEAT_CONFIG_DIR": str(tmp_path / "cfg"),
           "HEAT_DATA_DIR": str(tmp_path / "data"),
           "SDL_AUDIODRIVER": "dummy"}
    env.pop("SDL_VIDEODRIVER", None)
    game = subprocess.Popen([sys.executable, "-m", "game", "--windowed"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    game_args = [sys.executable, "-m", "game", "play", "sandbox", "--seed", "5",
                 "--record", str(record), "--windowed"]
    try:
        wait_for_window(display, game)
        wait_for_frames(display, tmp_path / "cfg" / "screenshots")  # keys before it are lost
        xdo(display, "key", "Down", "Down", "Return")  # title: Start: the range
        time.sleep(1.0)
        xdo(display, "key", "Escape")  # pause ...
        xdo(display, "key", "Down", "Down", "Down", "Return")  # ... quit to title
        xdo(display, "key", "Up", "Return")  # title: Quit (the menu wraps)
        assert game.wait(timeout=20) == 0
    finally:
        game.kill()
    for shot in (tmp_path / "cfg" / "screenshots").glob("*.png"):
        shot.unlink()  # the second launch counts its own
    play = subprocess.Popen(game_args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        wait_for_window(display, play)
        shots_dir = tmp_path / "cfg" / "screenshots"
        wait_for_frames(display, shots_dir)
        xdo(display, "mousemove", "1000", "200")
        xdo(display, "keydown", "d")
        time.sleep(0.8)
        xdo(display, "keyup", "d")
        xdo(display, "mousedown", "1")
        time.sleep(0.8)  # held across several frames even on a machine shared by many
        xdo(display, "mouseup", "1")
        before = shots_in(shots_dir)
        xdo(display, "key", "F12")
        wait_for_screenshots(shots_dir, before + 1)
        xdo(display, "key", "Escape")
        xdo(display, "key", "Down", "Down", "Down", "Return")
        xdo(display, "key", "Up", "Return")
        assert play.wait(timeout=20) == 0, play.stderr.read() if play.stderr else ""
    finally:
        play.kill()
    data = json.loads(record.read_text())
    rows = data["intents"]
    assert any(row[1] == 1.0 for row in rows), "holding D never moved the player right"
    assert any(row[5] is True for row in rows), "the left mouse button never fired"
    assert run_headless("sandbox", None, replay_path=record)["replay_matches"] is True
    shots = sorted(shots_dir.glob("*.png"), key=lambda shot: shot.stat().st_mtime_ns)
    assert len(shots) == 2  # the readiness probe's and the one taken mid-fight
    pygame.init()
    image = pygame.image.load(str(shots[-1]))
    assert image.get_size() == (1280, 720)
    colours = {tuple(image.get_at((x, y)))[:3]
               for x in range(0, 1280, 40) for y in range(0, 720, 40)}
    assert len(colours) > 20


@pytest.mark.parametrize("size", [(960, 540), (1900, 1000)])
def test_the_hud_is_whole_in_a_resized_window(display: str, tmp_path: Path, size) -> None:
    """At 960x540 the clock, health and ammo were cropped; at 1900x1000 the view had bars."""
    env = {**os.environ, "DISPLAY": display, "HEAT_CONFIG_DIR": str(tmp_path / "cfg"),
           "HEAT_DATA_DIR": str(tmp_path / "data"),
           "SDL_AUDIODRIVER": "dummy"}
    env.pop("SDL_VIDEODRIVER", None)
    game = subprocess.Popen([sys.executable, "-m", "game", "play", "sandbox", "--windowed"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_window(display, game)
        folder = tmp_path / "cfg" / "screenshots"
        wait_for_frames(display, folder)  # a resize sent before the first frame can be undone
        window = subprocess.run(["xdotool", "getwindowfocus"], env=env, capture_output=True,
                                text=True, check=True).stdout.strip()
        pygame.init()
        image = None
        for _ in range(12):  # a loaded machine may take a while to resize: shoot until it has
            if image is None or image.get_size() != size:
                xdo(display, "windowsize", window, str(size[0]), str(size[1]))
            time.sleep(0.8)
            xdo(display, "key", "F12")
            time.sleep(0.7)
            shots = sorted(folder.glob("*.png"), key=lambda shot: shot.stat().st_mtime_ns) \
                if folder.is_dir() else []
            try:
                image = pygame.image.load(str(shots[-1])) if shots else None
            except pygame.error:  # still being written
                continue
            if image is not None and image.get_size() == size:
                break
        xdo(display, "key", "Escape")
        xdo(display, "key", "Down", "Down", "Down", "Return")
        xdo(display, "key", "Up", "Return")
        assert game.wait(timeout=20) == 0, game.stderr.read() if game.stderr else ""
    finally:
        game.kill()
    assert image is not None and image.get_size() == size
    w, h = size

    def white_in(box: tuple[int, int, int, int]) -> int:
        x0, y0, x1, y1 = box
        return sum(min(image.get_at((x, y))[:3]) > 220 for x in range(x0, x1, 2)
                   for y in range(y0, y1, 2))

    scale = h / 720
    assert white_in((w - round(130 * scale), 0, w, round(60 * scale))) > 10, "clock"
    assert white_in((w - round(150 * scale), h - round(70 * scale), w, h)) > 10, "ammo"
    assert white_in((0, h - round(70 * scale), round(300 * scale), h)) > 10, "health"
    assert image.get_at((w - 2, h // 2))[:3] != (0, 0, 0), "black bars at the side"
