"""The car alarm: one 0.5 s "whoop" (a square-ish tone sweeping up), played once per pulse of a
sounding alarm, so back to back they make the familiar rising wail of a parked car's siren."""

from __future__ import annotations

from art.synth import Signal, lowpass, mul, samples, soft_clip, sweep

PULSE_S = 0.5  # matches the sim's pulse (game/sim/systems/sound_car_alarms.py)
LOW_HZ, HIGH_HZ = 620.0, 1550.0
RAMP_S = 0.012  # fade in and out at each end, so consecutive pulses join without a click


def car_alarm() -> Signal:
    """Up-sweep with odd harmonics (a piezo horn's buzz), softly clipped and smoothed."""
    tone = sweep(PULSE_S, LOW_HZ, HIGH_HZ, (1.0, 0.0, 0.33, 0.0, 0.2))
    edge = samples(RAMP_S)
    count = len(tone)
    gate = [min(1.0, i / edge, (count - 1 - i) / edge) for i in range(count)]
    return lowpass(soft_clip(mul(tone, gate), 2.2), 5200)
