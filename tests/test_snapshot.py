"""``heat snapshot`` renders a tick of a mission headless into a PNG of the window's size."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pygame

from game.paths import maps_dir


def test_snapshot_writes_a_non_blank_frame(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    done = subprocess.run(
        [sys.executable, "-m", "game", "snapshot", str(maps_dir() / "combat-range.tmx"),
         "--tick", "30", "--seed", "2", "--out", str(out)],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    image = pygame.image.load(str(out))
    assert image.get_size() == (1280, 720)
    small = pygame.transform.scale(image, (64, 36))
    colours = {tuple(small.get_at((x, y)))[:3] for x in range(64) for y in range(36)}
    assert len(colours) > 50, "the frame is (nearly) blank"


def test_snapshot_refuses_a_non_png_output(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "game", "snapshot", "sandbox", "--tick", "5",
         "--out", str(tmp_path / "shot.jpg")], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and ".png" in done.stderr


def test_snapshot_into_an_unwritable_place_says_so_in_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    done = subprocess.run(
        [sys.executable, "-m", "game", "snapshot", "sandbox", "--tick", "2",
         "--out", str(blocker / "shot.png")], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "cannot write" in done.stderr
