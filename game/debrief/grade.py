"""Applies the rubric (game/debrief/rubric.py) to a run's numbers: points, ceilings, letter."""

from __future__ import annotations

from dataclasses import dataclass

from game.debrief.rubric import (
    ACCURACY_PENALTIES,
    CEILINGS,
    LETTERS,
    PENALTIES,
    START_POINTS,
)

ORDER = "ABCDF"


@dataclass(frozen=True, slots=True)
class Grade:
    letter: str
    points: int
    reasons: tuple[str, ...]  # every deduction and ceiling that applied, in rubric order


def grade_run(side: str, numbers: dict[str, float], success: bool) -> Grade:
    if not success:
        return Grade("F", 0, ("the mission failed",))
    points, reasons = START_POINTS, []
    for penalty in PENALTIES.get(side, PENALTIES["crew"]):
        times = int(numbers.get(penalty.measure, 0))
        if times:
            points -= penalty.points * times
            reasons.append(f"-{penalty.points * times}  {penalty.label} x{times}")
    share = numbers.get("accuracy", -1.0)
    for below, off in ACCURACY_PENALTIES:
        if 0 <= share < below:
            points -= off
            reasons.append(f"-{off}  accuracy {share:.0%} (under {below:.0%})")
            break
    letter = next((letter for letter, least in LETTERS if points >= least), "D")
    for ceiling in CEILINGS:
        if numbers.get(ceiling.measure, 0) >= ceiling.at_least:
            if ORDER.index(ceiling.best) > ORDER.index(letter):
                letter = ceiling.best
            reasons.append(f"at best {ceiling.best}: {ceiling.why}")
    return Grade(letter, points, tuple(reasons))
