"""The camera: follows a point smoothly, clamps to the map, maps screen and world coordinates."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass
class Camera:
    view_w: int
    view_h: int
    map_w: float
    map_h: float
    x: float = 0.0  # world px of the view's top-left corner
    y: float = 0.0
    stiffness: float = 8.0  # 1/s: how fast the view catches up
    shake_x: float = 0.0
    shake_y: float = 0.0

    def centre_on(self, wx: float, wy: float) -> None:
        self.x, self.y = self._clamped(wx - self.view_w / 2, wy - self.view_h / 2)

    def follow(self, wx: float, wy: float, dt: float) -> None:
        tx, ty = self._clamped(wx - self.view_w / 2, wy - self.view_h / 2)
        blend = 1.0 - math.exp(-self.stiffness * dt)
        self.x += (tx - self.x) * blend
        self.y += (ty - self.y) * blend

    def _clamped(self, x: float, y: float) -> tuple[float, float]:
        max_x, max_y = self.map_w - self.view_w, self.map_h - self.view_h
        x = (max_x / 2 if max_x < 0 else min(max(x, 0.0), max_x))
        y = (max_y / 2 if max_y < 0 else min(max(y, 0.0), max_y))
        return x, y

    @property
    def left(self) -> int:
        return round(self.x + self.shake_x)

    @property
    def top(self) -> int:
        return round(self.y + self.shake_y)

    def to_screen(self, wx: float, wy: float) -> tuple[float, float]:
        return wx - self.left, wy - self.top

    def to_world(self, sx: float, sy: float) -> tuple[float, float]:
        return sx + self.left, sy + self.top
