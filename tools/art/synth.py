"""Tiny pure-Python synthesis toolkit for the HEAT sound effects.

Signals are plain ``list[float]`` at 22050 Hz, nominally in -1..1.  The
helpers cover what the effects need: noise, envelopes, sine sweeps, one-pole
low/high-pass filters, a two-pole resonator, mixing, soft clipping, peak
normalisation and 16-bit mono WAV output through the stdlib ``wave`` module.
"""

from __future__ import annotations

import math
import random
import struct
import wave
from collections.abc import Callable
from pathlib import Path

RATE = 22050
Signal = list[float]


def samples(seconds: float) -> int:
    """Number of samples in ``seconds``."""
    return round(seconds * RATE)


def silence(seconds: float) -> Signal:
    """A silent signal."""
    return [0.0] * samples(seconds)


def noise(rng: random.Random, seconds: float) -> Signal:
    """White noise in -1..1."""
    return [rng.uniform(-1.0, 1.0) for _ in range(samples(seconds))]


def envelope(seconds: float, tau: float, attack: float = 0.001) -> Signal:
    """Linear attack then exponential decay with time constant ``tau``."""
    out = []
    for i in range(samples(seconds)):
        t = i / RATE
        rise = min(1.0, t / attack) if attack > 0 else 1.0
        out.append(rise * math.exp(-max(0.0, t - attack) / tau))
    return out


def sweep(seconds: float, f0: float, f1: float, harmonics: tuple[float, ...] = (1.0,)
          ) -> Signal:
    """Sine (plus optional harmonics) gliding exponentially from f0 to f1 Hz."""
    n = samples(seconds)
    phase, out = 0.0, []
    for i in range(n):
        freq = f0 * (f1 / f0) ** (i / max(1, n - 1))
        phase += 2 * math.pi * freq / RATE
        out.append(sum(a * math.sin(phase * (k + 1)) for k, a in enumerate(harmonics)))
    return out


def lowpass(signal: Signal, cutoff: float) -> Signal:
    """One-pole low-pass filter."""
    a = 1.0 - math.exp(-2 * math.pi * cutoff / RATE)
    y, out = 0.0, []
    for x in signal:
        y += a * (x - y)
        out.append(y)
    return out


def highpass(signal: Signal, cutoff: float) -> Signal:
    """One-pole high-pass filter (input minus its low-pass)."""
    return [x - y for x, y in zip(signal, lowpass(signal, cutoff), strict=True)]


def bandpass(signal: Signal, low: float, high: float) -> Signal:
    """Band-pass from two one-pole filters in series."""
    return highpass(lowpass(signal, high), low)


def resonate(signal: Signal, freq: float, tau: float) -> Signal:
    """Two-pole resonator ringing at ``freq`` Hz with decay time ``tau``."""
    r = math.exp(-1.0 / (tau * RATE))
    c = 2 * r * math.cos(2 * math.pi * freq / RATE)
    y1 = y2 = 0.0
    out = []
    for x in signal:
        y = (1 - r) * x + c * y1 - r * r * y2
        y2, y1 = y1, y
        out.append(y)
    return out


def mul(a: Signal, b: Signal) -> Signal:
    """Sample-wise product, truncated to the shorter signal."""
    return [x * y for x, y in zip(a, b, strict=False)]


def place(target: Signal, sound: Signal, at: float, gain: float = 1.0) -> None:
    """Mix ``sound`` into ``target`` starting at ``at`` seconds (clipped to fit)."""
    start = samples(at)
    for i, x in enumerate(sound[: max(0, len(target) - start)]):
        target[start + i] += gain * x


def place_wrapped(target: Signal, sound: Signal, start: int, gain: float = 1.0) -> None:
    """Mix ``sound`` into ``target`` at sample ``start``, wrapping around the end."""
    n = len(target)
    for i, x in enumerate(sound):
        target[(start + i) % n] += gain * x


def loop_filter(signal: Signal, process: Callable[[Signal], Signal]) -> Signal:
    """Run a stateful filter over a loop so that its end meets its start."""
    return process(signal + signal)[len(signal):]


def soft_clip(signal: Signal, drive: float) -> Signal:
    """tanh saturation for punch."""
    return [math.tanh(x * drive) for x in signal]


def fade_out(signal: Signal, seconds: float) -> Signal:
    """Linear fade over the last ``seconds`` so the file ends at silence."""
    n = min(len(signal), samples(seconds))
    out = list(signal)
    for i in range(n):
        out[len(out) - n + i] *= 1.0 - (i + 1) / n
    return out


def normalise(signal: Signal, peak_db: float = -3.0) -> Signal:
    """Scale so the absolute peak sits at ``peak_db`` dBFS."""
    peak = max(abs(x) for x in signal) or 1.0
    gain = 10 ** (peak_db / 20) / peak
    return [x * gain for x in signal]


def write_wav(path: Path, signal: Signal) -> None:
    """Write a 16-bit mono WAV at ``RATE`` Hz, peak-normalised to -3 dBFS."""
    data = normalise(signal)
    frames = b"".join(struct.pack("<h", max(-32768, min(32767, round(x * 32767))))
                      for x in data)
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(frames)
