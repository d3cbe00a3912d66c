"""Components the mission vocabulary adds to entities: groups, loot and its carrier, doors."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Group:
    """A named group of actors from Tiled (Character.group, or a spawn layer's name)."""

    name: str


@dataclass(slots=True)
class Loot:
    """Something worth money that is carried: it weighs, and slows whoever carries it."""

    name: str
    value: int  # dollars
    weight_kg: float
    group: str = ""
    carrier: int = 0  # 0: lying on the ground


@dataclass(slots=True)
class Burden:
    """A carrier's own top speed, kept while loot slows it (given back when it has none)."""

    base_speed: float  # px/s
    kg: float = 0.0


@dataclass(slots=True)
class Door:
    """A door: shut, it blocks movement, sight and rounds; open, nothing."""

    name: str
    x: float
    y: float
    w: float
    h: float
    open: bool = False
    locked: bool = False
    material: str = "wood"
    moved_at_s: float = -1e9  # when it last opened or shut (a held key does not flap it)


@dataclass(slots=True)
class Ramming:
    """A vehicle driving into ``target`` on purpose (the `ram` action)."""

    target: int


@dataclass(slots=True)
class MissionOrder:
    """An AI given a goal by a trigger (`goto`, `behave`): objectives do not override it."""

    since_s: float
