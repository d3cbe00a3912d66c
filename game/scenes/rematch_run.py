"""A mission scene's session for its Run: a plain start, or a rematch with the stored run of
the other side driving its ghost (game/rematch.py); and the HUD line when the AI takes over."""

from __future__ import annotations

from pathlib import Path

from game.names import shown_name
from game.rematch import load_last_run, start_rematch
from game.replay import ReplayError
from game.scenes.base import Run
from game.session import MissionSession
from game.sim.components import Name
from game.sim.ghost import Ghost
from game.sim.world import World

TAKEN_OVER = {
    "down": "{who} of your recorded run is down: the AI takes {who} over",
    "cut off": "You have cut your recorded run off its path: the AI takes over {who}",
    "ended": "Your recorded run ends here: the AI takes over {who}",
}


def start_session(run: Run, runs: Path | None) -> tuple[MissionSession, Ghost | None]:
    """The session ``run`` asks for; a rematch raises ReplayError (one line) without its run."""
    if not run.ghost_of:
        return MissionSession.start(run.mission, run.side, run.seed), None
    replay, problem = load_last_run(run.chapter, run.ghost_of, runs)
    if replay is None:
        raise ReplayError(problem or f"no stored {run.ghost_of} run of chapter "
                          f"'{run.chapter}' to play against — finish it as {run.ghost_of} first")
    return start_rematch(run.mission, replay, run.seed)


def taken_over_line(world: World, ghost: Ghost) -> str:
    """What the HUD says when the AI takes the ghost over ("" while the recording drives)."""
    if ghost.active:
        return ""
    name = world.get(ghost.entity, Name)
    who = shown_name(name.name) if name is not None and name.name else "your character"
    return TAKEN_OVER.get(ghost.why, TAKEN_OVER["ended"]).format(who=who)
