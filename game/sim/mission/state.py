"""Mission state kept in the world: objectives per side, triggers, phases, countdowns, spawn
groups, the player's entity and the outcome. All of it is hashed (game/sim/state_hash.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from game.sim.mission.lines import Line

BY_ORDER = attrgetter("order")  # objectives in the map's order (a sort key, no lambda per call)
HELD_KINDS = frozenset({"prevent", "protect"})
"""Objectives that hold unless broken: they never block success and fail when broken."""

GOT_AWAY = "got_away"  # hook_state key: names of people who left the map free (slip_away)


@dataclass(slots=True)
class ObjectiveState:
    id: str
    text: str
    order: int
    kind: str  # kill reach hold interact survive scripted kill_n arrest_n collect_n escort ...
    target: str  # a Target group, a Region, an object's name, a trigger's name (fail)
    requires: tuple[str, ...] = ()
    optional: bool = False
    hold_s: float = 0.0  # hold/interact/survive: seconds it takes
    progress_s: float = 0.0
    done: bool = False
    done_at_s: float = 0.0
    side: str = "both"  # crew | lapd | both
    count: int = 0  # kill_n/arrest_n/collect_n: how many; protect: least standing
    subject: str = ""  # escort/carry/prevent/protect: the actor, group or loot concerned
    failed: bool = False

    def for_side(self, side: str) -> bool:
        return self.side in (side, "both")


@dataclass(slots=True)
class Countdown:
    """A named clock started by the ``countdown`` action; shown on the HUD when labelled."""

    name: str
    left_s: float
    label: str = ""
    running: bool = True
    done: bool = False


@dataclass(slots=True)
class TriggerState:
    """A Trigger object from the map and what it remembers while the mission runs."""

    oid: int
    name: str
    when: tuple[Line, ...]
    do: tuple[Line, ...]
    once: bool = True
    delay_s: float = 0.0
    side: str = "both"
    fired: int = 0  # times its actions have run
    pending_since_s: float = -1.0  # conditions first held at this time (delay running)
    memory: dict[str, Any] = field(default_factory=dict)  # per-line: last inside counts, ...


@dataclass(slots=True)
class PhaseDef:
    name: str
    initial: bool = False
    on_enter: tuple[Line, ...] = ()
    text: str = ""


@dataclass(slots=True)
class SpawnSpec:
    """An actor or vehicle waiting in a hidden ``spawn:NAME`` layer, as plain data."""

    kind: str  # character | vehicle
    role: str  # character role or vehicle model
    x: float
    y: float
    angle: float
    name: str = ""
    faction: str = ""
    weapon: str = "default"
    behaviour: str = "idle"
    group: str = ""
    route: tuple[tuple[float, float], ...] = ()
    speed_mps: float = 8.0
    panic: str = "flee"  # a Character's panic style (flee | duck | freeze | random)


@dataclass(slots=True)
class MissionState:
    mission_id: str
    title: str
    side: str
    player: int = 0
    time_limit_s: float = 0.0  # 0 means no limit
    objectives: list[ObjectiveState] = field(default_factory=list)
    outcome: str = "running"  # running | success | failed
    reason: str = ""
    shots_fired: int = 0
    hits: int = 0
    holding: bool = False  # a set piece is playing out: success waits until it lets go
    fail_reason: str = ""  # set by an action: the mission fails with this reason
    succeed_reason: str = ""  # set by an action: the mission succeeds with this reason
    take: int = 0  # dollars of loot the player's side holds
    countdown_s: float = -1.0  # the clock the HUD shows (< 0: none)
    countdown_label: str = ""
    casualties: dict[str, int] = field(default_factory=dict)  # "victim side:by side" -> count
    phase: str = ""
    phase_text: str = ""  # the current phase's label for the HUD and debrief
    phase_tick: int = -1  # tick the current phase was entered
    next_phase: str = ""  # set_phase asks; entered at the start of the next trigger pass
    phases: list[PhaseDef] = field(default_factory=list)
    triggers: list[TriggerState] = field(default_factory=list)
    countdowns: dict[str, Countdown] = field(default_factory=dict)
    spawn_groups: dict[str, list[SpawnSpec]] = field(default_factory=dict)
    lines: dict[str, str] = field(default_factory=dict)  # radio/say key -> "Speaker: text"
    flags: dict[str, bool] = field(default_factory=dict)
    package: str = ""  # the mission's own Python package under game/missions/ ("": none)
    hook_state: dict[str, Any] = field(default_factory=dict)  # the mission package's own state

    def active_objectives(self) -> list[ObjectiveState]:
        """The player's side's open objectives whose requirements are met, in order."""
        return self.mine_and_theirs()[0]

    def ai_objectives(self) -> list[ObjectiveState]:
        """The other side's open objectives: what its AI groups pursue."""
        return self.mine_and_theirs()[1]

    def mine_and_theirs(self) -> tuple[list[ObjectiveState], list[ObjectiveState]]:
        """``active_objectives()`` and ``ai_objectives()`` from one pass over the open ones."""
        mine: list[ObjectiveState] = []
        theirs: list[ObjectiveState] = []
        for o in self.open_objectives():
            if not o.for_side(self.side):
                theirs.append(o)
            elif o.kind != "fail":
                mine.append(o)
        return mine, theirs

    def open_objectives(self) -> list[ObjectiveState]:
        done = {o.id for o in self.objectives if o.done}
        return [
            o for o in sorted(self.objectives, key=BY_ORDER)
            if not o.done and not o.failed and (not o.requires
                                                or all(r in done for r in o.requires))
        ]

    def objective(self, objective_id: str) -> ObjectiveState | None:
        for o in self.objectives:  # a plain loop: conditions ask this every tick
            if o.id == objective_id:
                return o
        return None
