"""Captions for important sounds, with where they come from: "[gunfire, left]".

A player who cannot hear (or plays muted) still learns that someone is shooting off-screen and
from which side. Sounds the player can see happen on screen are not captioned, except the big
ones (a blast, a crash, an alarm, the sirens), which are.
"""

from __future__ import annotations

import math

from game.sim.car_alarms import CarAlarmTripped
from game.sim.events import AlarmRaised, Event, Exploded, ShotFired, VehicleRammed, ZoneSealed

CLOSE_PX = 96.0  # a sound this near the listener has no direction worth giving
DIRECTIONS = ("right", "lower right", "below", "lower left", "left", "upper left", "above",
              "upper right")  # screen directions, clockwise from east (y grows downwards)


def direction_word(dx: float, dy: float) -> str:
    """One of eight screen directions for an offset from the listener."""
    sector = round(math.atan2(dy, dx) / (math.pi / 4)) % 8
    return DIRECTIONS[sector]


def captions_for(events: list[Event], player: int, listener: tuple[float, float] | None,
                 view: tuple[float, float, float, float]) -> list[str]:
    """Caption lines for this frame's events; ``view`` is the visible world (x, y, w, h)."""
    left, top, width, height = view
    lines: list[str] = []
    for event in events:
        if isinstance(event, ShotFired) and event.shooter != player and listener is not None:
            seen = left <= event.x <= left + width and top <= event.y <= top + height
            if not seen:
                where = direction_word(event.x - listener[0], event.y - listener[1])
                lines.append(f"[gunfire, {where}]")
        elif isinstance(event, Exploded):
            lines.append("[explosion]")
        elif isinstance(event, VehicleRammed):
            lines.append("[crash]")
        elif isinstance(event, CarAlarmTripped):
            lines.append(_with_direction("car alarm", event.x, event.y, listener))
        elif isinstance(event, AlarmRaised):
            lines.append("[alarm bell]")
        elif isinstance(event, ZoneSealed):
            lines.append("[sirens closing in]")
    return lines


def _with_direction(sound: str, x: float, y: float, listener: tuple[float, float] | None
                    ) -> str:
    """"[car alarm, left]"; without a listener, just "[car alarm]"."""
    if listener is None:
        return f"[{sound}]"
    dx, dy = x - listener[0], y - listener[1]
    where = "close by" if math.hypot(dx, dy) < CLOSE_PX else direction_word(dx, dy)
    return f"[{sound}, {where}]"
