"""The game's flow without a window: every named transition, driven by menu actions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.campaign import CHAPTERS
from game.input.controls import Controls
from game.level.missions import mission_sides
from game.scenes.base import Go, Run
from game.scenes.briefing import BriefingScene, ChapterSelectScene, SideScene
from game.scenes.context import GameContext, MemoryProgress
from game.scenes.credits import CreditsScene
from game.scenes.debrief import DebriefScene
from game.scenes.flow import RANGE, ROUTES, Flow
from game.scenes.mission import DEBRIEF_DELAY_S, MissionScene
from game.scenes.pause import PauseScene
from game.scenes.settings_menu import SettingsScene
from game.scenes.title import TitleScene
from game.sim.components import Position
from game.sim.damage import deal_damage

IDLE = Controls()
ROOT = Path(__file__).resolve().parents[1]


def start(progress: MemoryProgress | None = None) -> tuple[GameContext, Flow]:
    ctx = GameContext(progress=progress or MemoryProgress())
    return ctx, Flow(ctx)


def choose(flow: Flow, label: str) -> None:
    """Moves the top scene's menu to the item starting with ``label`` and confirms it."""
    menu = flow.top.menu  # type: ignore[attr-defined]
    index = next(i for i, item in enumerate(menu.items) if item.startswith(label))
    while menu.index != index:
        flow.handle("down")
    flow.handle("confirm")


def play_to_debrief(flow: Flow, success: bool) -> DebriefScene:
    mission = flow.top
    assert isinstance(mission, MissionScene)
    if success:
        mission.session.mission.outcome = "success"
    else:
        deal_damage(mission.session.world, mission.session.mission.player, 0, 10_000)
    flow.update(1 / 60, IDLE)
    flow.update(DEBRIEF_DELAY_S + 0.1, IDLE)
    assert isinstance(flow.top, DebriefScene)
    return flow.top


def test_start_on_title_starts_the_range() -> None:
    _, flow = start()
    choose(flow, "Start")
    assert isinstance(flow.top, MissionScene)
    assert flow.top.session.mission_id == "sandbox" and flow.top.run == RANGE


def test_start_starts_the_range_even_after_a_campaign_mission() -> None:
    """The old bug: Start launched whichever mission had been played last."""
    _, flow = start()
    choose(flow, "Chapters")
    choose(flow, "The Armored Car")
    while isinstance(flow.top, BriefingScene | SideScene):
        flow.handle("confirm")
    assert isinstance(flow.top, MissionScene)
    assert flow.top.session.mission_id == "armored-car"
    flow.handle("pause")
    choose(flow, "Quit to title")
    assert isinstance(flow.top, TitleScene)
    choose(flow, "Start")
    assert isinstance(flow.top, MissionScene)
    assert flow.top.session.mission_id == "sandbox" and flow.top.run.chapter == ""


def test_quit_on_title_stops_the_game() -> None:
    _, flow = start()
    flow.handle("up")  # the menu wraps: up from the first item is Quit
    flow.handle("confirm")
    assert not flow.running


def test_pause_freezes_the_sim_and_resume_continues() -> None:
    _, flow = start()
    choose(flow, "Start")
    mission = flow.top
    flow.update(0.5, IDLE)
    ticks = mission.session.world.tick
    flow.handle("pause")
    assert isinstance(flow.top, PauseScene) and flow.top.draws_below
    flow.update(1.0, IDLE)
    assert mission.session.world.tick == ticks
    flow.handle("pause")
    assert flow.top is mission
    flow.update(0.5, IDLE)
    assert mission.session.world.tick > ticks


def test_pause_restart_gives_a_fresh_world_for_the_same_run() -> None:
    _, flow = start()
    choose(flow, "Start")
    mission = flow.top
    start_pos = mission.session.world.get(mission.session.mission.player, Position)
    assert start_pos is not None
    start_x = start_pos.x
    flow.update(0.2, Controls(move_x=1.0))
    moved = mission.session.world.get(mission.session.mission.player, Position)
    assert moved is not None and moved.x > start_x + 0.5  # the player really walked east
    flow.handle("pause")
    choose(flow, "Restart")
    fresh = flow.top
    assert isinstance(fresh, MissionScene) and fresh.session.world.tick == 0
    assert fresh.run == mission.run and len(flow.scenes) == 1


def test_pause_reaches_the_settings_and_comes_back() -> None:
    _, flow = start()
    choose(flow, "Start")
    mission = flow.top
    flow.handle("pause")
    choose(flow, "Settings")
    assert isinstance(flow.top, SettingsScene)
    flow.handle("back")
    assert isinstance(flow.top, PauseScene)
    flow.handle("back")
    assert flow.top is mission


