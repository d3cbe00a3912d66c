"""Mission state kept in the world: objectives, time limit, the player's entity and the outcome."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class ObjectiveState:
    id: str
    text: str
    order: int
    kind: str  # kill | reach | hold | interact | survive | scripted
    target: str  # kill: a Target group; reach: a Region name
    requires: tuple[str, ...] = ()
    optional: bool = False
    hold_s: float = 0.0  # hold/interact/survive: seconds it takes
    progress_s: float = 0.0
    done: bool = False
    done_at_s: float = 0.0


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
    holding: bool = False  # a script is playing out: success waits until it lets go
    fail_reason: str = ""  # set by a script: the mission fails with this reason
    take: int = 0  # dollars carried out
    countdown_s: float = -1.0  # a clock the HUD shows (< 0: none)
    countdown_label: str = ""
    casualties: dict[str, int] = field(default_factory=dict)  # "victim side:by side" -> count

    def active_objectives(self) -> list[ObjectiveState]:
        done = {o.id for o in self.objectives if o.done}
        return [
            o for o in sorted(self.objectives, key=lambda o: o.order)
            if not o.done and all(r in done for r in o.requires)
        ]
