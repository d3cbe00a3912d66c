"""The state of the armored car job: its phase, the police clock, Waingro's temper, the take."""

from __future__ import annotations

from dataclasses import dataclass, field

from game.sim.units import metres

POLICE_CLOCK_S = 180.0  # from the ram to the zone closing
ESCALATION_CUT_S = 45.0  # a killing brings the police this much sooner
POLICE_ROLL_IN_S = 35.0  # the squad cars start their run this long before the zone closes
FUSE_S = 4.0
BLAST_RADIUS_PX = metres(4.0)
BLAST_DAMAGE = 90.0
RAM_SPEED_MPS = 15.0
TAKE_DOLLARS = 1_600_000
OUTRO_S = 7.0
CALM_RADIUS_PX = metres(3.0)  # McCauley this close keeps Waingro in check


@dataclass
class ArmoredCarJob:
    """Held as a world resource while the armored car mission runs."""

    phase: str = "approach"  # approach | ram | clock | outro | over
    clock_left_s: float = POLICE_CLOCK_S
    planted: bool = False
    fuse_left_s: float = 0.0  # counting down once planted
    blown: bool = False
    bonds: bool = False
    spikes: bool = False
    agitation: float = 0.0  # Waingro, 0..1
    escalated: bool = False
    police_rolling: bool = False
    zone_closed: bool = False
    outro_left_s: float = OUTRO_S
    boarded: list[tuple[str, str]] = field(default_factory=list)  # guards waiting in the truck
    said: set[str] = field(default_factory=set)  # radio lines already heard
    take: int = 0
    outro_crew: list[int] = field(default_factory=list)
