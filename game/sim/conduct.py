"""What each side did this mission, read off the generic events for the debrief: victims by
kind per side that caused them, the sides' own losses, the player's shots and the hits on
hostiles, and when the heat first came. Kept as a resource; not hashed (it derives from
events)."""

from __future__ import annotations

from dataclasses import dataclass, field

HARM_KINDS = ("civilians_hurt", "civilians_killed", "guards_hurt", "guards_killed",
              "surrendered_shot")
"""What a side can do wrong to others, in the order the debrief lists it."""


@dataclass(slots=True)
class SideConduct:
    """Victims (entity ids) of one side's fire, by kind."""

    civilians_hurt: set[int] = field(default_factory=set)
    civilians_killed: set[int] = field(default_factory=set)
    guards_hurt: set[int] = field(default_factory=set)
    guards_killed: set[int] = field(default_factory=set)
    surrendered_shot: set[int] = field(default_factory=set)

    def count(self, kind: str) -> int:
        return len(getattr(self, kind))


@dataclass(slots=True)
class Losses:
    """One side's own people down (wounded on the ground) or dead."""

    downed: set[int] = field(default_factory=set)
    killed: set[int] = field(default_factory=set)

    @property
    def total(self) -> int:
        return len(self.downed | self.killed)


@dataclass(slots=True)
class Conduct:
    sides: dict[str, SideConduct] = field(default_factory=dict)
    losses: dict[str, Losses] = field(default_factory=dict)
    shots: int = 0  # the player's shots
    hits: int = 0  # the player's hits on anyone
    hostile_hits: int = 0  # the player's hits on people hostile to the player's side
    heat_at_s: float = -1.0  # first alarm, sealed zone or police shot (< 0: never)
    end_s: float = -1.0  # when the mission was decided

    def side(self, name: str) -> SideConduct:
        return self.sides.setdefault(name, SideConduct())

    def loss(self, name: str) -> Losses:
        return self.losses.setdefault(name, Losses())
