"""The per-pass index of fighting AIs finds exactly the mates the walk over every AI finds, in
the same order, and a fight played with it ends on the same state as one played without."""

from __future__ import annotations

import pytest

from game.bench.combat import combat_world
from game.sim.ai.fight_index import FightIndex, fight_index
from game.sim.ai.squad import MATES_PX, combat_mates
from game.sim.components import Awareness, Brain, Position
from game.sim.state_hash import state_hash
from game.sim.step import step


def test_index_and_walk_give_the_same_mates() -> None:
    world = combat_world(40)
    compared = 0
    for _ in range(30):
        step(world)
        index = fight_index(world, MATES_PX)
        for eid, _, _ in world.query(Brain, Awareness):
            pos = world.get(eid, Position)
            assert pos is not None
            index.open = True
            indexed = combat_mates(world, eid, pos.x, pos.y)
            index.open = False
            walked = combat_mates(world, eid, pos.x, pos.y)
            assert indexed == walked
            compared += len(walked)
    assert compared > 0  # the lot is fighting: mates were found, not only empty lists


def test_a_fight_ends_the_same_with_and_without_the_index(
        monkeypatch: pytest.MonkeyPatch) -> None:
    indexed = combat_world(30)
    for _ in range(60):
        step(indexed)
    monkeypatch.setattr(FightIndex, "candidates", lambda self, *args: None)
    walked = combat_world(30)
    for _ in range(60):
        step(walked)
    assert state_hash(indexed) == state_hash(walked)
