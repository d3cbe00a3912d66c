"""How a civilian panics when shooting starts near them: the ``Panic`` component and the choice
of style (flee, duck, freeze) from the Character's Tiled ``panic`` property.

A civilian without the component (the property left at ``flee``, the default) flees exactly as
before, so maps that do not ask for the new styles play unchanged. ``random`` is settled once per
civilian from the world's seed and the entity id, without drawing on the world's RNG stream.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from game.sim.world import World

STYLES = ("flee", "duck", "freeze")
RANDOM_WEIGHTS = (0.45, 0.35, 0.20)  # flee, duck, freeze: most run, some hide, a few freeze
FREEZE_S = (3.5, 7.0)  # a frozen civilian stands, hands up, at least this long (s, from..to)


@dataclass(slots=True)
class Panic:
    """A civilian's panic style and where it is in it; ``posture`` is what the renderer shows."""

    style: str  # flee | duck | freeze
    freeze_s: float = 5.0  # how long a freeze lasts, seconds
    posture: str = ""  # "" | crouch | hands_up
    loud_s: float = -1e9  # game time gunfire was last heard close by
    until_s: float = 0.0  # end of a freeze
    frozen_s: float = 0.0  # game time the freeze began
    done: bool = False  # the duck or freeze is over: flees from now on


def settle_style(seed: int, eid: int, wanted: str) -> Panic | None:
    """The Panic component for a Character whose ``panic`` is ``wanted``; None for plain
    fleeing (no component: the old behaviour)."""
    pick = random.Random(seed * 1_000_003 + eid * 7_919)
    style = pick.choices(STYLES, RANDOM_WEIGHTS)[0] if wanted == "random" else wanted
    freeze_s = pick.uniform(*FREEZE_S)
    if style not in STYLES[1:]:
        return None
    return Panic(style, freeze_s)


def add_panic(world: World, eid: int, wanted: str) -> None:
    """Give a spawned Character its panic style (nothing for ``flee``)."""
    panic = settle_style(world.seed, eid, wanted)
    if panic is not None:
        world.add(eid, panic)
