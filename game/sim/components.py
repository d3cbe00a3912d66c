"""Component dataclasses: plain data attached to entities, no logic and no surfaces."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Position:
    """World position in px; prev_* is the position at the start of the tick (interpolation)."""

    x: float
    y: float
    prev_x: float = 0.0
    prev_y: float = 0.0

    def __post_init__(self) -> None:
        self.prev_x, self.prev_y = self.x, self.y


@dataclass(slots=True)
class Velocity:
    vx: float = 0.0  # px/s
    vy: float = 0.0  # px/s


@dataclass(slots=True)
class Heading:
    """Facing in radians (0 = east, clockwise on screen because y grows downwards)."""

    angle: float = 0.0
    prev_angle: float = 0.0


@dataclass(slots=True)
class Body:
    """A collision shape: a circle, or a capsule of this length along the heading (vehicles)."""

    radius: float  # px
    mass: float = 1.0  # kg-ish; heavier bodies push lighter ones
    length: float = 0.0  # px between the capsule's end centres; 0 for a circle


@dataclass(slots=True)
class Mover:
    max_speed: float  # px/s
    accel: float  # px/s^2


@dataclass(slots=True)
class Intent:
    """What an actor wants this tick. Written by input, AI, bots and replays alike."""

    move_x: float = 0.0  # -1..1
    move_y: float = 0.0  # -1..1
    aim_x: float = 0.0  # world px
    aim_y: float = 0.0  # world px
    fire: bool = False
    reload: bool = False
    interact: bool = False


@dataclass(slots=True)
class Health:
    hp: float
    max_hp: float
    armour: float = 0.0  # fraction of damage absorbed, 0..1


@dataclass(slots=True)
class Dead:
    """Marks a killed actor; the body stays in the world as a corpse."""

    since_s: float
    killer: int = 0


@dataclass(slots=True)
class Weapon:
    """A carried weapon; its stats live in the weapons table under ``kind``."""

    kind: str
    ammo: int
    cooldown_s: float = 0.0
    reload_left_s: float = 0.0
    trigger_held: bool = False


@dataclass(slots=True)
class Projectile:
    owner: int
    vx: float  # px/s
    vy: float  # px/s
    damage: float
    range_left: float  # px


@dataclass(slots=True)
class Faction:
    side: str  # crew, lapd, guard, civilian, target


@dataclass(slots=True)
class Appearance:
    sprite: str  # key into the renderer's sprite cache


@dataclass(slots=True)
class PlayerControlled:
    slot: int = 0


@dataclass(slots=True)
class Target:
    """Something an objective asks to be destroyed; ``group`` ties it to that objective."""

    group: str


@dataclass(slots=True)
class Region:
    """An axis-aligned trigger area in world px."""

    name: str
    x: float
    y: float
    w: float
    h: float
    kind: str = "trigger"

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.x + self.w and self.y <= py <= self.y + self.h


@dataclass(slots=True)
class Lifetime:
    seconds_left: float


@dataclass(slots=True)
class Name:
    name: str
