"""The armed enemies with a line of fire to the bot, nearest first, found only as far as the
bot reads them: the candidates in range are sorted by distance first, and each line of fire
(a ray through the map) is traced only when the reader gets to it. "Is anyone there?" or "the
nearest one" then costs one ray or a few, not one for every armed enemy within 40 m; a reader
that walks them all gets the list the eager search would have made, in the same order."""

from __future__ import annotations

from collections.abc import Iterator

from game.sim.ballistics import share_through
from game.sim.collision_map import CollisionMap

OPEN_SHARE = 0.5  # a line that lets this share of a round through (a car door) is a line of fire

Candidate = tuple[float, int, float, float]  # distance, id, x, y


class InSight:
    """(distance, id) pairs, nearest first (ties by id), of the candidates with a line of fire
    from (x, y); a read-only sequence that traces lines as it is read."""

    __slots__ = ("_cmap", "_found", "_tried", "_waiting", "_x", "_y")

    def __init__(self, cmap: CollisionMap, x: float, y: float,
                 candidates: list[Candidate]) -> None:
        self._cmap, self._x, self._y = cmap, x, y
        if len(candidates) > 1:
            candidates.sort()
        self._waiting = candidates
        self._tried = 0
        self._found: list[tuple[float, int]] = []

    def _one_more(self) -> bool:
        """Trace lines to the next candidates until one is open; False when none is left."""
        waiting, cmap, x, y = self._waiting, self._cmap, self._x, self._y
        while self._tried < len(waiting):
            d, eid, ox, oy = waiting[self._tried]
            self._tried += 1
            if share_through(cmap, x, y, ox, oy) >= OPEN_SHARE:
                self._found.append((d, eid))
                return True
        return False

    def __bool__(self) -> bool:
        return bool(self._found) or self._one_more()

    def __iter__(self) -> Iterator[tuple[float, int]]:
        i = 0
        while i < len(self._found) or self._one_more():
            yield self._found[i]
            i += 1

    def __getitem__(self, index: int) -> tuple[float, int]:
        while len(self._found) <= index and self._one_more():
            pass
        return self._found[index]

    def at_least(self, count: int) -> bool:
        """Whether ``count`` or more are in sight (tracing no further than needed)."""
        while len(self._found) < count and self._one_more():
            pass
        return len(self._found) >= count

    def first_within(self, reach: float) -> int | None:
        """The id of the nearest in sight closer than ``reach``, or None."""
        if not self._found and not self._one_more():
            return None
        d, eid = self._found[0]  # nearest first: the first one decides
        return eid if d < reach else None
