"""Evaluating condition lines and running action lines through the registry."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

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


Keyed = tuple[tuple[str, Line], ...]  # lines with the key their memory goes under


@dataclass(slots=True)
class LinePlans:
    """Each `when` block split once into its remembering lines and its reading lines (cheapest
    first), with the keys their memory goes under. Not state: a resource beside the world, by
    the identity of the block (the block is kept too, so the identity stays its own)."""

    plans: dict[int, Plan] = field(default_factory=dict)
    inner: dict[int, tuple[Line, Line]] = field(default_factory=dict)
    """A ``not`` line's condition as a line of its own, by the identity of the ``not`` line
    (kept beside it, so the identity stays its own)."""


Plan = tuple[tuple[Line, ...], str | None, Keyed, Keyed]
"""The block itself, the phase a `phase_is`/`phase_entered` line of it needs (None: none),
its remembering lines, its reading lines."""


def _kept(ctx: Ctx) -> LinePlans:
    kept = ctx.world.resources.get(LinePlans)
    if kept is None:
        kept = ctx.world.resources[LinePlans] = LinePlans()
    return kept


def inner_line(ctx: Ctx, line: Line) -> Line:
    """What a ``not`` line negates, as a line (made once per line, not every tick)."""
    inner = _kept(ctx).inner
    found = inner.get(id(line))
    if found is None or found[0] is not line:
        found = inner[id(line)] = (line, Line(line.args[0], line.args[1:], line.options,
                                              line.number, line.text))
    return found[1]


def _plan(ctx: Ctx, lines: tuple[Line, ...]) -> Plan:
    kept = _kept(ctx)
    plan = kept.plans.get(id(lines))
    if plan is None or plan[0] is not lines:
        remembering, cheap, costly = [], [], []
        for line in lines:
            verb = line.args[0] if line.verb == "not" and line.args else line.verb
            group = remembering if verb in REMEMBERING else cheap if verb in CHEAP else costly
            group.append((str(line.number), line))
        phase = next((line.args[0] for line in lines if line.verb in PHASED and line.args), None)
        plan = kept.plans[id(lines)] = (lines, phase, tuple(remembering), tuple(cheap + costly))
    return plan


PHASED = frozenset({"phase_is", "phase_entered"})
"""Conditions that cannot hold outside their phase: a block with one is false at a glance
while another phase runs (its remembering lines still evaluated)."""


def all_hold(ctx: Ctx, lines: tuple[Line, ...]) -> bool:
    """Every line holds. The remembering lines (`enters`, `leaves`, also under `not`) are all
    evaluated every tick, so their memory stays current; the others only read, so they are
    asked cheapest first and the first that fails ends the question (same answer, less work)."""
    _, phase, remembering, reading = _plan(ctx, lines)
    if phase is not None and phase != ctx.mission.phase and not remembering:
        return False
    result = True
    for key, line in remembering:
        ctx.key = key
        if not condition_holds(ctx, line):
            result = False
    if not result:
        return False
    for key, line in reading:
        ctx.key = key
        if not condition_holds(ctx, line):
            return False
    return True


def run_actions(ctx: Ctx, lines: Iterable[Line]) -> None:
    for line in lines:
        module = ACTIONS.get(line.verb)
        if module is not None:
            module.run(ctx, line)
