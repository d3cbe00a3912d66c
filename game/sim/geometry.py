"""Pure 2D geometry helpers used by collision, raycasts and AI (no state)."""

from __future__ import annotations

import math


def clamp(value: float, low: float, high: float) -> float:
    return low if value < low else high if value > high else value


def closest_on_segment(
    px: float, py: float, ax: float, ay: float, bx: float, by: float
) -> tuple[float, float]:
    """The point of segment AB nearest to P."""
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    if length2 <= 1e-12:
        return ax, ay
    t = clamp(((px - ax) * dx + (py - ay) * dy) / length2, 0.0, 1.0)
    return ax + dx * t, ay + dy * t


def closest_between_segments(
    a: tuple[float, float, float, float], b: tuple[float, float, float, float]
) -> tuple[float, float, float, float]:
    """Nearest points (on a, then on b) of two segments given as (x0, y0, x1, y1).

    Good enough for body contacts: tests each end against the other segment and keeps the best.
    (closest_on_segment's sums, written out: every pair of touching vehicles asks this.)
    """
    best = (a[0], a[1], b[0], b[1])
    best_d2 = math.inf
    for seg, ends, on_a in ((b, ((a[0], a[1]), (a[2], a[3])), False),
                            (a, ((b[0], b[1]), (b[2], b[3])), True)):
        sx, sy, dx, dy = seg[0], seg[1], seg[2] - seg[0], seg[3] - seg[1]
        length2 = dx * dx + dy * dy
        for px, py in ends:  # an end, and the point of the other segment nearest to it
            if length2 <= 1e-12:
                qx, qy = sx, sy
            else:
                t = ((px - sx) * dx + (py - sy) * dy) / length2
                t = 0.0 if t < 0.0 else 1.0 if t > 1.0 else t
                qx, qy = sx + dx * t, sy + dy * t
            d2 = (px - qx) ** 2 + (py - qy) ** 2
            if d2 < best_d2:
                best, best_d2 = ((qx, qy, px, py) if on_a else (px, py, qx, qy)), d2
    return best


def segment_rect_t(
    x0: float, y0: float, dx: float, dy: float, rx: float, ry: float, rw: float, rh: float
) -> float | None:
    """Parameter t in [0, 1] where P0 + t*D first enters the rectangle, or None (slab test)."""
    t_near, t_far = 0.0, 1.0
    for origin, delta, low, high in ((x0, dx, rx, rx + rw), (y0, dy, ry, ry + rh)):
        if abs(delta) < 1e-12:
            if origin < low or origin > high:
                return None
            continue
        t1, t2 = (low - origin) / delta, (high - origin) / delta
        if t1 > t2:
            t1, t2 = t2, t1
        t_near, t_far = max(t_near, t1), min(t_far, t2)
        if t_near > t_far:
            return None
    return t_near


def segment_circle_t(
    x0: float, y0: float, dx: float, dy: float, cx: float, cy: float, r: float
) -> float | None:
    """Parameter t in [0, 1] where P0 + t*D first touches the circle, or None."""
    fx, fy = x0 - cx, y0 - cy
    a = dx * dx + dy * dy
    c = fx * fx + fy * fy - r * r
    if c <= 0.0:
        return 0.0
    if a <= 1e-12:
        return None
    b = 2.0 * (fx * dx + fy * dy)
    disc = b * b - 4.0 * a * c
    if disc < 0.0:
        return None
    t = (-b - math.sqrt(disc)) / (2.0 * a)
    return t if 0.0 <= t <= 1.0 else None


def angle_to(x0: float, y0: float, x1: float, y1: float) -> float:
    return math.atan2(y1 - y0, x1 - x0)


def wrap_angle(angle: float) -> float:
    """Angle folded into (-pi, pi]."""
    return (angle + math.pi) % (2.0 * math.pi) - math.pi
