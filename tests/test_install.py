"""A non-editable install into a fresh virtualenv finds assets/ and maps/ and runs a mission.

Nothing outside the test venv is used: the wheel is built with the test venv's own hatchling, the
fresh venv has no system site-packages, and it borrows the test venv's installed pygame-ce and
pytmx through a plain path line (a path line does not run the test venv's own `.pth` hooks, so the
editable checkout of the game stays out of sight and the wheel's copy is what gets imported).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_wheel(out: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                    "--no-build-isolation", "-w", str(out), str(ROOT)],
                   check=True, capture_output=True)
    wheels = sorted(out.glob("heat_game-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def fresh_venv_borrowing_dependencies(env_dir: Path) -> Path:
    venv.EnvBuilder(system_site_packages=False, with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    ask = "import sysconfig; print(sysconfig.get_path('purelib'))"
    site = subprocess.run([str(python), "-c", ask], check=True, capture_output=True,
                          text=True).stdout.strip()
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (Path(site) / "borrowed_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")
    return python


def test_wheel_install_runs_from_anywhere(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path / "dist")
    python = fresh_venv_borrowing_dependencies(tmp_path / "venv")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                    str(wheel)], check=True, cwd=tmp_path, capture_output=True)
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "PYTHONPATH": ""}
    where = subprocess.run([str(python), "-c", "import game, game.paths as p; "
                            "print(game.__file__); print(p.maps_dir())"],
                           check=True, cwd=tmp_path, capture_output=True, text=True, env=env)
    package_file, maps = where.stdout.split()
    assert str(tmp_path / "venv") in package_file and str(ROOT) not in package_file
    assert (Path(maps) / "sandbox.tmx").is_file()
    assert (Path(maps).parent / "assets" / "tiles" / "city.png").is_file()
    heat = tmp_path / "venv" / "bin" / "heat"
    run = subprocess.run([str(heat), "run", "sandbox", "--ticks", "60", "--seed", "4"],
                         check=True, cwd=tmp_path, capture_output=True, text=True, env=env)
    report = json.loads(run.stdout)
    assert report["mission"] == "sandbox" and report["ticks"] == 60
    assert sys.executable != str(python)
