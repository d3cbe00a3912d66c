"""How the game's canvas fills a window of any size: "fit" (fill it) or "whole" (nx pixels).

The canvas is never smaller than 1280x720 logical pixels in either direction, and it takes the
window's shape, so the HUD anchors to the window's own corners with no black bars: a wide
window shows more of the world sideways, a tall one more upwards.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

BASE_W, BASE_H = 1280, 720


@dataclass(frozen=True, slots=True)
class Viewport:
    window: tuple[int, int]
    canvas: tuple[int, int]
    scale: float  # window px per canvas px
    offset: tuple[int, int] = (0, 0)  # where the scaled canvas starts in the window

    @property
    def direct(self) -> bool:
        """The canvas is the window: draw straight onto it, no scaling."""
        return self.canvas == self.window

    def to_canvas(self, x: float, y: float) -> tuple[float, float]:
        return (x - self.offset[0]) / self.scale, (y - self.offset[1]) / self.scale


def viewport_for(window: tuple[int, int], mode: str = "fit") -> Viewport:
    width, height = max(1, window[0]), max(1, window[1])
    fit = min(width / BASE_W, height / BASE_H)
    if mode == "whole" and fit >= 1.0:
        n = math.floor(fit)
        canvas = (width // n, height // n)
        used = (canvas[0] * n, canvas[1] * n)
        offset = ((width - used[0]) // 2, (height - used[1]) // 2)
        return Viewport((width, height), canvas, float(n), offset)
    canvas = (max(BASE_W, round(width / fit)), max(BASE_H, round(height / fit)))
    return Viewport((width, height), canvas, width / canvas[0])
