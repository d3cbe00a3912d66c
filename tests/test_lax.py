"""LAX: the map checks and opens in Tiled, the light rules it is built on (a lit actor is seen
further off than a dark one, a shadow before its owner), the landing jets' lights, and both
sides won by the bot and lost by doing nothing."""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from game.level.load_level import load_level
from game.level.missions import resolve_mission
from game.level.validate_level import playable_sides
from game.missions.lax import JET, JET_LIGHT
from game.session import MissionSession
from game.sim.ai.lighting import LightField, LightSource
from game.sim.collision_map import Solid
from game.sim.components import Heading, Name, Position
from game.sim.events import ShadowSeen
from game.sim.light_model import LightCone, light_at, light_scene
from game.sim.mission.lookup import find
from game.sim.units import metres
from game.sim.world import World
from tests.ai_worlds import TILE, ai_actor, at_tile, awareness, puppet
from tests.worlds import open_world, run

ROOT = Path(__file__).resolve().parents[1]
LAX = ROOT / "maps" / "lax.tmx"


def _jet_lights(world: World, tile: tuple[float, float], angle: float) -> int:
    reach, half, level, colour = JET_LIGHT
    return world.spawn(Name(JET), Position(*at_tile(*tile)), Heading(angle),
                       LightCone(reach, half, level, colour))


def test_a_lit_man_is_seen_from_further_than_a_dark_one() -> None:
    for lit in (False, True):
        world = open_world(60 * TILE, 16 * TILE)
        world.set_resource(LightField(ambient=0.1, night=True))
        detective = ai_actor(world, "lapd", (8, 8), 0.0)
        mccauley = puppet(world, "crew", (22, 8), 180.0)  # 14 m off, in the open
        if lit:
            _jet_lights(world, (40, 8), math.pi)  # a landing jet's lights behind him
        run(world, 30)
        aware = awareness(world, detective)
        assert aware.seen == lit and (aware.target == mccauley) == lit


def _corner(lamp: bool) -> tuple[World, int, int, list]:
    """A wall hides a man from the detective; a lamp on the man's far side throws his shadow
    past the end of the wall into the detective's view."""
    world = open_world(40 * TILE, 16 * TILE, [Solid(14 * TILE, 0, TILE, 7 * TILE, "brick")])
    lights = (LightSource(*at_tile(17, 0), metres(14), 1.0),) if lamp else ()
    world.set_resource(LightField(0.1, lights, night=True))
    detective = ai_actor(world, "lapd", (8, 8), 0.0)
    mccauley = puppet(world, "crew", (17, 4), 90.0)
    return world, detective, mccauley, run(world, 30)


def test_a_shadow_gives_a_man_away_before_he_is_seen() -> None:
    world, detective, mccauley, events = _corner(lamp=True)
    aware = awareness(world, detective)
    shadows = [e for e in events if isinstance(e, ShadowSeen)]
    assert not aware.seen  # the man himself is still behind the wall
    assert shadows and shadows[0].owner == mccauley and shadows[0].actor == detective
    assert aware.state == "searching"
    where = world.get(mccauley, Position)
    assert math.hypot(aware.last_x - where.x, aware.last_y - where.y) < 1.0


def test_no_light_no_shadow() -> None:
    world, detective, _, events = _corner(lamp=False)
    assert not [e for e in events if isinstance(e, ShadowSeen)]
    assert awareness(world, detective).state == "unaware"


def test_the_map_is_registered_and_plays_both_sides_at_night() -> None:
    mission_id, path = resolve_mission("lax")
    assert mission_id == "lax" and path == LAX
    level = load_level(LAX)
    assert playable_sides(level) == ["crew", "lapd"]
    assert level.properties["night"] is True and level.properties["ambient_light"] < 0.2
    assert len(level.objects_of("Light")) >= 30


def test_the_landing_jets_sweep_the_tarmac_on_a_schedule() -> None:
    session = MissionSession.start("lax", "crew", 3)
    world = session.world
    session.step()  # the first phase's on_enter sets the lights up
    jet = find(world, JET)
    assert jet and not world.get(jet, LightCone).on  # dark until the first landing
    levels = []
    for _ in range(60 * 14):
        session.step()
        world.take_outbox()
        levels.append(light_at(light_scene(world), *at_tile(60, 18)))  # the grass by the taxiway
    assert max(levels) > 0.6 > min(levels)  # the glare comes and goes over the apron
    assert not world.get(jet, LightCone).on  # gone down the runway, dark till the next one


def _heat(*args: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "game", *args], capture_output=True, text=True,
                         timeout=300, cwd=ROOT, check=False)
    assert out.returncode in (0, 1), out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("side", "seed"), [("crew", 1011), ("lapd", 2027)])
def test_the_bot_wins_each_side(side: str, seed: int) -> None:
    report = _heat("run", "lax", "--side", side, "--bot", "--seed", str(seed), "--ticks", "21600")
    assert report["outcome"] == "success"


@pytest.mark.parametrize("side", ["crew", "lapd"])
def test_doing_nothing_fails_each_side(side: str) -> None:
    report = _heat("run", "lax", "--side", side, "--seed", "77", "--ticks", "21600")
    assert report["outcome"] == "failed"


def test_the_real_tiled_opens_and_exports_the_map(tmp_path: Path) -> None:
    tiled = shutil.which("tiled")
    if tiled is None:
        if os.environ.get("CI"):
            pytest.fail("tiled is not installed")
        pytest.skip("tiled is not installed")
    out = tmp_path / "lax.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([tiled, "--export-map", "json", str(LAX), str(out)], env=env, timeout=120,
                   check=True, capture_output=True)
    data = json.loads(out.read_text(encoding="utf-8"))
    names = {layer["name"] for layer in data["layers"]}
    assert {"ground", "walls", "lights", "mission", "spawn:unit"} <= names
    assert data["width"] == 110 and data["height"] == 56


def test_with_the_car_watched_mccauley_runs_through_the_dark_to_the_far_fence() -> None:
    session = MissionSession.start("lax", "lapd", 4)
    world = session.world
    hanna = world.get(session.mission.player, Position)
    hanna.x, hanna.y = at_tile(8, 52)  # Hanna waits by Eady's car and does nothing else
    crossed_dark = False
    for _ in range(60 * 120):
        if session.mission.outcome != "running":
            break
        session.step()
        world.take_outbox()
        where = world.get(find(world, "McCauley"), Position)
        crossed_dark |= 57 * TILE < where.x < 62 * TILE and 37 * TILE < where.y < 42 * TILE
    assert crossed_dark
    assert session.mission.outcome == "failed" and "far fence" in session.mission.reason
