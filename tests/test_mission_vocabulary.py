"""The mission vocabulary: the line grammar, triggers and phases running in a world, the
checker's lines for bad map data, the generated reference page and the state hash."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.sim.components import Position, Region
from game.sim.events import ZoneSealed
from game.sim.mission import MissionState, ObjectiveState, PhaseDef, TriggerState
from game.sim.mission.lines import LineError, parse_line
from game.sim.mission.reference import render_reference
from game.sim.mission.registry import ACTIONS, CONDITIONS
from game.sim.mission.vocabulary import Names, check_args
from game.sim.prefabs import spawn_actor
from game.sim.state_hash import state_hash
from game.sim.step import step
from game.sim.units import TICK_HZ
from tests.worlds import open_world

ROOT = Path(__file__).resolve().parents[1]


def lines(text: str) -> tuple:
    return tuple(x for i, raw in enumerate(text.splitlines(), 1)
                 if (x := parse_line(raw, i)) is not None)


def test_a_line_splits_into_verb_args_and_options() -> None:
    line = parse_line('countdown police 180 label="POLICE CLOCK"', 3)
    assert line is not None and line.verb == "countdown" and line.args == ("police", "180")
    assert line.option("label") == "POLICE CLOCK" and line.number == 3
    assert parse_line("   # a comment") is None and parse_line("") is None
    with pytest.raises(LineError):
        parse_line('subtitle "never closed')


def test_every_verb_is_documented_with_its_tiled_usage() -> None:
    for verbs in (CONDITIONS, ACTIONS):
        for name, module in verbs.items():
            assert module.VERB.name == name
            assert module.__doc__ and "Tiled:" in module.__doc__, name


def test_the_reference_page_is_not_stale() -> None:
    page = (ROOT / "docs" / "mission-reference.md").read_text(encoding="utf-8")
    assert page == render_reference(), "run: python tools/gen_mission_reference.py"


def test_wrong_arguments_and_unknown_names_say_what_to_write() -> None:
    names = Names()
    names.add("region", "switch-car")
    names.add("who", "crew")
    enters = CONDITIONS["enters"].VERB
    assert check_args(enters, parse_line("enters crew switch-car"), names) == []
    wrong = check_args(enters, parse_line("enters crew"), names)
    assert wrong and "takes 2 arguments, got 1" in wrong[0]
    assert enters.usage() == "enters WHO REGION [count=INT]"
    typo = check_args(enters, parse_line("enters crew switch-cra"), names)
    assert "did you mean 'switch-car'" in typo[0]
    bad_number = check_args(ACTIONS["countdown"].VERB, parse_line("countdown x soon"), names)
    assert "not a number" in bad_number[0]


def _world() -> tuple:
    world = open_world(640, 640)
    mission = world.resource(MissionState)
    mission.player = spawn_actor(world, "mccauley", 100, 100)
    world.spawn(Region("zone", 0, 0, 300, 300))
    return world, mission


def test_a_countdown_trigger_and_phase_play_out_in_order() -> None:
    world, mission = _world()
    mission.objectives = [ObjectiveState("wait", "Wait", 1, "scripted", "")]
    mission.phases = [PhaseDef("start", True, lines("countdown police 2 label=POLICE")),
                      PhaseDef("sealed", False, lines("seal_zone zone"))]
    mission.next_phase = "start"
    mission.triggers = [
        TriggerState(1, "clock", lines("countdown_done police"), lines("set_phase sealed")),
        TriggerState(2, "caught", lines("phase_entered sealed\ninside player zone"),
                     lines('fail_mission "Sealed in."'), delay_s=0.5),
    ]
    seen = []
    for _ in range(4 * TICK_HZ):
        step(world)
        seen += [e for e in world.events if isinstance(e, ZoneSealed)]
        if mission.outcome != "running":
            break
    assert mission.phase == "sealed" and seen
    assert mission.outcome == "failed" and mission.reason == "Sealed in."
    assert mission.countdown_label == "" or mission.countdowns["police"].done


def test_enters_fires_on_the_transition_only() -> None:
    world, mission = _world()
    mission.objectives = [ObjectiveState("wait", "Wait", 1, "scripted", "")]
    world.get(mission.player, Position).x = 500
    mission.triggers = [TriggerState(1, "in", lines("enters player zone"),
                                     lines("set_flag inside"), once=False)]
    step(world)
    assert not mission.flags
    world.get(mission.player, Position).x = 100
    step(world)
    assert mission.flags == {"inside": True}
    mission.flags.clear()
    step(world)
    assert not mission.flags  # still inside: no new transition


def test_mission_trigger_and_phase_state_change_the_hash() -> None:
    a, ma = _world()
    b, mb = _world()
    assert state_hash(a) == state_hash(b)
    mb.phase = "getaway"
    assert state_hash(a) != state_hash(b)
    mb.phase = ""
    mb.triggers = [TriggerState(1, "t", (), (), fired=1)]
    ma.triggers = [TriggerState(1, "t", (), ())]
    assert state_hash(a) != state_hash(b)
    mb.triggers[0].fired = 0
    mb.hook_state["temper"] = 0.5
    assert state_hash(a) != state_hash(b)


def test_the_project_offers_check_and_play_commands_in_tiled() -> None:
    import json

    project = json.loads((ROOT / "maps" / "heat.tiled-project").read_text(encoding="utf-8"))
    commands = {c["name"]: c for c in project["commands"]}
    assert commands["Check map"]["arguments"] == "check-map %mapfile"
    assert commands["Play this map"]["arguments"] == "play %mapfile"
    assert all(c["command"] == "heat" and c["saveBeforeExecute"] for c in commands.values())
