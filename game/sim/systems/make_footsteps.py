"""Footsteps as noise: every moving actor makes a NoiseMade each stride, louder when running."""

from __future__ import annotations

import math

from game.sim.components import Dead, Downed, Mover, Perception, Position, Velocity
from game.sim.events import NoiseMade
from game.sim.units import PX_PER_M, TICK_HZ
from game.sim.world import World

STRIDE_TICKS = TICK_HZ * 2 // 5  # one noise per actor every 0.4 s while moving
QUIET_SPEED = 0.5 * PX_PER_M  # px/s: slower than this makes no sound
STEP_BASE_M = 1.0  # a footstep is heard this far, plus ...
STEP_PER_MPS = 1.2  # ... this many metres per metre per second of speed (running ~7 m)


def make_footsteps(world: World, dt: float) -> None:
    if not world.store(Perception):
        return  # footsteps are noise for listening AIs; with none, there is nothing to do
    phase = world.tick % STRIDE_TICKS
    dead, downed = world.store(Dead), world.store(Downed)
    velocities = world.store(Velocity)
    for eid, pos, _ in world.query(Position, Mover):
        if (eid + phase) % STRIDE_TICKS or eid in dead or eid in downed:
            continue
        vel = velocities.get(eid)
        speed = math.hypot(vel.vx, vel.vy) if vel else 0.0
        if speed < QUIET_SPEED:
            continue
        world.emit(NoiseMade(world.tick, eid, pos.x, pos.y, footstep_loudness_m(speed), "step"))


def footstep_loudness_m(speed_px_s: float) -> float:
    """How far a footstep at this speed carries, in metres."""
    return STEP_BASE_M + STEP_PER_MPS * speed_px_s / PX_PER_M
