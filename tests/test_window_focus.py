"""Leaving the window pauses a mission: another window taking the keyboard, or minimising it,
opens the pause menu (Settings > Display > Pause in the background turns it off). Checked on the
app's event handling, and in the real game under Xvfb with a second window taking the focus."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pygame

from game.app import _handle_events
from game.input.controls import InputMapper
from game.scenes.base import Go
from game.scenes.context import GameContext
from game.scenes.flow import Flow
from tests.test_window import display, xdo
from tests.test_window_campaign import keys, quit_from_title, ready, window_env

__all__ = ["display"]  # the Xvfb fixture

ELSEWHERE = """
import sys, time, pygame
pygame.display.init()
pygame.display.set_mode((200, 100))
pygame.display.set_caption("elsewhere")
print(pygame.display.get_wm_info()["window"], flush=True)
end = time.monotonic() + float(sys.argv[1])
while time.monotonic() < end:
    pygame.event.pump()
    time.sleep(0.05)
"""
"""A second window, open for argv[1] seconds; it prints its X window id."""


def focused(env: dict[str, str]) -> tuple[str, str]:
    """The X window that has the keyboard: its id and its name."""
    found = subprocess.run(["xdotool", "getwindowfocus"], env=env, capture_output=True,
                           text=True, check=True).stdout.strip()
    name = subprocess.run(["xdotool", "getwindowname", found], env=env, capture_output=True,
                          text=True).stdout.strip()
    return found, name


def away(ctx: GameContext, flow: Flow, mapper: InputMapper, kind: int) -> str:
    """The app sees the window lose the keyboard (or be minimised); the scene on top after."""
    pygame.event.clear()
    pygame.event.post(pygame.event.Event(kind, window=None))
    _handle_events(ctx, None, mapper, flow)  # type: ignore[arg-type]  (no resize is sent)
    return type(flow.top).__name__


def test_leaving_the_window_pauses_a_running_mission_unless_turned_off(
        screen, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HEAT_CONFIG_DIR", str(tmp_path))
    ctx = GameContext()
    flow = Flow(ctx)
    mapper = InputMapper(ctx.settings)
    assert away(ctx, flow, mapper, pygame.WINDOWFOCUSLOST) == "TitleScene"  # menus stay put
    flow.go(Go("start"))
    assert away(ctx, flow, mapper, pygame.WINDOWFOCUSLOST) == "PauseScene"
    flow.handle("back")  # resume
    assert type(flow.top).__name__ == "MissionScene"
    assert away(ctx, flow, mapper, pygame.WINDOWMINIMIZED) == "PauseScene"
    flow.handle("back")
    ctx.settings.pause_in_background = False
    assert away(ctx, flow, mapper, pygame.WINDOWFOCUSLOST) == "MissionScene"
    ctx.settings.pause_in_background = True
    flow.top.session.mission.outcome = "failed"  # type: ignore[attr-defined]  (the ending)
    assert away(ctx, flow, mapper, pygame.WINDOWFOCUSLOST) == "MissionScene"


def test_another_window_taking_the_keyboard_pauses_the_game(display: str,
                                                            tmp_path: Path) -> None:
    """If the focus change did not pause the mission, the keys that quit through the pause
    menu would go to the mission instead, and the game would never exit."""
    env = window_env(display, tmp_path)
    game = subprocess.Popen([sys.executable, "-m", "game", "play", "sandbox", "--windowed"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with ready(display, tmp_path / "cfg" / "screenshots", game):
        heat, name = focused(env)
        assert name == "HEAT", f"the game's window does not have the keyboard: {name!r}"
        other = subprocess.Popen([sys.executable, "-c", ELSEWHERE, "60"],
                                 env={**env, "PYGAME_HIDE_SUPPORT_PROMPT": "1"},
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            assert other.stdout is not None
            elsewhere = other.stdout.readline().strip()  # its window is up
            assert elsewhere.isdigit(), "the second window did not open"
            xdo(display, "windowfocus", elsewhere)
            assert focused(env) == (elsewhere, "elsewhere")
            time.sleep(1.0)  # a few of the game's frames with the keyboard elsewhere
            xdo(display, "windowfocus", heat)
            time.sleep(0.5)
        finally:
            other.kill()
        keys(display, "Down", "Down", "Down", "Return")  # the pause menu: quit to the title
        quit_from_title(display, game)
