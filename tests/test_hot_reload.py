"""Hot reload: saving the map reloads the running level; a bad save keeps the last good one."""

from __future__ import annotations

import shutil
from pathlib import Path

from game.input.controls import Controls
from game.scenes.base import Run
from game.scenes.context import GameContext
from game.scenes.mission import WATCH_EVERY_S, MissionScene
from game.sim.components import Name, Position

ROOT = Path(__file__).resolve().parents[1]


def copy_of_sandbox(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "assets" / "tiles", tmp_path / "assets" / "tiles")
    (tmp_path / "maps").mkdir()
    target = tmp_path / "maps" / "range.tmx"
    shutil.copy(ROOT / "maps" / "sandbox.tmx", target)
    return target


def settle(scene: MissionScene, controls: Controls | None = None) -> None:
    scene.update(WATCH_EVERY_S + 0.01, controls or Controls())


def test_saving_the_map_reloads_it_and_keeps_the_player_in_place(tmp_path: Path) -> None:
    path = copy_of_sandbox(tmp_path)
    scene = MissionScene(GameContext(), Run(str(path)))
    for _ in range(3):
        settle(scene, Controls(move_x=1.0, move_y=1.0))
    player = scene.session.mission.player
    before = scene.session.world.get(player, Position)
    assert before is not None and before.x > 100
    spot = (before.x, before.y)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('value="Sandbox: the range"', 'value="Edited range"'),
                    encoding="utf-8")
    settle(scene)
    assert scene.session.mission.title == "Edited range"
    after = scene.session.world.get(scene.session.mission.player, Position)
    assert after is not None and (after.x, after.y) == spot
    assert scene.reload_errors == []


def test_a_broken_save_shows_the_problems_and_keeps_playing(tmp_path: Path) -> None:
    path = copy_of_sandbox(tmp_path)
    scene = MissionScene(GameContext(), Run(str(path)))
    settle(scene)
    world = scene.session.world
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('type="Target"', 'type="Targett"', 1), encoding="utf-8")
    settle(scene)
    assert scene.session.world is world
    assert any("range.tmx" in line and "Targett" in line for line in scene.reload_errors)
    ticks = world.tick
    settle(scene)
    assert world.tick > ticks  # the last good level keeps running
    path.write_text(text, encoding="utf-8")
    settle(scene)
    assert scene.reload_errors == [] and scene.session.world is not world


def test_editing_the_tileset_reloads_too(tmp_path: Path) -> None:
    path = copy_of_sandbox(tmp_path)
    scene = MissionScene(GameContext(), Run(str(path)))
    world = scene.session.world
    tsx = tmp_path / "assets" / "tiles" / "city.tsx"
    tsx.write_text(tsx.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    settle(scene)
    assert scene.session.world is not world


def test_a_save_reloads_while_paused(tmp_path: Path) -> None:
    from game.scenes.base import Go
    from game.scenes.flow import Flow
    from game.scenes.pause import PauseScene

    path = copy_of_sandbox(tmp_path)
    flow = Flow(GameContext(), Go("mission", run=Run(str(path))))
    scene = flow.top
    assert isinstance(scene, MissionScene)
    settle(scene)
    flow.handle("pause")
    assert isinstance(flow.top, PauseScene)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('value="Sandbox: the range"', 'value="Paused edit"'),
                    encoding="utf-8")
    flow.update(WATCH_EVERY_S + 0.01, Controls())
    assert scene.session.mission.title == "Paused edit"


def test_retry_on_a_map_saved_broken_shows_why_instead_of_closing(tmp_path: Path) -> None:
    from game.scenes.base import Go, Outcome
    from game.scenes.debrief import DebriefScene
    from game.scenes.flow import Flow

    path = copy_of_sandbox(tmp_path)
    run = Run(str(path))
    flow = Flow(GameContext(), Go("mission", run=run))
    flow.go(Go("debrief", run=run, outcome=Outcome(False, "Range", "", "KILLED", "F", ())))
    debrief = flow.top
    assert isinstance(debrief, DebriefScene)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('type="Target"', 'type="Targett"', 1), encoding="utf-8")
    flow.handle("retry")
    assert flow.top is debrief
    assert any("Targett" in line for line in debrief.problems)


def test_long_checker_lines_wrap_between_words() -> None:
    from game.render.hud import PROBLEM_WRAP, problem_rows

    line = ("maps/downtown.tmx:object 117 'backup arrives': when line 2: no countdown named "
            "'reinforcements-east' — did you mean 'reinforcements'? — usage: countdown_done NAME")
    rows = problem_rows([line])
    assert len(rows) > 1 and all(len(r) <= PROBLEM_WRAP for r in rows)
    assert " ".join(r.strip() for r in rows).split() == line.split()


def test_a_reload_keeps_the_clock_and_the_mission_where_it_was(tmp_path: Path) -> None:
    from game.session import MissionSession

    source = ROOT / "tests" / "fixtures" / "missions" / "night_deposit.tmx"
    path = tmp_path / "night.tmx"
    text = source.read_text(encoding="utf-8").replace("../../../", str(ROOT) + "/")
    path.write_text(text, encoding="utf-8")
    session = MissionSession.start(str(path), "crew", seed=2)
    for _ in range(90):
        session.step()
    session.mission.next_phase = "loud"
    session.step()
    tick, clock = session.world.tick, session.mission.countdowns["backup"].left_s
    next(t for t in session.mission.triggers if t.name == "too late").fired = 1
    path.write_text(text.replace("Casing the bank", "Casing it"), encoding="utf-8")
    session.reload()
    assert session.world.tick == tick and session.mission.phase == "loud"
    assert session.mission.countdowns["backup"].left_s == clock
    assert next(t for t in session.mission.triggers if t.name == "too late").fired == 1
    session.step()  # the trigger that brought Trejo in fires again in the rebuilt world
    assert sum(1 for _, n in session.world.query(Name) if n.name == "Trejo") == 1
