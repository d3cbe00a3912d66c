"""The whole campaign through the real scene flow, headless: title, New campaign, every card of
every chapter, every mission finished by the bot, a quit half-way and Continue, the credits.

The progress is the real store (progress.json in a temporary HEAT_DATA_DIR), so "quit" means
dropping the flow and starting a new one from what is on disk, as a relaunch does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.campaign import ALTERNATIVE_ENDING, CHAPTERS, story_chapter
from game.input.controls import Controls
from game.progress import load_progress
from game.scenes.briefing import BriefingScene, SideScene
from game.scenes.context import GameContext
from game.scenes.credits import CreditsScene
from game.scenes.debrief import DebriefScene
from game.scenes.flow import Flow
from game.scenes.mission import MissionScene
from game.scenes.saved_progress import SavedProgress
from game.scenes.title import TitleScene

IDLE = Controls()
FRAME_S = 0.25  # the longest frame a mission scene catches up on (15 ticks)
MAX_STEPS = 20_000
SIDES = {"stakeout": "lapd", "lax": "lapd"}  # Hanna at LAX: the story's own ending follows


def relaunch(tmp_path: Path) -> Flow:
    """A new session of the game: progress read from disk, the title first."""
    progress, trouble = SavedProgress.load()
    assert trouble == ""
    ctx = GameContext(progress=progress, autopilot=True, runs=tmp_path / "runs")
    flow = Flow(ctx)
    assert isinstance(flow.top, TitleScene)
    return flow


def choose(flow: Flow, label: str) -> None:
    menu = flow.top.menu  # type: ignore[attr-defined]
    index = next((i for i, item in enumerate(menu.items) if item.startswith(label)), None)
    assert index is not None, f"no {label!r} in {menu.items}"
    while menu.index != index:
        flow.handle("down")
    flow.handle("confirm")


def step(flow: Flow, seen: list[tuple[str, int]]) -> None:
    """One player's move on whatever screen is up (the bot plays the missions)."""
    top = flow.top
    if isinstance(top, MissionScene):
        flow.update(FRAME_S, IDLE)
    elif isinstance(top, DebriefScene):
        assert top.outcome.success, f"{top.run.mission}: {top.outcome.reason}"
        choose(flow, "Continue")
    elif isinstance(top, SideScene):
        choose(flow, {"crew": "The crew", "lapd": "The police"}[SIDES.get(top.chapter.id,
                                                                           "crew")])
    elif isinstance(top, BriefingScene):
        seen.append((top.chapter.id + (":after" if top.closing else ""), top.page))
        flow.handle("confirm")
    else:
        raise AssertionError(f"stuck on {type(top).__name__}")


def walk(flow: Flow, seen: list[tuple[str, int]], until: tuple[str, int] | None) -> None:
    """Play on until the credits, or until the card ``until`` is on screen."""
    for _ in range(MAX_STEPS):
        top = flow.top
        if isinstance(top, CreditsScene):
            return
        if isinstance(top, BriefingScene) and (top.chapter.id, top.page) == until:
            return
        step(flow, seen)
    raise AssertionError(f"no end after {MAX_STEPS} steps; on {type(flow.top).__name__}")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HEAT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("HEAT_CONFIG_DIR", str(tmp_path / "cfg"))
    return tmp_path


def test_the_campaign_start_to_credits_with_a_quit_half_way(data_dir: Path) -> None:
    flow = relaunch(data_dir)
    choose(flow, "New campaign")
    seen: list[tuple[str, int]] = []
    walk(flow, seen, until=("eady", 1))  # half-way: reading the second card of chapter 3
    assert load_progress()[0].resume_chapter == "eady"
    assert load_progress()[0].resume_card == 1

    flow = relaunch(data_dir)  # quit, start again
    assert flow.top.menu.items[0] == "Continue: Eady and the Bonds"  # type: ignore[attr-defined]
    flow.handle("confirm")
    assert isinstance(flow.top, BriefingScene)
    assert (flow.top.chapter.id, flow.top.page) == ("eady", 1)  # the card that was up
    walk(flow, seen, until=None)
    assert isinstance(flow.top, CreditsScene)

    every_card = [(c.id + part, i) for c in CHAPTERS
                  for part, cards in (("", c.cards), (":after", c.after))
                  for i in range(len(cards))]
    assert ("eady:after", 0) in every_card  # the phone call, read after the drive-in
    # the story's ending is told where McCauley fell: by the runway or in the car park
    told = [(story_chapter(name), page) for name, page in seen]
    assert sorted(set(told), key=every_card.index) == every_card  # the whole story, in order
    assert ("ending-escape", 0) not in seen  # Hanna won at LAX: the story's own ending
    progress = load_progress()[0]
    assert {story_chapter(c) for c in progress.finished} == {c.id for c in CHAPTERS}
    assert progress.resume_chapter == ""  # the story is over: nothing left to continue
    assert progress.best("lax", "lapd") is not None and progress.best("stakeout", "lapd")
    flow.handle("confirm")  # the credits hand back to the title, never straight to nothing
    assert isinstance(flow.top, TitleScene) and flow.running


def test_a_crew_win_at_lax_continues_to_the_alternative_ending_after_a_relaunch(
        data_dir: Path) -> None:
    """The old bug: Continue pointed at the alternative ending, and the title dropped it."""
    flow = relaunch(data_dir)
    choose(flow, "Chapters")
    choose(flow, "LAX")
    choose(flow, "The crew")
    seen: list[tuple[str, int]] = []
    for _ in range(MAX_STEPS):
        if isinstance(flow.top, DebriefScene):
            break
        step(flow, seen)
    assert isinstance(flow.top, DebriefScene) and flow.top.outcome.success
    flow.handle("back")  # to the title without reading on: then quit
    flow = relaunch(data_dir)
    assert flow.top.menu.items[0] == f"Continue: {ALTERNATIVE_ENDING.title}"  # type: ignore
    flow.handle("confirm")
    assert isinstance(flow.top, BriefingScene) and flow.top.chapter.alternative
    flow.handle("confirm")
    assert isinstance(flow.top, CreditsScene)
