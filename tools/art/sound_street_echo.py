"""Gunfire between buildings: the dry report followed by its slapback off the facades across
the street, a flutter between the two walls that darkens as it dies, and a late roll from the
blocks further off. Used for the ``_street`` variants the game plays on maps whose ``acoustics``
is ``street`` (downtown)."""

from __future__ import annotations

from art.synth import RATE, Signal, fade_out, lowpass, place, silence

SLAPBACK_S = 0.09  # off the facade across the street and back (about 15 m each way)
FLUTTER_S = 0.12  # between the two facades, 20 m apart
FLUTTERS = 5
FLUTTER_GAIN = 0.6  # each bounce keeps this much
ROLL_S = (0.35, 0.55, 0.8)  # the next blocks over
ROLL_GAIN = 0.35
TAIL_S = 0.9


def street_echo(dry: Signal) -> Signal:
    """``dry`` with its reflections, each later one lower and darker; 0.9 s longer."""
    out = silence(len(dry) / RATE + TAIL_S)
    place(out, dry, 0.0, 1.0)
    bounce, gain, at = dry, 0.7, SLAPBACK_S
    for _ in range(FLUTTERS):
        bounce = lowpass(bounce, 3200)
        place(out, bounce, at, gain)
        gain *= FLUTTER_GAIN
        at += FLUTTER_S
    far = lowpass(lowpass(dry, 1400), 1400)
    for i, delay in enumerate(ROLL_S):
        place(out, far, delay, ROLL_GAIN / (i + 1))
    return fade_out(out, 0.25)
