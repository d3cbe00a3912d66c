"""Units and fixed timing of the simulation: world units are pixels, 32 px to the metre."""

PX_PER_M = 32.0
TICK_HZ = 60
DT = 1.0 / TICK_HZ
"""Seconds per simulation tick."""


def metres(value_m: float) -> float:
    """Metres to world pixels."""
    return value_m * PX_PER_M
