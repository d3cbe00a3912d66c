"""Thinking: each AI reconsiders what to do a few times a second (staggered, sooner when its
alertness changes) and sets its goals, gaze and trigger discipline for the systems after it."""

from __future__ import annotations

from game.sim.ai.decide import decide
from game.sim.ai.fight_index import fight_index
from game.sim.ai.squad import MATES_PX
from game.sim.components import Brain
from game.sim.world import World

THINK_S = 0.4
JITTER_S = 0.1  # spread thinking over ticks so a crowd does not decide all at once


def choose_behaviours(world: World, dt: float) -> None:
    now = world.time_s
    mates = fight_index(world, MATES_PX)
    mates.open = True  # nothing moves while AIs think: mates are filed once for the pass
    try:
        for eid, brain in world.query(Brain):
            if brain.next_think_s > now:
                continue
            brain.next_think_s = now + THINK_S + world.rng.uniform(0.0, JITTER_S)
            decide(world, eid, brain)
    finally:
        mates.open = False
