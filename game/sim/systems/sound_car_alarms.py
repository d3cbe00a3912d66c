"""Car alarms: a round striking a parked car, or a vehicle bumping or ramming it, sets its alarm
off; while it sounds it makes a loud pulsing noise until its time runs out. The AI hears it as
``alarm``: it draws an unaware listener's attention to the car, and it masks footsteps (it ranks
above them, so a listener about to react to the alarm lets steps heard meanwhile pass)."""

from __future__ import annotations

import math

from game.sim.body_grid import body_segment
from game.sim.car_alarms import CarAlarm, CarAlarmStopped, CarAlarmTripped, sounding
from game.sim.components import Body, Heading, Position, Velocity
from game.sim.events import NoiseMade, ProjectilePierced, ProjectileStopped, VehicleRammed
from game.sim.units import metres
from game.sim.vehicles import Vehicle
from game.sim.world import World

ALARM_M = 35.0  # an alarm is heard this far (metres): further than footsteps, short of a shot
PULSE_S = 0.5  # one noise this often while it sounds
STRIKE_MARGIN_PX = 4.0  # a round stopping this close to the car's outline struck it
BUMP_SPEED = metres(1.0)  # px/s: a vehicle moving at least this fast sets alarms off
BUMP_PX = 3.0  # ... when its body comes this close to the car


def sound_car_alarms(world: World, dt: float) -> None:
    alarms = world.store(CarAlarm)
    if not alarms:
        return  # no parked car on this map has an alarm
    now = world.time_s
    for eid in _struck(world, alarms):
        alarm = alarms[eid]
        if not sounding(alarm, now):
            alarm.next_pulse_s = now
            world.emit(CarAlarmTripped(world.tick, eid, *alarm.centre, alarm.sound_s))
        alarm.until_s = now + alarm.sound_s
    for eid, alarm in alarms.items():
        if alarm.until_s < 0.0:
            continue
        if not sounding(alarm, now):
            alarm.until_s = -1.0
            world.emit(CarAlarmStopped(world.tick, eid, *alarm.centre))
        elif now >= alarm.next_pulse_s:
            alarm.next_pulse_s = now + PULSE_S
            world.emit(NoiseMade(world.tick, eid, *alarm.centre, ALARM_M, "alarm"))


def _struck(world: World, alarms: dict[int, CarAlarm]) -> list[int]:
    """Alarms set off this tick, in id order, each once."""
    points = [(e.x, e.y, STRIKE_MARGIN_PX) for e in world.events
              if isinstance(e, ProjectilePierced | VehicleRammed)
              or (isinstance(e, ProjectileStopped) and e.material)]
    points += _bumps(world)
    if not points:
        return []
    return [eid for eid in sorted(alarms)
            if any(alarms[eid].contains(x, y, margin) for x, y, margin in points)]


def _bumps(world: World) -> list[tuple[float, float, float]]:
    """Each moving vehicle's body as three points along its spine (ends and middle), each with
    the body's radius as the margin it may come within a car."""
    out = []
    for eid, car, vel in world.query(Vehicle, Velocity):
        if car.state == "parked" or math.hypot(vel.vx, vel.vy) < BUMP_SPEED:
            continue
        pos, body, heading = world.get(eid, Position), world.get(eid, Body), \
            world.get(eid, Heading)
        if pos is None or body is None or heading is None:
            continue
        ax, ay, bx, by = body_segment(pos, body, heading)
        for t in (0.0, 0.5, 1.0):
            out.append((ax + (bx - ax) * t, ay + (by - ay) * t, body.radius + BUMP_PX))
    return out

