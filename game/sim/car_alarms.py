"""Car alarms: the CarAlarm component and its events (placed by game/level/build_car_alarms).

An alarm is tripped by a round striking the car or a vehicle bumping it, then sounds for
``alarm_s`` seconds: a pulsing noise the AI hears, a sound and caption, blinking lights.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.sim.events import Event


@dataclass(slots=True)
class CarAlarm:
    """A parked car's alarm: the car's rectangle (px) and when it sounds."""

    x: float
    y: float
    w: float
    h: float
    sound_s: float  # how long it sounds once tripped, seconds
    until_s: float = -1.0  # game time it falls silent (in the past: silent)
    next_pulse_s: float = 0.0  # next noise while sounding

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2

    def contains(self, px: float, py: float, margin: float = 0.0) -> bool:
        return (self.x - margin <= px <= self.x + self.w + margin
                and self.y - margin <= py <= self.y + self.h + margin)


@dataclass(frozen=True, slots=True)
class CarAlarmTripped(Event):
    """A parked car's alarm went off at (x, y); it sounds for ``seconds``."""

    alarm: int
    x: float
    y: float
    seconds: float


@dataclass(frozen=True, slots=True)
class CarAlarmStopped(Event):
    alarm: int
    x: float
    y: float


def sounding(alarm: CarAlarm, now_s: float) -> bool:
    return now_s < alarm.until_s
