"""``python -m game`` in fresh interpreters: reports, errors, exit codes, and no video needed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import game

ROOT = Path(__file__).resolve().parent.parent


def _env(**overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYGAME_HIDE_SUPPORT_PROMPT"}
    env.update({"SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}, **overrides)
    return env


def heat(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "game", *args], cwd=ROOT, env=_env(**env),
        capture_output=True, text=True, timeout=120, check=False,
    )


def _report(result: subprocess.CompletedProcess[str]) -> dict[str, object]:
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    report = json.loads(lines[0])
    assert isinstance(report, dict)
    return report


def test_run_prints_one_json_report() -> None:
    report = _report(heat("run", "sandbox", "--ticks", "600", "--seed", "1"))
    assert set(report) == {"mission", "side", "seed", "ticks", "outcome", "hash"}
    assert report["mission"] == "sandbox" and report["side"] == "crew"
    assert report["seed"] == 1 and report["ticks"] == 600
    assert report["outcome"] == "running"
    assert isinstance(report["hash"], str) and len(report["hash"]) == 16


@pytest.mark.parametrize("bot", [(), ("--bot",)], ids=["idle", "bot"])
def test_two_processes_print_the_same_hash(bot: tuple[str, ...]) -> None:
    args = ("run", "sandbox", "--ticks", "600", "--seed", "1", *bot)
    first, second = _report(heat(*args)), _report(heat(*args))
    assert first["hash"] == second["hash"]
    assert first == second


def test_version() -> None:
    result = heat("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"heat {game.__version__}"


def test_unknown_mission_is_one_line_and_exit_1() -> None:
    result = heat("run", "no-such-mission", "--ticks", "5")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "no-such-mission" in lines[0] and "sandbox" in lines[0]
    assert result.stdout == ""


def test_a_side_without_a_spawn_names_the_map_and_spawn() -> None:
    result = heat("run", "sandbox", "--side", "lapd", "--ticks", "5")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "sandbox.tmx" in lines[0] and "Spawn" in lines[0] and "lapd" in lines[0]


@pytest.mark.parametrize("ticks", ["abc", "0", "-3", "1.5"])
def test_bad_ticks_is_a_usage_error(ticks: str) -> None:
    result = heat("run", "sandbox", "--ticks", ticks)
    assert result.returncode == 2
    assert "--ticks" in result.stderr
    assert result.stdout == ""


def test_run_without_ticks_or_replay_is_a_usage_error() -> None:
    result = heat("run", "sandbox")
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1 and "--ticks" in result.stderr


def test_missing_replay_is_one_line_and_exit_1(tmp_path: Path) -> None:
    missing = tmp_path / "gone.replay.json"
    result = heat("run", "sandbox", "--replay", str(missing))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and str(missing) in lines[0]


def test_headless_run_needs_no_video_driver() -> None:
    report = _report(heat("run", "sandbox", "--ticks", "300", "--bot",
                          SDL_VIDEODRIVER="nonexistent", SDL_AUDIODRIVER="nonexistent"))
    assert report["ticks"] == 300


IMPORT_CONTRACT = textwrap.dedent("""
    import json, sys

    import game.sim.world, game.sim.step, game.level.load_level, game.level.build_world
    import game.headless
    from game.headless import run_headless

    report = run_headless("sandbox", 600, seed=2, bot=True)


    def pygame_state(part):
        module = getattr(sys.modules["pygame"], part)
        return module.get_init() if part == "display" else module.get_init() is not None

    forbidden = ("game.render", "game.scenes", "game.audio", "game.input", "game.app")
    prefixes = tuple(f + "." for f in forbidden)
    print(json.dumps({
        "report": report,
        # pytmx imports pygame as a library; the test never imports it itself, it only looks.
        "display_init": bool(sys.modules.get("pygame") and pygame_state("display")),
        "mixer_init": bool(sys.modules.get("pygame") and pygame_state("mixer")),
        "presentation_modules": sorted(
            m for m in sys.modules if m in forbidden or m.startswith(prefixes)
        ),
    }))
""")


def test_sim_and_levels_never_touch_the_display() -> None:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_CONTRACT], cwd=ROOT,
        env=_env(SDL_VIDEODRIVER="nonexistent", SDL_AUDIODRIVER="nonexistent"),
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.splitlines()[-1])
    assert found["report"]["ticks"] == 600
    assert found["display_init"] is False
    assert found["mixer_init"] is False
    assert found["presentation_modules"] == []
