"""The weapons table: every gun's numbers, and what each material does to a round, as data."""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.sim.units import metres


@dataclass(frozen=True, slots=True)
class WeaponSpec:
    name: str
    damage: float  # hit points per projectile
    fire_interval_s: float  # seconds between shots
    magazine: int
    reload_s: float
    spread_rad: float  # standard deviation of the aim error
    speed: float  # projectile px/s
    range_px: float
    pellets: int = 1
    automatic: bool = False
    loudness_m: float = 40.0  # heard within this many metres
    recoil_rad: float = 0.0  # added to the spread by every shot ...
    recovery_rad_s: float = 0.0  # ... and settling back at this rate
    penetration: float = 1.0  # 0..1: share of a material's resistance the round overcomes
    armour_piercing: float = 0.0  # 0..1: share of a vest's protection the round defeats
    burst: int = 1  # rounds an AI fires before it re-aims
    engage_px: float = 0.0  # distance an AI likes to fight from


def _deg(value: float) -> float:
    return math.radians(value)


WEAPONS: dict[str, WeaponSpec] = {
    spec.name: spec
    for spec in (
        # LAPD service pistol and the crew's sidearms: 9 mm, semi-automatic.
        WeaponSpec("pistol", 34, 0.22, 15, 1.3, _deg(2.0), metres(70), metres(35),
                   loudness_m=35, recoil_rad=_deg(1.6), recovery_rad_s=_deg(5.0),
                   penetration=0.8, burst=2, engage_px=metres(12)),
        # Assault rifle (the crew's FN FNC / M16 pattern, Hanna's rifle).
        WeaponSpec("rifle", 30, 0.09, 30, 2.1, _deg(2.5), metres(90), metres(60),
                   automatic=True, loudness_m=55, recoil_rad=_deg(0.8),
                   recovery_rad_s=_deg(4.0), penetration=1.0, armour_piercing=0.5, burst=4,
                   engage_px=metres(20)),
        # Short-barrelled assault carbine (McCauley's Colt Commando): faster, a little wilder.
        WeaponSpec("carbine", 28, 0.075, 30, 2.0, _deg(2.8), metres(85), metres(55),
                   automatic=True, loudness_m=55, recoil_rad=_deg(1.0),
                   recovery_rad_s=_deg(4.5), penetration=1.0, armour_piercing=0.5, burst=5,
                   engage_px=metres(17)),
        # Pump shotgun: eight pellets that a car door already slows to almost nothing.
        WeaponSpec("shotgun", 16, 0.75, 6, 2.8, _deg(5.0), metres(60), metres(20),
                   pellets=8, loudness_m=45, recoil_rad=_deg(3.0), recovery_rad_s=_deg(5.0),
                   penetration=0.5, burst=1, engage_px=metres(8)),
    )
}

BULLET_KEEP: dict[str, float] = {
    "glass": 0.85,
    "car_body": 0.6,
    "wood": 0.55,
    "concrete": 0.0,
    "brick": 0.0,
    "metal": 0.0,
    "engine_block": 0.0,
    "boundary": 0.0,
}
"""Share of a full-power round's damage left after passing one solid of each material (0: the
material stops rounds). Unknown materials stop rounds."""

MIN_KEEP = 0.15
"""A round left with less than this share of its damage is spent inside the material."""


def weapon_spec(name: str) -> WeaponSpec:
    try:
        return WEAPONS[name]
    except KeyError:
        known = ", ".join(sorted(WEAPONS))
        raise ValueError(f"unknown weapon {name!r}; use one of: {known}") from None


def damage_kept(material: str, penetration: float) -> float:
    """Share of a round's damage left after one solid of ``material``; 0 when it stops there.

    A weaker round (``penetration`` below 1) loses proportionally more: the material's loss is
    divided by the round's penetration.
    """
    keep = BULLET_KEEP.get(material, 0.0)
    if keep <= 0.0 or penetration <= 0.0:
        return 0.0
    kept = 1.0 - (1.0 - keep) / penetration
    return kept if kept >= MIN_KEEP else 0.0


def stops_rounds(material: str) -> bool:
    return BULLET_KEEP.get(material, 0.0) <= 0.0
