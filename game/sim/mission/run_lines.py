"""Evaluating condition lines and running action lines through the registry."""

from __future__ import annotations

from collections.abc import Iterable

from game.sim.mission.lines import Line
from game.sim.mission.registry import ACTIONS, CONDITIONS
from game.sim.mission.vocabulary import Ctx


def condition_holds(ctx: Ctx, line: Line) -> bool:
    module = CONDITIONS.get(line.verb)
    return module is not None and bool(module.holds(ctx, line))


REMEMBERING = frozenset({"enters", "leaves"})
"""Conditions that keep memory between ticks (the last count inside a region): evaluated every
tick whatever the other lines say, so their memory stays current."""

CHEAP = frozenset({"clock_at", "countdown_below", "countdown_done", "flag", "objective_done",
                   "objective_failed", "phase_entered", "phase_is", "side_is"})
"""Conditions that read one field of the mission or the clock, not the world's entities."""


def all_hold(ctx: Ctx, lines: Iterable[Line]) -> bool:
    """Every line holds. The remembering lines (`enters`, `leaves`, also under `not`) are all
    evaluated every tick, so their memory stays current; the others only read, so they are
    asked cheapest first and the first that fails ends the question (same answer, less work)."""
    result, reading, costly = True, [], []
    for line in lines:
        verb = line.args[0] if line.verb == "not" and line.args else line.verb
        if verb in REMEMBERING:
            ctx.key = str(line.number)
            if not condition_holds(ctx, line):
                result = False
        elif result:
            (reading if verb in CHEAP else costly).append(line)
    if not result:
        return False
    for line in reading + costly:
        ctx.key = str(line.number)
        if not condition_holds(ctx, line):
            return False
    return True


def run_actions(ctx: Ctx, lines: Iterable[Line]) -> None:
    for line in lines:
        module = ACTIONS.get(line.verb)
        if module is not None:
            module.run(ctx, line)
