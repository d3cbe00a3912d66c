"""The camera: follows a point smoothly, clamps to the map, zooms, maps screen and world points.

``view_w``/``view_h`` are the screen size in px; at ``zoom`` z the camera shows a world area of
``view_w / z`` by ``view_h / z`` px, drawn z times larger.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

DEFAULT_ZOOM = 2.0
"""Chosen by measurement (tests/test_render_zoom.py): a standing character's 32 px sprite is
~26 px of silhouette, so at 2x it stands ~52 px tall on a 720-line screen (over 1/16 of it),
and a whole-number zoom keeps the pixel art's edges crisp and still while the view scrolls."""
ZOOMS = (1.0, 1.5, 2.0, 2.5, 3.0)


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
    zoom: float = 1.0
    zoom_drift: float = 0.0  # a share of a ZOOM_STEP eased but not yet taken

    @property
    def world_w(self) -> float:
        """Width of the world area in view, in world px."""
        return self.view_w / self.zoom

    @property
    def world_h(self) -> float:
        return self.view_h / self.zoom

    def ease_zoom(self, target: float, dt: float) -> None:
        """Move the zoom toward ``target`` in ZOOM_STEP steps (each view size is made once,
        not every frame), keeping the middle of the view where it was."""
        if abs(target - self.zoom) < ZOOM_STEP / 2:
            return
        cx, cy = self.x + self.world_w / 2, self.y + self.world_h / 2
        self.zoom_drift += (target - self.zoom) * (1.0 - math.exp(-ZOOM_RATE * dt))
        steps = int(self.zoom_drift / ZOOM_STEP)
        if steps == 0:
            return
        self.zoom = round(self.zoom + steps * ZOOM_STEP, 4)
        self.zoom_drift -= steps * ZOOM_STEP
        self.x, self.y = self._clamped(cx - self.world_w / 2, cy - self.world_h / 2)

    def centre_on(self, wx: float, wy: float) -> None:
        self.x, self.y = self._clamped(wx - self.world_w / 2, wy - self.world_h / 2)

    def follow(self, wx: float, wy: float, dt: float) -> None:
        tx, ty = self._clamped(wx - self.world_w / 2, wy - self.world_h / 2)
        blend = 1.0 - math.exp(-self.stiffness * dt)
        self.x += (tx - self.x) * blend
        self.y += (ty - self.y) * blend

    def _clamped(self, x: float, y: float) -> tuple[float, float]:
        max_x, max_y = self.map_w - self.world_w, self.map_h - self.world_h
        x = (max_x / 2 if max_x < 0 else min(max(x, 0.0), max_x))
        y = (max_y / 2 if max_y < 0 else min(max(y, 0.0), max_y))
        return x, y

    @property
    def left(self) -> int:
        return round(self.x + self.shake_x / self.zoom)

    @property
    def top(self) -> int:
        return round(self.y + self.shake_y / self.zoom)

    def to_screen(self, wx: float, wy: float) -> tuple[float, float]:
        return (wx - self.left) * self.zoom, (wy - self.top) * self.zoom

    def to_world(self, sx: float, sy: float) -> tuple[float, float]:
        return sx / self.zoom + self.left, sy / self.zoom + self.top


FIGHT_ZOOM = 0.7
"""The farthest the camera eases out when a fight outgrows the view, as a share of the zoom the
player chose: at the default 2x that is 1.4x, where a character still stands ~36 px tall."""
ZOOM_STEP = 0.05
ZOOM_RATE = 2.5  # 1/s: how fast the zoom eases toward the fight's
FIGHT_MARGIN_PX = 48.0  # world px kept around the outermost man of the fight
FIGHT_REACH = 1.6
"""Hostiles in a fight within this many half-widths of the view from the player pull the
camera toward them (the view is short: a man across a wide street is off it)."""
MOST_LEAN_X, MOST_LEAN_Y = 0.22, 0.22
"""The farthest the view's centre leaves the player, as a share of the view's width and height:
however the fight and the aim pull, he stays clear of the HUD's corners and bands."""


def fight_focus(px: float, py: float, foes: Iterable[tuple[float, float]], world_w: float,
                world_h: float) -> tuple[float, float]:
    """Where the view should centre so a moving fight reads: the middle of the box that holds
    the player and the hostiles fighting near him (so the men shooting at him are on screen
    with him), never so far that the player nears an edge."""
    reach = max(world_w, world_h) / 2 * FIGHT_REACH  # as far across the street as along it
    near = [(x, y) for x, y in foes if math.hypot(x - px, y - py) <= reach]
    if not near:
        return px, py
    xs, ys = [px, *(x for x, _ in near)], [py, *(y for _, y in near)]
    return keep_near(px, py, (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2, world_w,
                     world_h)


def fight_zoom(zoom: float, px: float, py: float, foes: Iterable[tuple[float, float]],
               view_w: int, view_h: int) -> float:
    """The zoom at which the player and the men fighting near him all fit the view: the chosen
    ``zoom`` when they do (or nobody fights), eased out to FIGHT_ZOOM of it at the most."""
    widest = zoom * FIGHT_ZOOM
    reach = max(view_w, view_h) / widest / 2 * FIGHT_REACH
    span_x = span_y = 0.0
    for x, y in foes:
        if math.hypot(x - px, y - py) <= reach:
            span_x, span_y = max(span_x, abs(x - px)), max(span_y, abs(y - py))
    if span_x == span_y == 0.0:
        return zoom
    # a man d px off fits when d + margin <= half the view plus the lean toward him
    need = min(view_w * (0.5 + MOST_LEAN_X) / (span_x + FIGHT_MARGIN_PX),
               view_h * (0.5 + MOST_LEAN_Y) / (span_y + FIGHT_MARGIN_PX))
    return max(widest, min(zoom, math.floor(need / ZOOM_STEP) * ZOOM_STEP))


def keep_near(px: float, py: float, tx: float, ty: float, world_w: float,
              world_h: float) -> tuple[float, float]:
    """The target (tx, ty) pulled back to within MOST_LEAN_X/Y of the view from the player."""
    lean_x, lean_y = world_w * MOST_LEAN_X, world_h * MOST_LEAN_Y
    return (px + max(-lean_x, min(lean_x, tx - px)), py + max(-lean_y, min(lean_y, ty - py)))


def valid_zoom(value: float) -> float:
    """A zoom from settings, kept to a sane range (a hand-edited file may hold anything)."""
    return min(4.0, max(1.0, float(value)))
