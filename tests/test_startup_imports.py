"""The title comes up before the simulation is loaded: the app and the scene flow import no
sim module; warm_up (run once the title is up) loads what the mission needs."""

from __future__ import annotations

import json
import os
import subprocess
import sys

HEAVY = ("game.sim.step", "game.session", "game.rematch", "game.replay", "game.scenes.mission",
         "game.scenes.debrief", "game.level.load_level", "game.audio.music")


def loaded_after(code: str) -> set[str]:
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    probe = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                          text=True, timeout=60, check=True)
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_the_app_imports_no_simulation_before_the_title() -> None:
    loaded = loaded_after("import game.cli, game.app")
    early = sorted(name for name in HEAVY if name in loaded)
    assert not early, f"imported before the title is drawn: {early}"


def test_warm_up_loads_the_mission_screens() -> None:
    loaded = loaded_after("import game.app\nfrom game.scenes.flow import warm_up\nwarm_up()")
    assert {"game.sim.step", "game.scenes.mission", "game.rematch"} <= loaded
