"""The command line where output cannot go (a full disk, a closed stdout, a closed pipe) and
with bad arguments: one line on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV_FULL = Path("/dev/full")  # Linux's always-full device: every write fails with ENOSPC


def _env(unbuffered: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    return env


def _heat(args: tuple[str, ...], stdout: object, unbuffered: bool = False,
          close_stdout: bool = False) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "game", *args], cwd=ROOT, env=_env(unbuffered), stdout=stdout,
        stderr=subprocess.PIPE, text=True, timeout=120, check=False,
        preexec_fn=(lambda: os.close(1)) if close_stdout else None)


def _one_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0, result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]


COMMANDS = {
    "run": ("run", "sandbox", "--ticks", "5"),
    "list": ("list",),
    "list-json": ("list", "--json"),
    "version": ("--version",),
    "help": ("--help",),
    "check-map": ("check-map", "maps/sandbox.tmx"),
}


@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_full_disk_is_one_line(command: str, unbuffered: bool) -> None:
    with DEV_FULL.open("w") as full:
        result = _heat(COMMANDS[command], full, unbuffered)
    _one_line(result, "No space left on device")


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_closed_stdout_is_one_line(command: str) -> None:
    _one_line(_heat(COMMANDS[command], None, close_stdout=True), "standard output is closed")


@pytest.mark.parametrize("command", ["run", "list-json"])
def test_a_pipe_closed_by_its_reader_is_one_line(command: str) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will ever read: the first write fails with EPIPE
    try:
        result = _heat(COMMANDS[command], write_end)
    finally:
        os.close(write_end)
    _one_line(result, "Broken pipe")


@pytest.mark.parametrize("args", [
    ("run",), ("run", "sandbox", "--ticks", "x"), ("run", "sandbox", "--ticks", "1e9"),
    ("run", "sandbox", "--ticks", "99999999999999999999"), ("run", "sandbox", "--seed", "1e9"),
    ("run", "sandbox", "--ticks", "5", "--seed", "9" * 5000), ("play", "sandbox", "--side", "x"),
    ("frobnicate",), ("--seed",), ("list", "--yaml"), ("run", "sandbox", "--ticks"),
], ids=lambda args: " ".join(a[:12] for a in args))
def test_bad_arguments_are_one_line_and_exit_2(args: tuple[str, ...]) -> None:
    result = _heat(args, subprocess.PIPE)
    assert result.returncode == 2, result.stderr
    _one_line(result, "heat", "--help")
    assert result.stdout == ""
    assert len(result.stderr) < 300  # a 5000-digit argument is not echoed back whole


def test_a_fifo_named_as_a_map_is_one_line_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.tmx"
    os.mkfifo(fifo)
    result = _heat(("run", str(fifo), "--ticks", "5"), subprocess.PIPE)
    assert result.returncode == 1
    _one_line(result, str(fifo), "not a regular file")
