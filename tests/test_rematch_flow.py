"""The player's way into a rematch, without a window: a stored run of one side adds a Rematch
item to the chapter's side choice; it starts the mission as the other side with the ghost
driving the recorded character along its path; the HUD says when the AI takes it over."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.campaign import chapter
from game.input.controls import Controls
from game.rematch import record_run, save_last_run
from game.scenes.base import Go, Run
from game.scenes.briefing import BriefingScene, SideScene
from game.scenes.context import GameContext, MemoryProgress
from game.scenes.flow import Flow
from game.scenes.mission import MissionScene
from game.sim.components import Brain, Faction, Position
from game.sim.ghost import hand_over

IDLE = Controls()
CHAPTER = "stakeout"
REMATCH = "Rematch: "


@pytest.fixture(scope="module")
def crew_run():
    """A short crew run of the stakeout: the bot walks off, recorded with positions."""
    replay, _ = record_run(chapter(CHAPTER).mission or "", "crew", 0, 240)
    assert len(replay.positions) >= 3 and replay.changes
    return replay


def open_chapter(runs: Path) -> Flow:
    ctx = GameContext(progress=MemoryProgress(), runs=runs)
    flow = Flow(ctx)
    flow.go(Go("chapter", chapter=CHAPTER))
    assert isinstance(flow.top, SideScene)
    return flow


def choose_rematch(flow: Flow) -> MissionScene:
    menu = flow.top.menu  # type: ignore[attr-defined]
    index = next(i for i, item in enumerate(menu.items) if item.startswith(REMATCH))
    while menu.index != index:
        flow.handle("down")
    flow.handle("confirm")
    while isinstance(flow.top, BriefingScene):
        flow.handle("confirm")
    assert isinstance(flow.top, MissionScene)
    return flow.top


def test_no_stored_run_no_rematch_item(tmp_path: Path) -> None:
    flow = open_chapter(tmp_path)
    items = flow.top.menu.items  # type: ignore[attr-defined]
    assert len(items) == 2 and not any(item.startswith(REMATCH) for item in items)


def test_a_stored_run_offers_the_rematch_as_the_other_side(tmp_path: Path, crew_run) -> None:
    assert save_last_run(crew_run, CHAPTER, tmp_path) == ""
    flow = open_chapter(tmp_path)
    items = flow.top.menu.items  # type: ignore[attr-defined]
    assert items[-1] == "Rematch: Hanna against your own run"
    scene = choose_rematch(flow)
    assert scene.run == Run(chapter(CHAPTER).mission or "", "lapd", 0, CHAPTER, ghost_of="crew")
    assert scene.ghost is not None and scene.ghost.active
    world = scene.session.world
    player = world.get(scene.session.mission.player, Faction)
    ghost_side = world.get(scene.ghost.entity, Faction)
    assert player is not None and player.side == "lapd"
    assert ghost_side is not None and ghost_side.side == "crew"
    assert not world.has(scene.ghost.entity, Brain)  # the recording drives it, not the AI


def test_stepping_the_scene_moves_the_ghost_along_the_recorded_path(tmp_path: Path,
                                                                    crew_run) -> None:
    save_last_run(crew_run, CHAPTER, tmp_path)
    scene = choose_rematch(open_chapter(tmp_path))
    ghost, world = scene.ghost, scene.session.world
    assert ghost is not None
    start = world.get(ghost.entity, Position)
    assert start is not None
    start_xy = (start.x, start.y)
    checkpoint = max(t for t in ghost.positions if t <= 180)
    x, y = ghost.positions[checkpoint]
    assert abs(x - start_xy[0]) + abs(y - start_xy[1]) > 16, "the recorded run must move"
    while world.tick < checkpoint:
        scene.update(1 / 60, IDLE)
    pos = world.get(ghost.entity, Position)
    assert pos is not None and ghost.active
    assert abs(pos.x - x) < 8 and abs(pos.y - y) < 8


def test_the_hud_says_when_the_ai_takes_the_ghost_over(tmp_path: Path, crew_run) -> None:
    save_last_run(crew_run, CHAPTER, tmp_path)
    scene = choose_rematch(open_chapter(tmp_path))
    assert scene.ghost is not None
    scene.update(1 / 60, IDLE)
    assert not any("AI takes" in line.text for line in scene.subtitles.lines)
    hand_over(scene.session.world, scene.ghost, "ended")
    scene.update(1 / 60, IDLE)
    said = [line.text for line in scene.subtitles.lines if "AI takes" in line.text]
    assert said == ["Your recorded run ends here: the AI takes over McCauley"]
    scene.update(1 / 60, IDLE)
    assert sum("AI takes" in line.text for line in scene.subtitles.lines) == 1  # said once


def test_a_rematch_without_its_stored_run_goes_to_the_title_with_one_line(tmp_path: Path
                                                                          ) -> None:
    from game.scenes.title import TitleScene

    flow = Flow(GameContext(progress=MemoryProgress(), runs=tmp_path))
    run = Run(chapter(CHAPTER).mission or "", "lapd", 0, CHAPTER, ghost_of="crew")
    flow.go(Go("mission", run=run))
    assert isinstance(flow.top, TitleScene)
    assert "no stored crew run" in flow.top.notice


def test_the_debrief_after_a_win_offers_the_rematch(tmp_path: Path) -> None:
    from game.scenes.debrief import DebriefScene
    from game.scenes.mission import DEBRIEF_DELAY_S

    flow = open_chapter(tmp_path)
    flow.handle("confirm")  # the crew
    while isinstance(flow.top, BriefingScene):
        flow.handle("confirm")
    mission = flow.top
    assert isinstance(mission, MissionScene) and mission.ghost is None
    for _ in range(5):
        flow.update(1 / 60, IDLE)
    mission.session.mission.outcome = "success"
    flow.update(1 / 60, IDLE)
    flow.update(DEBRIEF_DELAY_S + 0.1, IDLE)
    assert isinstance(flow.top, DebriefScene)
    scene = choose_rematch(flow)
    assert scene.run.side == "lapd" and scene.run.ghost_of == "crew"
    assert scene.ghost is not None and scene.ghost.active


def test_a_lost_run_offers_no_rematch_in_the_debrief(tmp_path: Path) -> None:
    from game.scenes.debrief import DebriefScene
    from game.scenes.mission import DEBRIEF_DELAY_S

    flow = open_chapter(tmp_path)
    flow.handle("confirm")
    while isinstance(flow.top, BriefingScene):
        flow.handle("confirm")
    mission = flow.top
    assert isinstance(mission, MissionScene)
    flow.update(1 / 60, IDLE)
    mission.session.mission.outcome = "failed"
    flow.update(1 / 60, IDLE)
    flow.update(DEBRIEF_DELAY_S + 0.1, IDLE)
    assert isinstance(flow.top, DebriefScene)
    assert not any(i.startswith(REMATCH) for i in flow.top.menu.items)
