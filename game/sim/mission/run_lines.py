"""Evaluating condition lines and running action lines through the registry."""

from __future__ import annotations

from collections.abc import Iterable

from game.sim.mission.lines import Line
from game.sim.mission.registry import ACTIONS, CONDITIONS
from game.sim.mission.vocabulary import Ctx


def condition_holds(ctx: Ctx, line: Line) -> bool:
    module = CONDITIONS.get(line.verb)
    return module is not None and bool(module.holds(ctx, line))


def all_hold(ctx: Ctx, lines: Iterable[Line]) -> bool:
    """Every line holds. Each line is evaluated (no short cut), so transition conditions
    such as `enters` keep their memory up to date."""
    result = True
    for line in lines:
        ctx.key = str(line.number)
        if not condition_holds(ctx, line):
            result = False
    return result


def run_actions(ctx: Ctx, lines: Iterable[Line]) -> None:
    for line in lines:
        module = ACTIONS.get(line.verb)
        if module is not None:
            module.run(ctx, line)
