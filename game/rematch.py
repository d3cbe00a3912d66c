"""The rematch: play a chapter as the other side against your own run. The character you drove
is driven again by your recorded inputs (a ghost, game/sim/ghost.py), everyone else by the AI;
when the run diverges too far for the recording, the AI takes the ghost over.

The last run per chapter and side is kept next to the progress file (runs/CHAPTER.SIDE.json,
written atomically by Replay.save). The menu (the flow engineer's) calls:

- ``save_last_run(replay, chapter_id)`` after a finished mission with a recording;
- ``rematch_side(chapter_id, sides)`` -> the side to play against a stored run, or "";
- ``start_rematch(chapter_mission, replay)`` -> (MissionSession, Ghost); each tick before
  ``session.step()`` call ``drive_ghost(session.world, ghost)``.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from game.bots.objective_bot import ObjectiveBot
from game.level.missions import resolve_mission
from game.level.validate_level import standing_point
from game.replay import Replay, ReplayError, load_replay
from game.session import MissionSession
from game.sim.components import Brain, Faction, Intent, Position
from game.sim.ghost import Ghost, drive_ghost, possess
from game.sim.state_hash import state_hash

OTHER = {"crew": "lapd", "lapd": "crew"}
EXTRA_TICKS = 60 * 60  # a rematch may run a minute longer than the run it answers


def runs_folder(folder: Path | None = None) -> Path:
    if folder is not None:
        return folder
    from game.progress import progress_path

    return progress_path().parent / "runs"


def last_run_path(chapter_id: str, side: str, folder: Path | None = None) -> Path:
    return runs_folder(folder) / f"{chapter_id}.{side}.json"


def save_last_run(replay: Replay, chapter_id: str, folder: Path | None = None) -> str:
    """Keep ``replay`` as the chapter's last run for its side; "" or a one-line problem."""
    path = last_run_path(chapter_id, replay.side, folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replay.save(path)
    except OSError as trouble:
        return f"{path.parent}: cannot keep the run for a rematch ({trouble.strerror})"
    except ReplayError as trouble:
        return str(trouble)
    return ""


def load_last_run(chapter_id: str, side: str, folder: Path | None = None
                  ) -> tuple[Replay | None, str]:
    """(the stored run, "") or (None, "" when there is none, or a one-line problem)."""
    path = last_run_path(chapter_id, side, folder)
    if not path.is_file():
        return None, ""
    try:
        return load_replay(path), ""
    except ReplayError as trouble:
        return None, str(trouble)


def rematch_side(chapter_id: str, sides: tuple[str, ...], folder: Path | None = None) -> str:
    """The side to play in a rematch of the chapter: the other one of a side with a stored
    run ("" when the chapter has one side or no run is stored)."""
    for side in sides:
        other = OTHER.get(side, "")
        if other in sides and last_run_path(chapter_id, side, folder).is_file():
            return other
    return ""


def start_rematch(mission: str, replay: Replay, seed: int | None = None
                  ) -> tuple[MissionSession, Ghost]:
    """The mission as the other side of ``replay``, its driver already possessed."""
    side = OTHER.get(replay.side, "")
    if not side:
        raise ReplayError(f"the run is of side '{replay.side}', which has no other side")
    session = MissionSession.start(mission, side, replay.seed if seed is None else seed)
    entity = _recorded_character(session, replay.side)
    positions = {int(t): (float(x), float(y)) for t, x, y in replay.positions}
    ghost = Ghost(entity, replay.changes, positions, list(replay.orders), replay.ticks)
    possess(session.world, ghost)
    return session, ghost


def _recorded_character(session: MissionSession, side: str) -> int:
    """The character the recorded player drove: the AI leader standing on that side's Spawn."""
    spawn = next((o for o in session.level.objects_of("Spawn") if o.properties["side"] == side),
                 None)
    if spawn is None:
        raise ReplayError(f"{session.map_path}: no Spawn for side '{side}' — the run cannot "
                          "be replayed as a ghost on this map")
    sx, sy = standing_point(spawn)
    world = session.world
    found = [(math.hypot(p.x - sx, p.y - sy), eid) for eid, f, p, _ in
             world.query(Faction, Position, Brain) if f.side == side]
    if not found:
        raise ReplayError(f"{session.map_path}: nobody of side '{side}' to drive as a ghost")
    return min(found)[1]


def run_rematch_headless(name: str, ghost_path: Path, side: str, ticks: int | None,
                         bot: bool) -> dict[str, Any]:
    """``heat run MISSION --side S --ghost REPLAY.json [--bot]``: the report as JSON data."""
    replay = load_replay(ghost_path)
    mission_id, _ = resolve_mission(name)
    if mission_id != replay.mission:
        raise ReplayError(f"{ghost_path}: this run is of mission '{replay.mission}', not "
                          f"'{mission_id}' — name that mission to play against it")
    if OTHER.get(replay.side) != side:
        raise ReplayError(f"{ghost_path}: this run was played as {replay.side}; a rematch "
                          f"against it is played as {OTHER.get(replay.side, 'the other side')}"
                          " — give that --side")
    session, ghost = start_rematch(name, replay)
    brain = ObjectiveBot() if bot else None
    ran = play_rematch(session, ghost, brain, ticks or replay.ticks + EXTRA_TICKS)
    return {"mission": session.mission_id, "side": side, "seed": session.seed, "ticks": ran,
            "outcome": session.mission.outcome, "hash": state_hash(session.world),
            "ghost_handed_over_tick": ghost.handed_over_tick, "ghost_why": ghost.why}


def play_rematch(session: MissionSession, ghost: Ghost, brain: ObjectiveBot | None,
                 ticks: int) -> int:
    """Step the rematch: the ghost, then the player (bot, or an idle player), then the sim."""
    world = session.world
    ran = 0
    for _ in range(ticks):
        if session.mission.outcome != "running":
            break
        drive_ghost(world, ghost)
        if brain is not None:
            brain.think(world)
        session.step()
        world.take_outbox()
        ran += 1
    return ran


def record_run(mission: str, side: str, seed: int, ticks: int) -> tuple[Replay, str]:
    """A bot's run recorded as a replay with positions (the tests' and demos' recorded run);
    returns the replay and the outcome."""
    session = MissionSession.start(mission, side, seed)
    replay = Replay(session.mission_id, side, seed)
    brain = ObjectiveBot()
    world = session.world
    player = session.mission.player
    for _ in range(ticks):
        if session.mission.outcome != "running":
            break
        brain.think(world)
        intent, pos = world.get(player, Intent), world.get(player, Position)
        if intent is not None and pos is not None:
            replay.capture(world.tick, intent, (pos.x, pos.y))
        session.step()
        world.take_outbox()
    replay.final_hash = state_hash(world)
    return replay, session.mission.outcome
