"""Who fights whom, and whom civilians fear: the factions' relations as data."""

from __future__ import annotations

HOSTILE: dict[str, frozenset[str]] = {
    "crew": frozenset({"lapd", "guard"}),
    "lapd": frozenset({"crew"}),
    "guard": frozenset({"crew"}),
    "civilian": frozenset(),
    "target": frozenset(),
}
"""Sides each side shoots at on sight."""

FEARED: dict[str, frozenset[str]] = {
    "civilian": frozenset({"crew"}),
    "guard": frozenset(),
}
"""Sides that frighten a side which does not fight them (armed robbers, for bystanders)."""

SURRENDERS: frozenset[str] = frozenset({"guard", "civilian"})
"""Sides that put their hands up when caught at close range by an armed hostile."""


def hostile(side: str, other: str) -> bool:
    return other in HOSTILE.get(side, frozenset())


def threat(side: str, other: str) -> bool:
    """``other`` is someone ``side`` must react to: an enemy, or someone it fears."""
    return other in HOSTILE.get(side, frozenset()) or other in FEARED.get(side, frozenset())
