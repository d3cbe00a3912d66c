"""Alertness each tick: what is seen fills suspicion up to combat, pending sounds are acted on
after their reaction time, and an enemy out of sight turns combat into a search, then calm."""

from __future__ import annotations

from game.sim.ai.alertness import react_to_noise, set_state
from game.sim.components import Awareness, Dead, Downed, Position, Surrendered, Weapon
from game.sim.world import World

LOSE_S = 6.0  # combat turns into a search this long after the enemy was last seen or heard
SEARCH_S = 18.0  # a search gives up after this long
SUSPICION_DECAY = 0.12  # per second, with nothing in sight
SUPPRESSION_DECAY = 0.35  # per second
SHOOTER_S = 0.5  # someone seen firing this recently is an enemy at once


def update_alertness(world: World, dt: float) -> None:
    now = world.time_s
    dead, downed, gave_up = world.store(Dead), world.store(Downed), world.store(Surrendered)
    positions = world.store(Position)
    decay = SUPPRESSION_DECAY * dt
    for eid, aware in world.query(Awareness):
        if eid in dead or eid in downed or eid in gave_up:
            continue
        if 0.0 <= aware.react_at_s <= now:
            react_to_noise(world, eid, aware)
        target = aware.target
        if aware.seen and target != 0 and target in positions and not (
                target in dead or target in downed or target in gave_up):
            _watch(world, eid, aware, dt)
        else:
            aware.seen = False
            _forget(world, eid, aware, dt)
        if aware.suppression:
            aware.suppression = max(0.0, aware.suppression - decay)


def _watch(world: World, eid: int, aware: Awareness, dt: float) -> None:
    """In sight at the last look (which noted where): suspicion grows toward combat."""
    aware.last_seen_s = world.time_s
    if aware.state == "combat":
        return
    weapon = world.get(aware.target, Weapon)
    if weapon is not None and world.time_s - weapon.last_shot_s < SHOOTER_S:
        aware.suspicion = 1.0
    rate = 1.0 / (0.15 + 1.6 * aware.seen_share)
    if aware.state == "searching":
        rate *= 2.5  # already expecting trouble
    aware.suspicion = min(1.0, aware.suspicion + rate * dt)
    if aware.suspicion >= 1.0:
        set_state(world, eid, aware, "combat", aware.last_x, aware.last_y)
    elif aware.state == "unaware":
        set_state(world, eid, aware, "suspicious", aware.last_x, aware.last_y)


def _forget(world: World, eid: int, aware: Awareness, dt: float) -> None:
    now = world.time_s
    x, y = aware.last_x, aware.last_y
    if aware.state == "combat":
        if now - aware.last_seen_s > LOSE_S:
            set_state(world, eid, aware, "searching", x, y)
    elif aware.state == "searching":
        if now - aware.since_s > SEARCH_S:
            aware.suspicion = 0.5
            set_state(world, eid, aware, "suspicious", x, y)
    elif aware.state == "suspicious":
        aware.suspicion -= SUSPICION_DECAY * dt
        if aware.suspicion <= 0.0:
            aware.suspicion = 0.0
            set_state(world, eid, aware, "unaware", x, y)
