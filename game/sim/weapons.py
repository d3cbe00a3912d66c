"""The weapons table: every gun's numbers in one place, looked up by name."""

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


WEAPONS: dict[str, WeaponSpec] = {
    spec.name: spec
    for spec in (
        WeaponSpec("pistol", 34, 0.22, 15, 1.3, math.radians(2.0), metres(70), metres(35),
                   loudness_m=35),
        WeaponSpec("rifle", 30, 0.09, 30, 2.1, math.radians(2.5), metres(90), metres(60),
                   automatic=True, loudness_m=55),
        WeaponSpec("shotgun", 16, 0.75, 6, 2.8, math.radians(5.0), metres(60), metres(20),
                   pellets=8, loudness_m=45),
    )
}


def weapon_spec(name: str) -> WeaponSpec:
    try:
        return WEAPONS[name]
    except KeyError:
        known = ", ".join(sorted(WEAPONS))
        raise ValueError(f"unknown weapon {name!r}; use one of: {known}") from None
