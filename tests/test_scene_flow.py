"""Scene flow without a window: title -> mission -> pause -> restart/quit -> debrief -> retry."""

from __future__ import annotations

from game.input.controls import Controls
from game.scenes.context import GameContext
from game.scenes.debrief import DebriefScene
from game.scenes.mission import DEBRIEF_DELAY_S, MissionScene
from game.scenes.pause import PauseScene
from game.scenes.stack import SceneStack
from game.scenes.title import TitleScene
from game.sim.components import Position
from game.sim.damage import deal_damage

IDLE = Controls()


def start() -> tuple[GameContext, SceneStack]:
    ctx = GameContext()
    return ctx, SceneStack.starting_with(TitleScene(ctx))


def test_enter_on_title_starts_the_sandbox() -> None:
    _, stack = start()
    stack.handle("confirm")
    assert isinstance(stack.top, MissionScene)
    assert stack.top.session.mission_id == "sandbox"


def test_quit_on_title_stops_the_game() -> None:
    _, stack = start()
    stack.handle("up")  # the menu wraps: up from the first item is Quit
    stack.handle("confirm")
    assert not stack.running


def test_pause_freezes_the_sim_and_resume_continues() -> None:
    _, stack = start()
    stack.handle("confirm")
    mission = stack.top
    stack.update(0.5, IDLE)
    ticks = mission.session.world.tick
    stack.handle("pause")
    assert isinstance(stack.top, PauseScene) and stack.top.draws_below
    stack.update(1.0, IDLE)
    assert mission.session.world.tick == ticks
    stack.handle("pause")
    assert stack.top is mission
    stack.update(0.5, IDLE)
    assert mission.session.world.tick > ticks


def test_pause_restart_gives_a_fresh_world() -> None:
    _, stack = start()
    stack.handle("confirm")
    mission = stack.top
    start_pos = mission.session.world.get(mission.session.mission.player, Position)
    assert start_pos is not None
    start_x = start_pos.x
    stack.update(0.2, Controls(move_x=1.0))
    moved = mission.session.world.get(mission.session.mission.player, Position)
    assert moved is not None and moved.x > start_x + 0.5  # the player really walked east
    stack.handle("pause")
    stack.handle("down")
    stack.handle("confirm")  # Restart
    assert stack.top is mission and mission.session.world.tick == 0


def test_pause_quit_to_title_clears_the_stack() -> None:
    _, stack = start()
    stack.handle("confirm")
    stack.handle("pause")
    stack.handle("down")
    stack.handle("down")
    stack.handle("confirm")
    assert len(stack.scenes) == 1 and isinstance(stack.top, TitleScene)


def test_death_leads_to_game_over_and_r_retries_instantly() -> None:
    _, stack = start()
    stack.handle("confirm")
    mission = stack.top
    world = mission.session.world
    deal_damage(world, mission.session.mission.player, 0, 10_000)
    stack.update(1 / 60, IDLE)
    assert mission.session.mission.outcome == "failed"
    stack.update(DEBRIEF_DELAY_S, IDLE)
    debrief = stack.top
    assert isinstance(debrief, DebriefScene) and not debrief.success
    stack.handle("retry")
    assert isinstance(stack.top, MissionScene)
    assert stack.top.session.mission.outcome == "running"


def test_a_bad_map_on_start_stays_on_title_with_a_notice(tmp_path) -> None:
    broken = tmp_path / "broken.tmx"
    broken.write_text("<map", encoding="utf-8")
    ctx, stack = start()
    ctx.choice.name = str(broken)
    stack.handle("confirm")
    assert isinstance(stack.top, TitleScene)
    assert "broken.tmx" in ctx.notice and "XML" in ctx.notice


def test_campaign_briefing_leads_to_the_mission_and_debrief_continues() -> None:
    from game.campaign import CHAPTERS
    from game.scenes.briefing import BriefingScene, ChapterSelectScene

    ctx, stack = start()
    stack.handle("down")
    stack.handle("confirm")  # Campaign
    assert isinstance(stack.top, ChapterSelectScene)
    stack.handle("confirm")  # the first chapter
    assert isinstance(stack.top, BriefingScene) and stack.top.chapter is CHAPTERS[0]
    for _ in CHAPTERS[0].cards:
        stack.handle("confirm")
    mission = stack.top
    assert isinstance(mission, MissionScene) and ctx.chapter == CHAPTERS[0].id
    mission.session.mission.outcome = "success"
    stack.update(DEBRIEF_DELAY_S + 0.1, IDLE)
    assert isinstance(stack.top, DebriefScene)
    stack.handle("confirm")  # Continue
    assert isinstance(stack.top, BriefingScene) and stack.top.chapter is CHAPTERS[1]
