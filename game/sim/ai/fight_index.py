"""Who might fight beside whom, filed once per thinking pass: every AI with a side and a place,
by side and by a cell as wide as the reach of ``combat_mates``, so finding an AI's mates reads
nine cells instead of walking every AI (that walk, once per AI thinking, was quadratic)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from game.sim.components import Awareness, Brain, Faction, Position
from game.sim.world import World

Cell = tuple[str, int, int]
KINDS = (Brain, Awareness, Faction, Position)


@dataclass(slots=True)
class FightIndex:
    """Candidates by (side, cell x, cell y), ascending ids in each. Valid only while ``open``
    (``choose_behaviours`` opens it for its own pass and closes it after) and while no store of
    ``KINDS`` has changed since it was filed; nothing moves while AIs think."""

    cell_px: float
    open: bool = False
    stamp: tuple[int, ...] | None = None
    cells: dict[Cell, list[int]] = field(default_factory=dict)

    def candidates(self, world: World, side: str, x: float, y: float) -> list[int] | None:
        """Ids of same-side AIs in the cells around (x, y), ascending; None: not usable now."""
        if not self.open:
            return None
        stamp = _stamp(world)
        if stamp != self.stamp:
            self._file(world, stamp)
        cx, cy = math.floor(x / self.cell_px), math.floor(y / self.cell_px)
        found: list[int] = []
        for gx in (cx - 1, cx, cx + 1):
            for gy in (cy - 1, cy, cy + 1):
                found.extend(self.cells.get((side, gx, gy), ()))
        found.sort()
        return found

    def _file(self, world: World, stamp: tuple[int, ...]) -> None:
        self.cells.clear()
        factions, positions = world.store(Faction), world.store(Position)
        size = self.cell_px
        for eid, _, _ in world.query(Brain, Awareness):
            faction, pos = factions.get(eid), positions.get(eid)
            if faction is None or pos is None:
                continue
            key = (faction.side, math.floor(pos.x / size), math.floor(pos.y / size))
            self.cells.setdefault(key, []).append(eid)
        self.stamp = stamp


def _stamp(world: World) -> tuple[int, ...]:
    versions = world.versions
    return (world.tick, *(versions.get(k, 0) for k in KINDS))


def fight_index(world: World, cell_px: float) -> FightIndex:
    index = world.resources.get(FightIndex)
    if index is None:
        index = FightIndex(cell_px)
        world.set_resource(index)
    return index
