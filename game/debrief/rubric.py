"""The grading rubric as data. docs/grading.md prints exactly this (game/debrief/rubric_table.py
writes the table; tests/test_debrief_rubric.py checks the two agree)."""

from __future__ import annotations

from dataclasses import dataclass

START_POINTS = 100


@dataclass(frozen=True, slots=True)
class Penalty:
    measure: str  # a key of the run's numbers (game/debrief/numbers.py)
    label: str
    points: int  # taken off per one of it


@dataclass(frozen=True, slots=True)
class Ceiling:
    """When ``measure`` reaches ``at_least``, the grade can be no better than ``best``."""

    measure: str
    at_least: float
    best: str
    why: str


PENALTIES: dict[str, tuple[Penalty, ...]] = {
    "crew": (  # the crew's code
        Penalty("civilians_hurt", "civilian hurt", 10),
        Penalty("civilians_killed", "civilian killed", 25),
        Penalty("guards_hurt", "guard hurt", 5),
        Penalty("guards_killed", "guard killed", 15),
        Penalty("surrendered_shot", "someone who had surrendered shot", 25),
        Penalty("own_losses", "one of the crew down or dead", 10),
        Penalty("walk_away_late", "stayed more than 30 s after the heat came", 10),
    ),
    "lapd": (  # the unit's rules of engagement
        Penalty("civilians_hurt", "civilian or hostage hurt", 15),
        Penalty("civilians_killed", "civilian or hostage killed", 30),
        Penalty("guards_hurt", "guard hurt", 10),
        Penalty("guards_killed", "guard killed", 25),
        Penalty("surrendered_shot", "suspect who had surrendered shot", 30),
        Penalty("own_losses", "officer down or dead", 10),
    ),
}

WALK_AWAY_S = 30.0
"""The crew's code: walk away within this many seconds of feeling the heat."""

MIN_SHOTS = 10
"""Accuracy counts only from this many shots: three lucky rounds are not marksmanship."""

ACCURACY_PENALTIES: tuple[tuple[float, int], ...] = ((0.20, 15), (0.35, 5))
"""(below this share of shots hitting hostiles, points off): the first that applies."""

CEILINGS: tuple[Ceiling, ...] = (
    Ceiling("civilians_killed", 1, "D", "a civilian killed"),
    Ceiling("surrendered_shot", 1, "D", "someone who had surrendered shot"),
    Ceiling("guards_killed", 2, "C", "two or more guards killed"),
    Ceiling("civilians_hurt", 1, "B", "a civilian hurt"),
    Ceiling("guards_killed", 1, "B", "a guard killed"),
    Ceiling("poor_accuracy", 1, "B", "accuracy under 25% (from 10 shots)"),
)

POOR_ACCURACY = 0.25

LETTERS: tuple[tuple[str, int], ...] = (("A", 90), ("B", 75), ("C", 60), ("D", 0))
"""(letter, least points): the first the score reaches. A failed mission is F."""
