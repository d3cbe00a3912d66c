"""Which sprite shows a civilian's posture: crouched behind cover while ducking, hands up while
frozen in the open (or after giving up to an armed man). Read from the sim, decided nowhere else.
"""

from __future__ import annotations

from game.sim.ai.panic_state import Panic
from game.sim.components import Appearance, Surrendered
from game.sim.world import World

POSED = frozenset({"civilian"})  # sprites drawn in the postures (tools/art/sprites_postures.py)
SUFFIX = {"crouch": "_crouch", "hands_up": "_handsup"}


def posed_sprites(world: World) -> dict[int, str]:
    """Sprite keys for this frame's actors in a posture, by entity id (most have none)."""
    looks = world.store(Appearance)
    out = {}
    for eid in world.store(Surrendered):
        look = looks.get(eid)
        if look is not None and look.sprite in POSED:
            out[eid] = look.sprite + SUFFIX["hands_up"]
    for eid, panic in world.store(Panic).items():
        look = looks.get(eid)
        if panic.posture in SUFFIX and look is not None and look.sprite in POSED:
            out[eid] = look.sprite + SUFFIX[panic.posture]
    return out
