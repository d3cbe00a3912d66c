"""Game events: past-tense frozen dataclasses carrying everything a consumer needs."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Event:
    tick: int


@dataclass(frozen=True, slots=True)
class ShotFired(Event):
    shooter: int
    weapon: str
    x: float
    y: float
    angle: float
    loudness_m: float  # radius in metres at which the shot can be heard


@dataclass(frozen=True, slots=True)
class DryFired(Event):
    shooter: int


@dataclass(frozen=True, slots=True)
class ReloadStarted(Event):
    shooter: int
    weapon: str
    seconds: float


@dataclass(frozen=True, slots=True)
class ProjectileStopped(Event):
    """A round hit a wall/solid (``material``) or an actor (``victim``), or ran out of range."""

    x: float
    y: float
    angle: float
    material: str  # "" when it hit an actor or fell short
    victim: int = 0


@dataclass(frozen=True, slots=True)
class ActorDamaged(Event):
    victim: int
    attacker: int
    amount: float
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class ActorKilled(Event):
    victim: int
    killer: int
    side: str
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class ObjectiveCompleted(Event):
    objective_id: str
    text: str


@dataclass(frozen=True, slots=True)
class MissionEnded(Event):
    outcome: str  # success | failed
    reason: str


@dataclass(frozen=True, slots=True)
class ProjectilePierced(Event):
    """A round went through a solid of ``material`` (glass, a car door) and flew on."""

    x: float
    y: float
    angle: float
    material: str
    damage_left: float


@dataclass(frozen=True, slots=True)
class NoiseMade(Event):
    """Something audible that is not a shot (footsteps); heard within ``loudness_m``."""

    source: int
    x: float
    y: float
    loudness_m: float
    kind: str  # step


@dataclass(frozen=True, slots=True)
class ActorDowned(Event):
    victim: int
    attacker: int
    side: str
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class ActorSurrendered(Event):
    actor: int
    side: str
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class AlertnessChanged(Event):
    """An AI moved between unaware, suspicious, searching and combat."""

    actor: int
    state: str
    previous: str
    x: float  # where its attention is
    y: float


@dataclass(frozen=True, slots=True)
class DragStarted(Event):
    dragger: int
    body: int


@dataclass(frozen=True, slots=True)
class DragEnded(Event):
    dragger: int
    body: int


@dataclass(frozen=True, slots=True)
class OrderGiven(Event):
    leader: int
    order: str  # follow | hold | cover | goto
    x: float
    y: float


# -- missions (generic: no mission's names here) ------------------------------------------


@dataclass(frozen=True, slots=True)
class RadioChatter(Event):
    """A line of radio traffic or crew talk, shown as a subtitle."""

    speaker: str
    text: str


@dataclass(frozen=True, slots=True)
class VehicleRammed(Event):
    x: float
    y: float
    rammer: int = 0
    target: int = 0


@dataclass(frozen=True, slots=True)
class FuseLit(Event):
    """Something will blow at (x, y) in ``fuse_s`` seconds: keep clear."""

    x: float
    y: float
    fuse_s: float


@dataclass(frozen=True, slots=True)
class Exploded(Event):
    x: float
    y: float
    radius: float  # px


@dataclass(frozen=True, slots=True)
class LootTaken(Event):
    taker: int
    dollars: int
    name: str = ""


@dataclass(frozen=True, slots=True)
class LootDropped(Event):
    carrier: int
    dollars: int
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class ZoneSealed(Event):
    """The police have sealed a region."""

    region: str = ""


@dataclass(frozen=True, slots=True)
class AlarmRaised(Event):
    x: float
    y: float
    region: str = ""


@dataclass(frozen=True, slots=True)
class ScreenShaken(Event):
    seconds: float
    strength: float


@dataclass(frozen=True, slots=True)
class ScreenFlashed(Event):
    seconds: float


@dataclass(frozen=True, slots=True)
class CueSounded(Event):
    sound: str
    x: float = 0.0
    y: float = 0.0


@dataclass(frozen=True, slots=True)
class PhaseEntered(Event):
    phase: str
    text: str


@dataclass(frozen=True, slots=True)
class DoorMoved(Event):
    name: str
    open: bool
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class ObjectiveFailed(Event):
    objective_id: str
    text: str


@dataclass(frozen=True, slots=True)
class ShadowSeen(Event):
    """An AI made out a hostile's shadow on lit ground before seeing the hostile: it turns its
    attention to where the shadow starts (the owner's feet)."""

    actor: int  # who saw it
    owner: int
    x: float
    y: float
