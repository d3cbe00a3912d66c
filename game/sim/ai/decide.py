"""One AI's decision: pick the behaviour for its side and alertness, and carry it a step on."""

from __future__ import annotations

from game.sim.ai.calm import investigate, routine, search
from game.sim.ai.combat import FIGHTING_MODES, fight
from game.sim.ai.fear import civilian, maybe_surrender
from game.sim.ai.moves import halt, hold_fire
from game.sim.components import Awareness, Brain, Dead, Downed, Faction, Surrendered
from game.sim.world import World


def decide(world: World, eid: int, brain: Brain) -> None:
    if world.has(eid, Dead) or world.has(eid, Downed) or world.has(eid, Surrendered):
        brain.mode = "surrendered" if world.has(eid, Surrendered) else "down"
        brain.cover, brain.bounding = -1, False
        halt(world, eid)
        hold_fire(world, eid)
        return
    aware = world.get(eid, Awareness)
    faction = world.get(eid, Faction)
    if aware is None:
        routine(world, eid, brain)
        return
    if faction is not None and faction.side == "civilian":
        civilian(world, eid, brain, aware)
        return
    if maybe_surrender(world, eid, brain, aware):
        return
    if aware.state == "combat":
        fight(world, eid, brain, aware)
        return
    if brain.mode in FIGHTING_MODES:  # the fight is over: forget its cover and roles
        brain.role, brain.bounding, brain.cover, brain.peeking = "rifleman", False, -1, False
    if aware.state == "searching":
        search(world, eid, brain, aware)
    elif aware.state == "suspicious":
        investigate(world, eid, brain, aware)
    else:
        routine(world, eid, brain)
