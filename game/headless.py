"""Runs a mission with no window: bot, replay or idle player, then reports the outcome."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from game.bots.objective_bot import ObjectiveBot
from game.level.missions import resolve_mission
from game.missions import bot_for
from game.replay import Replay, ReplayError, load_replay
from game.session import MissionSession
from game.sim.components import Intent
from game.sim.state_hash import state_hash


def run_headless(name: str, ticks: int | None, seed: int = 0, side: str = "crew",
                 bot: bool = False, replay_path: Path | None = None) -> dict[str, Any]:
    replay: Replay | None = load_replay(replay_path) if replay_path else None
    if replay is not None and replay_path is not None:
        _check_same_mission(name, replay, replay_path)
        side, seed = replay.side, replay.seed
        ticks = replay.ticks if ticks is None else ticks
    session = MissionSession.start(name, side, seed)
    feed = replay.intent_at() if replay else None
    brain = (bot_for(session.mission.package) or ObjectiveBot()) if bot else None
    world = session.world
    player_intent = world.get(session.mission.player, Intent)
    ran = 0
    for _ in range(ticks or 0):
        if session.mission.outcome != "running":
            break
        if feed is not None and player_intent is not None:
            feed.apply(world.tick, player_intent)
            feed.apply_orders(world, session.mission.player)
        elif brain is not None:
            brain.think(world)
        session.step()
        world.take_outbox()  # nobody presents events headless; keep memory flat
        ran += 1
    report: dict[str, Any] = {
        "mission": session.mission_id, "side": side, "seed": seed, "ticks": ran,
        "outcome": session.mission.outcome, "hash": state_hash(world),
    }
    if session.mission.outcome != "running":
        report["reason"] = session.mission.reason
    if replay is not None and replay.final_hash:
        report["replay_matches"] = replay.final_hash == report["hash"]
    return report


def _check_same_mission(name: str, replay: Replay, replay_path: Path) -> None:
    """A replay plays back on the mission it was recorded on: the one named (an id or a map
    path) must be it."""
    mission_id, _ = resolve_mission(name)
    if mission_id != replay.mission:
        raise ReplayError(f"{replay_path}: this replay is of mission '{replay.mission}', not "
                          f"'{mission_id}' — name that mission (or its map) to play it back")
