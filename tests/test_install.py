"""A non-editable install into a fresh virtualenv finds assets/ and maps/ and runs a mission."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_install_runs_from_anywhere(tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    # System site-packages provide pygame-ce/pytmx/hatchling, so no download is needed here.
    venv.EnvBuilder(system_site_packages=True, with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
         str(ROOT)], check=True, cwd=tmp_path, capture_output=True)
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "PYTHONPATH": ""}
    where = subprocess.run([str(python), "-c", "import game, game.paths as p; "
                            "print(game.__file__); print(p.maps_dir())"],
                           check=True, cwd=tmp_path, capture_output=True, text=True, env=env)
    package_file, maps = where.stdout.split()
    assert str(env_dir) in package_file and str(ROOT) not in package_file
    assert (Path(maps) / "sandbox.tmx").is_file()
    assert (Path(maps).parent / "assets" / "tiles" / "city.png").is_file()
    heat = env_dir / "bin" / "heat"
    run = subprocess.run([str(heat), "run", "sandbox", "--ticks", "60", "--seed", "4"],
                         check=True, cwd=tmp_path, capture_output=True, text=True, env=env)
    report = json.loads(run.stdout)
    assert report["mission"] == "sandbox" and report["ticks"] == 60
    assert sys.executable != str(python)
