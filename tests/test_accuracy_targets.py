"""Accuracy counts the hits the player's objectives ask for: the range's targets (a side hostile
to nobody) and a man a kill objective names though he is of no hostile side (Waingro, at LAX)."""

from __future__ import annotations

from game.session import MissionSession
from game.sim.conduct import Conduct
from game.sim.events import ActorDamaged
from game.sim.mission.lookup import find
from game.sim.systems.record_conduct import record_conduct
from tests.bot_play import play_with_bot


def played(mission: str, side: str, seed: int) -> Conduct:
    session = play_with_bot(mission, side, seed)
    assert session.mission.outcome == "success"
    return session.world.resource(Conduct)


def test_hits_on_the_range_targets_count_for_accuracy() -> None:
    conduct = played("sandbox", "crew", 1)
    assert conduct.hits > 0 and conduct.hostile_hits == conduct.hits


def test_hits_on_waingro_count_for_mccauley_but_not_for_hanna() -> None:
    for side, counted in (("crew", 1), ("lapd", 0)):
        session = MissionSession.start("lax", side, 0)
        world = session.world
        waingro = find(world, "Waingro")
        world.events.append(ActorDamaged(world.tick, waingro, session.mission.player, 10.0,
                                         0.0, 0.0))
        record_conduct(world, 0.0)
        conduct = world.resource(Conduct)
        assert (conduct.hits, conduct.hostile_hits) == (1, counted), side
