"""Places a CarAlarm on every parked car a map marks: Cover objects with ``alarm_s`` > 0, where
touching ones (a car's engine block and its body) make one car. Maps that mark none get no
entities, so their entity ids are unchanged."""

from __future__ import annotations

from game.level.model import LevelModel
from game.sim.car_alarms import CarAlarm
from game.sim.world import World

TOUCH_PX = 2.0  # Cover rectangles this close belong to the same car


def place_car_alarms(world: World, level: LevelModel) -> None:
    """One CarAlarm entity per car the map marks; none (and no new ids) on other maps."""
    rects: list[list[float]] = []
    for obj in level.objects_of("Cover"):
        seconds = float(obj.properties.get("alarm_s") or 0.0)
        if seconds > 0.0 and obj.width and obj.height:
            rects.append([obj.x, obj.y, obj.width, obj.height, seconds])
    for x, y, w, h, seconds in _merged(rects):
        world.spawn(CarAlarm(x, y, w, h, seconds))


def _merged(rects: list[list[float]]) -> list[list[float]]:
    """Join rectangles that touch, in map order; the longer alarm time wins."""
    out: list[list[float]] = []
    for rect in rects:
        for other in out:
            if _touch(rect, other):
                x0, y0 = min(rect[0], other[0]), min(rect[1], other[1])
                x1 = max(rect[0] + rect[2], other[0] + other[2])
                y1 = max(rect[1] + rect[3], other[1] + other[3])
                other[:] = [x0, y0, x1 - x0, y1 - y0, max(rect[4], other[4])]
                break
        else:
            out.append(list(rect))
    return out


def _touch(a: list[float], b: list[float]) -> bool:
    return (a[0] <= b[0] + b[2] + TOUCH_PX and b[0] <= a[0] + a[2] + TOUCH_PX
            and a[1] <= b[1] + b[3] + TOUCH_PX and b[1] <= a[1] + a[3] + TOUCH_PX)
