"""Alertness rules: moving between unaware, suspicious, searching and combat, and what a sound
does once its reaction time has passed."""

from __future__ import annotations

from game.sim.components import Awareness, Brain
from game.sim.events import AlertnessChanged
from game.sim.world import World

LEVELS = {"unaware": 0, "suspicious": 1, "searching": 2, "combat": 3}
NOISE_PRIORITY = {"": 0, "step": 1, "alarm": 2, "impact": 3, "shot": 4}  # a louder kind masks
REACT_SPREAD_S = 1.2  # extra reaction delay for a sound at the very edge of its radius


def set_state(world: World, eid: int, aware: Awareness, state: str, x: float, y: float) -> None:
    """Enter ``state`` with attention on (x, y); the brain rethinks at once on a change."""
    aware.last_x, aware.last_y = x, y
    if aware.state == state:
        return
    previous, aware.state, aware.since_s = aware.state, state, world.time_s
    world.emit(AlertnessChanged(world.tick, eid, state, previous, x, y))
    brain = world.get(eid, Brain)
    if brain is not None:
        brain.next_think_s = world.time_s


def reaction_delay(reaction_s: float, distance: float, radius: float) -> float:
    """Grows with distance and falls with loudness (a louder noise has a larger radius)."""
    return reaction_s + REACT_SPREAD_S * min(1.0, distance / max(radius, 1.0))


def schedule_noise(aware: Awareness, kind: str, x: float, y: float, react_at_s: float) -> None:
    """Remember a heard noise until its reaction time; a louder kind or a sooner one wins."""
    pending = aware.react_at_s >= 0.0
    if pending and NOISE_PRIORITY[kind] < NOISE_PRIORITY[aware.heard_kind]:
        return
    if pending and kind == aware.heard_kind and react_at_s >= aware.react_at_s:
        return
    aware.heard_kind, aware.heard_x, aware.heard_y, aware.react_at_s = kind, x, y, react_at_s


def react_to_noise(world: World, eid: int, aware: Awareness) -> None:
    """Act on the pending noise: shots and near misses alarm, footsteps raise suspicion."""
    kind, x, y = aware.heard_kind, aware.heard_x, aware.heard_y
    aware.heard_kind, aware.react_at_s = "", -1.0
    if aware.state == "combat":
        if not aware.seen and kind in ("shot", "impact"):
            aware.last_x, aware.last_y, aware.last_seen_s = x, y, world.time_s
        return
    if kind == "alarm":  # a car alarm draws attention, but is no sign of an enemy
        if aware.state in ("unaware", "suspicious"):
            aware.suspicion = max(aware.suspicion, 0.4)
            set_state(world, eid, aware, "suspicious", x, y)
        return
    if kind == "impact":
        aware.suppression = min(1.0, aware.suppression + 0.25)
    if kind in ("shot", "impact"):
        aware.suspicion = max(aware.suspicion, 0.6)
        set_state(world, eid, aware, "searching", x, y)
    elif aware.state == "unaware":
        aware.suspicion = max(aware.suspicion, 0.4)
        set_state(world, eid, aware, "suspicious", x, y)
    else:
        aware.suspicion = min(1.0, aware.suspicion + 0.3)
        state = "searching" if aware.suspicion >= 1.0 else aware.state
        set_state(world, eid, aware, state, x, y)
