"""Recent noises, kept a moment for the F3 overlay to draw as hearing radii (never read by AI)."""

from __future__ import annotations

from dataclasses import dataclass, field

SHOW_S = 0.8


@dataclass(frozen=True, slots=True)
class HeardNoise:
    x: float
    y: float
    radius: float  # px
    kind: str
    until_s: float


@dataclass
class NoiseLog:
    noises: list[HeardNoise] = field(default_factory=list)

    def add(self, x: float, y: float, radius: float, kind: str, now_s: float) -> None:
        self.noises.append(HeardNoise(x, y, radius, kind, now_s + SHOW_S))

    def prune(self, now_s: float) -> None:
        self.noises = [n for n in self.noises if n.until_s > now_s]