def test_pause_quit_to_title_clears_the_stack() -> None:
    _, flow = start()
    choose(flow, "Start")
    flow.handle("pause")
    choose(flow, "Quit to title")
    assert len(flow.scenes) == 1 and isinstance(flow.top, TitleScene)


def test_death_leads_to_game_over_and_r_retries_the_same_run() -> None:
    _, flow = start()
    choose(flow, "Start")
    debrief = play_to_debrief(flow, success=False)
    assert not debrief.outcome.success and debrief.outcome.banner == "KILLED"
    flow.handle("retry")
    assert isinstance(flow.top, MissionScene) and flow.top.run == RANGE
    assert flow.top.session.mission.outcome == "running"


def test_a_bad_map_from_a_menu_goes_back_to_the_title_with_a_notice(tmp_path) -> None:
    broken = tmp_path / "broken.tmx"
    broken.write_text("<map", encoding="utf-8")
    _, flow = start()
    flow.go(Go("mission", run=Run(str(broken))))
    assert isinstance(flow.top, TitleScene) and len(flow.scenes) == 1
    assert "broken.tmx" in flow.top.notice and "XML" in flow.top.notice


def test_a_bad_map_as_the_first_scene_raises_for_the_command_line(tmp_path) -> None:
    from game.level.errors import MapError

    broken = tmp_path / "broken.tmx"
    broken.write_text("<map", encoding="utf-8")
    with pytest.raises(MapError):
        Flow(GameContext(), Go("mission", run=Run(str(broken))))


def test_campaign_briefing_leads_to_the_mission_and_debrief_continues() -> None:
    ctx, flow = start()
    choose(flow, "Chapters")
    assert isinstance(flow.top, ChapterSelectScene)
    flow.handle("confirm")  # the first chapter
    assert isinstance(flow.top, BriefingScene) and flow.top.chapter is CHAPTERS[0]
    for _ in CHAPTERS[0].cards:
        flow.handle("confirm")
    mission = flow.top
    assert isinstance(mission, MissionScene) and mission.run.chapter == CHAPTERS[0].id
    play_to_debrief(flow, success=True)
    assert CHAPTERS[0].id in ctx.progress.finished_chapters()
    choose(flow, "Continue")
    # The next chapter's map plays from both sides, so the side is asked first.
    assert mission_sides(CHAPTERS[1].mission) == ("crew", "lapd")
    assert isinstance(flow.top, SideScene) and flow.top.chapter is CHAPTERS[1]
    flow.handle("down")
    flow.handle("confirm")
    assert isinstance(flow.top, BriefingScene) and flow.top.chapter is CHAPTERS[1]
    assert flow.top.run is not None and flow.top.run.side == "lapd"


def test_a_failed_campaign_mission_offers_no_continue_and_records_nothing() -> None:
    ctx, flow = start()
    flow.go(Go("chapter", chapter=CHAPTERS[0].id))
    while isinstance(flow.top, BriefingScene):
        flow.handle("confirm")
    debrief = play_to_debrief(flow, success=False)
    assert not any(item.startswith("Continue") for item in debrief.menu.items)
    assert ctx.progress.finished_chapters() == set()


def test_story_chapters_lead_on_and_the_last_chapter_ends_in_credits() -> None:
    _, flow = start()
    story = next(c for c in CHAPTERS if not c.mission)
    flow.go(Go("chapter", chapter=story.id))
    for _ in story.cards:
        flow.handle("confirm")
    following = CHAPTERS[CHAPTERS.index(story) + 1]
    assert isinstance(flow.top, BriefingScene) and flow.top.chapter is following
    flow.go(Go("next", run=Run("", chapter=CHAPTERS[-1].id)))
    assert isinstance(flow.top, CreditsScene)
    flow.handle("confirm")
    assert isinstance(flow.top, TitleScene)


def test_continue_appears_with_progress_and_leads_where_the_store_says() -> None:
    _, fresh = start()
    assert not any(i.startswith("Continue") for i in fresh.top.menu.items)  # type: ignore
    progress = MemoryProgress()
    progress.record_win("sandbox", "crew", "B", 60.0, CHAPTERS[0].id, CHAPTERS[1].id)
    _, flow = start(progress)
    assert flow.top.menu.items[0] == f"Continue: {CHAPTERS[1].title}"  # type: ignore
    flow.handle("confirm")
    assert isinstance(flow.top, BriefingScene | SideScene)
    assert flow.top.chapter is CHAPTERS[1]


