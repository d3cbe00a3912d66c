"""Component dataclasses: plain data attached to entities, no logic and no surfaces."""

from __future__ import annotations

from dataclasses import dataclass, field


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
    drop: bool = False  # put down what is carried (loot)


@dataclass(slots=True)
class Health:
    hp: float
    max_hp: float
    armour: float = 0.0  # fraction of damage absorbed, 0..1
    taken_scale: float = 1.0  # damage taken multiplier (the player's difficulty assist)


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
    bloom_rad: float = 0.0  # extra spread from recoil, settling between shots
    last_shot_s: float = -1e9  # game time of the last round fired (muzzle flash lights you)


@dataclass(slots=True)
class Projectile:
    owner: int
    vx: float  # px/s
    vy: float  # px/s
    damage: float
    range_left: float  # px
    penetration: float = 1.0  # see WeaponSpec.penetration
    armour_piercing: float = 0.0  # see WeaponSpec.armour_piercing


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


# -- wounds -----------------------------------------------------------------------------------


@dataclass(slots=True)
class Downable:
    """A named character: goes down (and can be dragged) before dying, unless hit too hard."""


@dataclass(slots=True)
class Downed:
    since_s: float
    bleed_out_s: float  # seconds on the ground before dying
    attacker: int = 0


@dataclass(slots=True)
class Dragging:
    """Hauling a downed friend; the long gun is slung and a pistol drawn meanwhile."""

    body: int
    slung: Weapon | None = None  # the weapon put away, given back on release
    speed: float = 0.0  # the dragger's own max speed, given back on release


@dataclass(slots=True)
class Surrendered:
    since_s: float


# -- artificial intelligence ------------------------------------------------------------------


@dataclass(slots=True)
class Perception:
    """What an AI can sense: a vision cone, hearing, and how quickly it reacts."""

    fov_rad: float
    sight_px: float  # in full light; darkness shortens it
    hearing: float = 1.0  # multiplier on every noise's loudness radius
    reaction_s: float = 0.3  # least delay before reacting to a sound


@dataclass(slots=True)
class Awareness:
    """Alertness and memory: unaware -> suspicious -> searching -> combat."""

    state: str = "unaware"
    since_s: float = 0.0  # when the state was entered
    suspicion: float = 0.0  # 0..1; reaching 1 on a seen hostile means combat
    target: int = 0  # the hostile tracked (0: none)
    seen: bool = False  # the target was in sight at the last look
    seen_share: float = 0.0  # its distance then, as a share of the sight range it was seen at
    last_x: float = 0.0  # last known position of the target or of what drew attention
    last_y: float = 0.0
    last_seen_s: float = -1e9
    heard_kind: str = ""  # a noise waiting for the reaction time: shot | step | impact
    heard_x: float = 0.0
    heard_y: float = 0.0
    react_at_s: float = -1.0  # when the heard noise is acted on (< 0: nothing pending)
    suppression: float = 0.0  # 0..1, from rounds landing close


@dataclass(slots=True)
class Brain:
    """One AI's standing orders (from Tiled) and what it is doing now (``mode``)."""

    behaviour: str = "idle"  # idle | hold | patrol | guard | wander | flee | follow
    home_x: float = 0.0
    home_y: float = 0.0
    home_angle: float = 0.0
    leader: int = 0
    mode: str = "idle"  # shown by the F3 overlay
    role: str = "rifleman"  # in a fight: rifleman | flanker
    next_think_s: float = 0.0
    until_s: float = 0.0  # end of the current phase (a pause, a peek, a duck)
    cover: int = -1  # index into CoverPoints, -1 for none
    peeking: bool = False
    bounding: bool = False  # moving up while the others cover
    spot_x: float = 0.0  # the place the current mode works from (cover, flank, peek)
    spot_y: float = 0.0
    order_tick: int = -1  # the last squad order acted on


@dataclass(slots=True)
class Route:
    """A patrol route from a Tiled polyline."""

    points: tuple[tuple[float, float], ...]
    loop: bool = True
    pause_s: float = 1.0
    index: int = 0
    step: int = 1


@dataclass(slots=True)
class Navigator:
    """Where an AI is going and the path there; paths are planned a few per tick."""

    goal_x: float = 0.0
    goal_y: float = 0.0
    has_goal: bool = False
    pace: float = 1.0  # share of max speed: 1 runs, ~0.4 walks
    path: list[tuple[float, float]] = field(default_factory=list)
    wanted_tick: int = -1  # tick a path was asked for; -1 when none is waiting
    arrived: bool = True
    avoid_x: float = 0.0  # steering away from neighbours, refreshed every few ticks
    avoid_y: float = 0.0
    check_s: float = 0.0  # next progress check (stuck detection)
    check_x: float = 0.0
    check_y: float = 0.0


@dataclass(slots=True)
class Gunner:
    """How an AI uses its weapon: whom to shoot, where to look, bursts and line of fire."""

    target: int = 0  # shoot this actor when in sight (0: hold fire)
    suppress: bool = False  # fire at (aim_x, aim_y) without seeing anyone
    aim_x: float = 0.0
    aim_y: float = 0.0
    look: bool = False  # face (aim_x, aim_y) instead of the way it walks
    burst_left: int = 0
    next_burst_s: float = 0.0
    clear: bool = False  # the line of fire was clear at the last check
    friend_in_line: bool = False  # ... or, if not, a friend stood in it
    check_s: float = 0.0  # next line-of-fire check
    error_x: float = 0.0  # this burst's aim error, px
    error_y: float = 0.0
    blocked_s: float = 0.0  # how long a friend has stood in the line of fire


@dataclass(slots=True)
class SquadOrder:
    """The player's standing order to their crew: follow, hold, cover or goto (x, y)."""

    order: str = "follow"
    x: float = 0.0
    y: float = 0.0
    tick: int = 0  # when it was given; brains compare it with Brain.order_tick
