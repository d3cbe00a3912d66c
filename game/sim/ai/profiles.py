"""How each side perceives and fights, as data: cones, hearing, nerve, aim, when to fall back."""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.sim.units import metres


@dataclass(frozen=True, slots=True)
class Profile:
    fov_rad: float  # whole vision cone
    sight_px: float  # in full light
    hearing: float  # multiplier on loudness radii
    reaction_s: float  # least delay before reacting to a sound
    aim_error_px: float  # typical miss distance of a first aim at 10 m
    retreat_share: float  # falls back to cover below this share of health
    flanks: bool  # may be sent round the side
    nerve: float  # 0..1: low nerves panic or surrender sooner
    first_shot_s: tuple[float, float]  # seeded reaction to a new target before the first shot


PROFILES: dict[str, Profile] = {
    "crew": Profile(math.radians(115), metres(26), 1.0, 0.25, 10.0, 0.3, True, 0.9,
                    (0.25, 0.4)),
    "lapd": Profile(math.radians(105), metres(24), 1.0, 0.3, 14.0, 0.35, True, 0.8,
                    (0.4, 0.6)),
    "guard": Profile(math.radians(95), metres(20), 0.9, 0.45, 22.0, 0.5, False, 0.4,
                     (0.5, 0.7)),
    "civilian": Profile(math.radians(120), metres(18), 1.0, 0.5, 40.0, 1.0, False, 0.1,
                        (0.6, 0.9)),
}


def profile_for(side: str) -> Profile:
    return PROFILES.get(side, PROFILES["civilian"])
