"""Panic styles other than fleeing: duck (run to the nearest cover on the far side from the
shooter, crouch there until it has been quiet a while) and freeze (stand still, hands up:
rounds hit a frozen civilian, and a shooter with one in the line holds fire).

A freeze-style civilian freezes where it is when it finds itself caught in a live line of fire
(game/sim/ai/panic_line.py), on its way to cover or crouched behind it; out of the line it ducks
like the others. It stays frozen while it is still in the line, and until some seconds after the
line went quiet (at most FREEZE_CAP_S).
Either ends in plain fleeing. A civilian without a ``Panic`` component is left to ``flee``.
"""

from __future__ import annotations

import math

from game.sim.ai.cover_choice import HERE_PX, choose_cover, cover_spot, covered
from game.sim.ai.moves import RUN, go_to, halt, look_ahead, look_at
from game.sim.ai.panic_line import caught_in_line
from game.sim.ai.panic_state import Panic
from game.sim.components import Awareness, Brain, Position
from game.sim.units import metres
from game.sim.world import World

QUIET_S = 6.0  # a ducking civilian stays down until no shot has been heard close for this long
FARTHER_PX = metres(6)  # cover a little further from the shooter than here is preferred
REACH_S = 6.0  # a civilian that has not reached its cover by then gives up and flees
THAW_S = 2.5  # a frozen civilian comes to this long after the line of fire it stood in went quiet
FREEZE_CAP_S = 20.0  # and runs after this long frozen, however the shooting goes on


def panic(world: World, eid: int, brain: Brain, aware: Awareness) -> bool:
    """Duck or freeze while shooting is near (and finish a duck or freeze already begun once
    the alertness fades); False when the civilian is not panicking this way."""
    state = world.get(eid, Panic)
    if state is None or state.done:
        return False
    if aware.state not in ("searching", "combat") and brain.mode not in ("duck", "freeze"):
        return False
    threat = (aware.last_x, aware.last_y)
    if state.style == "freeze" and (brain.mode == "freeze" or caught_in_line(world, eid)):
        return _freeze(world, eid, brain, state, threat)
    return _duck(world, eid, brain, state, threat)


def _freeze(world: World, eid: int, brain: Brain, state: Panic,
            threat: tuple[float, float]) -> bool:
    now = world.time_s
    if brain.mode != "freeze":
        brain.mode, brain.cover, state.posture = "freeze", -1, "hands_up"
        state.until_s, state.frozen_s = now + state.freeze_s, now
    elif now - state.frozen_s < FREEZE_CAP_S and caught_in_line(world, eid):
        state.until_s = max(state.until_s, now + THAW_S)  # still in the line: still frozen
    if now >= state.until_s:
        return _give_up(brain, state)
    halt(world, eid)
    look_at(world, eid, *threat)
    return True


def _duck(world: World, eid: int, brain: Brain, state: Panic,
          threat: tuple[float, float]) -> bool:
    pos = world.get(eid, Position)
    if pos is None:
        return _give_up(brain, state)
    moved_round = state.posture == "crouch" and not covered(world, brain.cover, None, threat)
    fresh = brain.mode != "duck" or moved_round  # first time, or the shooter came round
    if fresh and not _run_for_cover(world, eid, brain, state, (pos.x, pos.y), threat):
        return _give_up(brain, state)
    spot = cover_spot(world, brain.cover)
    if math.hypot(spot[0] - pos.x, spot[1] - pos.y) > 2 * HERE_PX:
        if world.time_s > brain.until_s:
            return _give_up(brain, state)
        go_to(world, eid, *spot, RUN)
        look_ahead(world, eid)
        return True
    if state.posture != "crouch":
        state.posture = "crouch"
        state.loud_s = max(state.loud_s, world.time_s)
    if world.time_s - state.loud_s > QUIET_S:
        return _give_up(brain, state)
    halt(world, eid)
    look_at(world, eid, *threat)
    return True


def _run_for_cover(world: World, eid: int, brain: Brain, state: Panic,
                   pos: tuple[float, float], threat: tuple[float, float]) -> bool:
    """Pick the nearest cover that shields from the threat, preferring the far side."""
    away = math.hypot(pos[0] - threat[0], pos[1] - threat[1]) + FARTHER_PX
    index = choose_cover(world, eid, pos, threat, away, "stay")
    if index < 0:
        return False
    brain.mode, brain.cover, brain.until_s = "duck", index, world.time_s + REACH_S
    state.posture = ""
    return True


def _give_up(brain: Brain, state: Panic) -> bool:
    """The duck or freeze is over: stand up and flee like everyone else."""
    state.done, state.posture = True, ""
    brain.cover = -1
    brain.mode = "panicked"  # not "flee": flee() then picks a fresh spot at once
    return False
