"""The run's numbers the rubric reads, for the player's side, from the conduct ledger."""

from __future__ import annotations

from game.debrief.rubric import MIN_SHOTS, POOR_ACCURACY, WALK_AWAY_S
from game.sim.conduct import HARM_KINDS, Conduct

OTHER_SIDE = {"crew": "lapd", "lapd": "crew"}


def accuracy(conduct: Conduct) -> float | None:
    """Hits on hostiles per shot, or None under the minimum number of shots."""
    if conduct.shots < MIN_SHOTS:
        return None
    return conduct.hostile_hits / conduct.shots


def side_numbers(conduct: Conduct, side: str, success: bool) -> dict[str, float]:
    """Every measure the rubric names, for ``side`` (the player's side gets accuracy)."""
    ledger = conduct.side(side)
    numbers: dict[str, float] = {kind: ledger.count(kind) for kind in HARM_KINDS}
    numbers["own_losses"] = conduct.loss(side).total
    late = (side == "crew" and success and conduct.heat_at_s >= 0 and conduct.end_s >= 0
            and conduct.end_s - conduct.heat_at_s > WALK_AWAY_S)
    numbers["walk_away_late"] = int(late)
    share = accuracy(conduct)
    numbers["shots"] = conduct.shots
    numbers["accuracy"] = -1.0 if share is None else share
    numbers["poor_accuracy"] = int(share is not None and share < POOR_ACCURACY)
    return numbers
