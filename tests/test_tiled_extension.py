"""The Tiled extension runs inside the real Tiled and lists the checker's problems.

Starts the real Tiled (1.8.2 in CI) under Xvfb with the HEAT project and a broken copy of
maps/sandbox.tmx, the way a designer's Tiled reopens its last session, and waits for
maps/extensions/heat-check-map.js to report through HEAT_TILED_REPORT what it put in Tiled's
Issues panel: once when the map opens, once more after Ctrl+S (sent with
xdotool). Tiled 1.8 has no way to run a script from the command line, so this is the
proof that the extension loads, runs `heat check-map` and parses its lines in the real Tiled.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WAIT_S = 25.0
SUMMARY = "HEAT check-map sandbox.tmx: "


def require(program: str) -> str:
    """The program's path; skipped locally when missing, but a failure on CI."""
    found = shutil.which(program)
    if found is None:
        message = f"{program} is not installed (apt-get install tiled xvfb)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def copy_project(root: Path) -> Path:
    """maps/ (project, types, extension, templates, sandbox) and the tiles, as in the repo."""
    maps = root / "maps"
    maps.mkdir()
    for name in ("heat.tiled-project", "objecttypes.json", "sandbox.tmx"):
        shutil.copy(ROOT / "maps" / name, maps / name)
    for folder in ("extensions", "templates"):
        shutil.copytree(ROOT / "maps" / folder, maps / folder)
    shutil.copytree(ROOT / "assets" / "tiles", root / "assets" / "tiles")
    return maps


def break_objective(map_file: Path) -> None:
    text = map_file.read_text(encoding="utf-8")
    broken = text.replace('name="target" value="exit"', 'name="target" value="exits"')
    assert broken != text, "sandbox.tmx no longer has an objective with target 'exit'"
    map_file.write_text(broken, encoding="utf-8")


def write_settings(home: Path, maps: Path) -> None:
    """Tiled's own settings as after a designer opened the project and trusted its
    extensions once: it reopens the session (project + sandbox.tmx) and loads the extension."""
    project = maps / "heat.tiled-project"
    session = maps / "heat.tiled-session"
    session.write_text(json.dumps({"project": project.name, "openFiles": ["sandbox.tmx"],
                                   "activeFile": "sandbox.tmx"}), encoding="utf-8")
    conf = home / "mapeditor.org" / "tiled.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text(f"[Project]\nLastSession={session}\nRecentProjects={project}\n\n"
                    f"[Scripting]\nEnabledProjects={project}\n", encoding="utf-8")


def write_heat_shim(bin_dir: Path) -> None:
    """`heat` on the PATH runs this checkout's game with the test's interpreter."""
    bin_dir.mkdir()
    shim = bin_dir / "heat"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m game "$@"\n', encoding="utf-8")
    shim.chmod(0o755)


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    xvfb = require("Xvfb")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write_fd,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    return server, f":{number}"


@pytest.fixture
def display() -> Iterator[str]:
    require("tiled")
    server, name = start_xvfb()
    try:
        yield name
    finally:
        server.terminate()
        server.wait(timeout=10)


def wait_for_summary(report: Path, tiled: subprocess.Popen[bytes]) -> str:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        text = report.read_text(encoding="utf-8") if report.exists() else ""
        if SUMMARY in text or tiled.poll() is not None:
            return text
        time.sleep(0.2)
    return report.read_text(encoding="utf-8") if report.exists() else ""


@contextmanager
def running_tiled(root: Path, display: str) -> Iterator[tuple[subprocess.Popen[bytes], Path]]:
    """The real Tiled on a broken copy of the sandbox; yields it and its report file."""
    maps = copy_project(root)
    break_objective(maps / "sandbox.tmx")
    config = root / "config"
    write_settings(config, maps)
    write_heat_shim(root / "bin")
    runtime = root / "runtime"
    runtime.mkdir(mode=0o700)
    report = root / "report.txt"
    env = {**os.environ, "DISPLAY": display, "XDG_CONFIG_HOME": str(config),
           "XDG_RUNTIME_DIR": str(runtime), "HEAT_TILED_REPORT": str(report),
           "PYTHONPATH": str(ROOT), "PATH": f"{root / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    env.pop("QT_QPA_PLATFORM", None)
    with (root / "tiled.log").open("wb") as out:
        tiled = subprocess.Popen([require("tiled"), "--new-instance"], cwd=maps, env=env,
                                 stdout=out, stderr=subprocess.STDOUT)
        try:
            yield tiled, report
        finally:
            tiled.kill()
            tiled.wait(timeout=10)


def press_save(display: str) -> None:
    """Ctrl+S as a designer presses it, once Tiled's main window has the keyboard focus."""
    env = {**os.environ, "DISPLAY": display}
    xdotool = require("xdotool")
    subprocess.run([xdotool, "search", "--onlyvisible", "--classname", "tiled", "windowfocus",
                    "key", "ctrl+s"], env=env, check=True, timeout=10)


EXPECTED = ["HEAT sandbox.tmx:object 7: target 'exits' matches nothing for a reach objective "
            "— set target to the name of a Region"]


def heat_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("HEAT sandbox.tmx:")]


def test_real_tiled_lists_the_checker_lines_on_open_and_on_save(
        tmp_path: Path, display: str) -> None:
    root = tmp_path.resolve()
    with running_tiled(root, display) as (tiled, report):
        opened = wait_for_summary(report, tiled)
        log = (root / "tiled.log").read_text(encoding="utf-8", errors="replace")
        assert SUMMARY in opened, f"the extension reported nothing in {WAIT_S} s:\n{opened}\n{log}"
        assert heat_lines(opened) == EXPECTED, opened
        assert SUMMARY + "1 problem line(s) in the Issues panel" in opened
        report.unlink()
        press_save(display)
        saved = wait_for_summary(report, tiled)
    assert heat_lines(saved) == EXPECTED, f"nothing reported after Ctrl+S:\n{saved}"