def test_progress_is_saved_on_a_win_and_continue_survives_a_restart(tmp_path,
                                                                  monkeypatch) -> None:
    from game.progress import load_progress
    from game.scenes.saved_progress import SavedProgress

    monkeypatch.setenv("HEAT_DATA_DIR", str(tmp_path))
    store, notice = SavedProgress.load()
    assert notice == "" and store.resume_chapter() == ""
    flow = Flow(GameContext(progress=store), Go("chapter", chapter=CHAPTERS[0].id))
    while isinstance(flow.top, BriefingScene):
        flow.handle("confirm")
    debrief = play_to_debrief(flow, success=True)
    assert debrief.notice == ""
    saved, _ = load_progress()
    assert saved.has_finished(CHAPTERS[0].id) and saved.resume_chapter == CHAPTERS[1].id
    assert saved.best("sandbox", "crew") is not None
    again, _ = SavedProgress.load()  # the next run of the game
    title = Flow(GameContext(progress=again)).top
    assert title.menu.items[0] == f"Continue: {CHAPTERS[1].title}"  # type: ignore


def test_a_lost_run_saves_nothing(tmp_path, monkeypatch) -> None:
    from game.scenes.saved_progress import SavedProgress

    monkeypatch.setenv("HEAT_DATA_DIR", str(tmp_path))
    store, _ = SavedProgress.load()
    flow = Flow(GameContext(progress=store), Go("mission", run=RANGE))
    play_to_debrief(flow, success=False)
    assert not (tmp_path / "progress.json").exists()


def two_sided_range(tmp_path: Path) -> Path:
    """The range with a second player Spawn for the LAPD, so it can be played from both sides."""
    shutil.copytree(ROOT / "assets" / "tiles", tmp_path / "assets" / "tiles")
    (tmp_path / "maps").mkdir()
    target = tmp_path / "maps" / "range.tmx"
    text = (ROOT / "maps" / "sandbox.tmx").read_text(encoding="utf-8")
    lapd = ('<object id="900" name="cop" type="Spawn" x="120" y="400"><properties>'
            '<property name="side" propertytype="Side" value="lapd"/>'
            '<property name="role" propertytype="Role" value="hanna"/></properties>'
            '<point/></object>\n  <object id="1" ')
    text = text.replace('<properties>\n', '<properties>\n  <property name="sides" '
                        'value="crew,lapd"/>\n', 1)
    target.write_text(text.replace('<object id="1" ', lapd, 1), encoding="utf-8")
    return target


def test_a_chapter_with_two_sides_asks_which_and_the_run_carries_it(monkeypatch,
                                                                     tmp_path: Path) -> None:
    from game.level import missions

    spec = missions.MissionSpec("sandbox", str(two_sided_range(tmp_path)))
    monkeypatch.setattr("game.level.missions.CATALOGUE", (spec,))
    assert missions.mission_sides("sandbox") == ("crew", "lapd")  # read from the map copy
    _, flow = start()
    flow.go(Go("chapter", chapter=CHAPTERS[0].id))
    assert isinstance(flow.top, SideScene)
    assert flow.top.menu.items == ["The crew (McCauley)", "The police (Hanna)"]
    flow.handle("down")
    flow.handle("confirm")
    assert isinstance(flow.top, BriefingScene) and flow.top.run.side == "lapd"
    while isinstance(flow.top, BriefingScene):
        flow.handle("confirm")
    assert isinstance(flow.top, MissionScene), getattr(flow.top, "notice", "")
    assert flow.top.session.side == "lapd" and flow.top.run.chapter == CHAPTERS[0].id
    flow.handle("pause")
    choose(flow, "Restart")
    assert isinstance(flow.top, MissionScene) and flow.top.session.side == "lapd"


def test_scenes_never_import_each_other_and_every_route_has_a_name() -> None:
    from pathlib import Path

    folder = Path(__file__).parents[1] / "game" / "scenes"
    scene_modules = {"title", "briefing", "credits", "debrief", "mission", "pause",
                     "settings_menu"}
    for module in scene_modules:
        source = (folder / f"{module}.py").read_text(encoding="utf-8")
        for other in scene_modules - {module}:
            assert f"game.scenes.{other}" not in source, f"{module} imports {other}"
    assert {"title", "start", "continue", "chapter", "mission", "pause", "debrief", "next",
            "settings", "restart"} <= set(ROUTES)
    with pytest.raises(ValueError, match="no transition named"):
        start()[1].go(Go("nowhere"))


def test_after_lax_a_crew_win_leads_to_the_marked_other_ending() -> None:
    from game.scenes.base import Outcome

    won = Outcome(True, "LAX", "done", "JOB DONE", "B", ())
    _, flow = start()
    flow.go(Go("next", run=Run("lax", "crew", 0, "lax"), outcome=won))
    assert isinstance(flow.top, BriefingScene) and flow.top.chapter.alternative
    flow.go(Go("next", run=Run("lax", "lapd", 0, "lax"), outcome=won))
    assert isinstance(flow.top, BriefingScene) and not flow.top.chapter.alternative
