"""Mission lines are side-aware: the other side's talk is heard only within earshot, and its
radio only when the line is marked heard for the player's side (a scanner)."""

from __future__ import annotations

import pytest

from game.sim.events import RadioChatter
from game.sim.mission import MissionState
from game.sim.mission.actions import radio, say
from game.sim.mission.lines import parse_line
from game.sim.mission.vocabulary import Ctx
from game.sim.prefabs import spawn_actor
from game.sim.units import metres
from game.sim.world import World

LINES = {"street": "McCauley: On foot. East.", "call": "Dispatch: Units rolling.",
         "tower": "Tower: Jet on final."}


def _ctx(side: str, gap_m: float) -> Ctx:
    world = World.seeded(0)
    player = spawn_actor(world, "lapd" if side == "lapd" else "crew", 100.0, 100.0, 0.0)
    spawn_actor(world, "crew", 100.0 + metres(gap_m), 100.0, 0.0, name="McCauley")
    mission = MissionState("m", "M", side, player=player)
    mission.lines.update(LINES)
    return Ctx(world, mission)


def _spoken(ctx: Ctx, module, text: str) -> list[str]:
    line = parse_line(text)
    assert line is not None
    module.run(ctx, line)
    return [e.speaker for e in ctx.world.events if isinstance(e, RadioChatter)]


@pytest.mark.parametrize(("side", "gap_m", "heard"), [
    ("crew", 200.0, True), ("lapd", 200.0, False), ("lapd", 5.0, True)])
def test_say_from_the_other_side_needs_earshot(side: str, gap_m: float, heard: bool) -> None:
    assert _spoken(_ctx(side, gap_m), say, "say street") == (["McCauley"] if heard else [])


@pytest.mark.parametrize(("side", "text", "heard"), [
    ("lapd", "radio call", True), ("crew", "radio call", False),
    ("crew", "radio call heard=crew", True), ("lapd", "radio street", False),
    ("crew", "radio tower", True), ("lapd", "radio tower", True)])
def test_radio_from_the_other_side_needs_a_scanner(side: str, text: str, heard: bool) -> None:
    assert bool(_spoken(_ctx(side, 1.0), radio, text)) is heard
