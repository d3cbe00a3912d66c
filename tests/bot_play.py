"""A mission played headless by its bot (the package's own, else the objective bot) until it
ends, for tests that then read the world: the debrief, the conduct ledger."""

from __future__ import annotations

from game.bots.objective_bot import ObjectiveBot
from game.missions import bot_for
from game.session import MissionSession


def play_with_bot(mission: str, side: str, seed: int, ticks: int = 20_000) -> MissionSession:
    session = MissionSession.start(mission, side, seed)
    bot = bot_for(session.mission.package) or ObjectiveBot()
    for _ in range(ticks):
        if session.mission.outcome != "running":
            break
        bot.think(session.world)
        session.step()
        session.world.take_outbox()
    return session
