"""Synthesize the HEAT sound effects into ``assets/sounds/*.wav``.

All sounds are 16-bit mono 22050 Hz, peak-normalised to -3 dBFS and built
from seeded noise, envelopes, filters and sine sweeps (see ``art.synth``).
One-shots stay under 1.5 s (the ``_street`` gunshots, with their echo off the buildings, under
2 s) (``car_alarm`` is one 0.5 s pulse, played back to back
while a car alarm sounds); ``alarm`` (2 s) and ``siren`` (3 s) are seamless
loops: their strikes/phase wrap around and their filters run in steady state.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from pathlib import Path

from art.sound_car_alarm import car_alarm
from art.sound_street_echo import street_echo
from art.synth import (
    RATE,
    Signal,
    bandpass,
    envelope,
    fade_out,
    highpass,
    loop_filter,
    lowpass,
    mul,
    noise,
    place,
    place_wrapped,
    resonate,
    samples,
    silence,
    soft_clip,
    sweep,
    write_wav,
)


def burst(rng: random.Random, seconds: float, tau: float, cutoff: float,
          attack: float = 0.0005) -> Signal:
    """Two-pole low-passed noise with an exponential decay."""
    dark = lowpass(lowpass(noise(rng, seconds), cutoff), cutoff)
    return mul(dark, envelope(seconds, tau, attack))


def crack(rng: random.Random, seconds: float, tau: float, cutoff: float) -> Signal:
    """High-passed noise transient."""
    return mul(highpass(noise(rng, seconds), cutoff), envelope(seconds, tau, 0.0002))


def thump(seconds: float, f0: float, f1: float, tau: float) -> Signal:
    """Decaying sine sweep for low-end weight."""
    return mul(sweep(seconds, f0, f1), envelope(seconds, tau, 0.001))


def gunshot(seed: int, length: float, crack_gain: float, body: tuple[float, float],
            low: tuple[float, float, float], tail: tuple[float, float, float]) -> Signal:
    """Generic gunshot: crack + body noise + sub thump + room tail."""
    rng = random.Random(seed)
    out = silence(length)
    place(out, crack(rng, 0.05, 0.006, 1800), 0, crack_gain)
    place(out, burst(rng, 0.5, body[0], body[1]), 0, 1.4)
    place(out, thump(0.4, low[0], low[1], low[2]), 0, 1.0)
    place(out, burst(rng, length, tail[0], tail[1], 0.01), 0.01, tail[2])
    return fade_out(soft_clip(out, 2.2), 0.05)


def shot_pistol() -> Signal:
    """Sharp 9 mm pistol report."""
    return gunshot(1, 0.6, 1.0, (0.035, 3000), (170, 55, 0.04), (0.16, 1100, 0.35))


def shot_rifle() -> Signal:
    """Louder, longer assault-rifle crack with more room."""
    out = gunshot(2, 0.9, 1.4, (0.06, 4000), (130, 42, 0.07), (0.28, 1300, 0.5))
    place(out, burst(random.Random(22), 0.3, 0.06, 1500), 0.13, 0.12)
    return out


def shot_shotgun() -> Signal:
    """Boomy 12-gauge blast."""
    return gunshot(3, 1.1, 0.6, (0.12, 1700), (95, 34, 0.12), (0.4, 800, 0.6))


def click(rng: random.Random, freq: float, tau: float, seconds: float = 0.12) -> Signal:
    """Mechanical click: tiny noise tick exciting a metallic resonance."""
    tick = crack(rng, seconds, 0.0015, 1500)
    ring = resonate(tick, freq, tau)
    return [a * 0.6 + b * 8.0 for a, b in zip(tick, ring, strict=True)]


def reload() -> Signal:
    """Magazine out, slide, magazine in, slide rack."""
    rng = random.Random(4)
    out = silence(0.75)
    place(out, click(rng, 2400, 0.02), 0.0, 0.7)
    place(out, mul(bandpass(noise(rng, 0.08), 800, 4000), envelope(0.08, 0.03, 0.02)),
          0.14, 0.5)
    place(out, click(rng, 1300, 0.03), 0.36, 1.0)
    place(out, burst(rng, 0.05, 0.01, 600), 0.36, 0.6)
    place(out, click(rng, 2900, 0.015), 0.58, 0.8)
    place(out, click(rng, 2100, 0.02), 0.63, 0.9)
    return fade_out(out, 0.02)


def dry_fire() -> Signal:
    """Empty-chamber hammer click."""
    rng = random.Random(5)
    out = silence(0.15)
    place(out, click(rng, 3100, 0.012), 0, 1.0)
    place(out, click(rng, 1700, 0.008), 0.004, 0.5)
    return fade_out(out, 0.02)


def grit(rng: random.Random, seconds: float, count: int, spread: float) -> Signal:
    """Sparse decaying crackles (debris, gravel, splinters)."""
    out = silence(seconds)
    for _ in range(count):
        t = spread * rng.random() ** 2
        place(out, crack(rng, 0.02, 0.002, 2500), t, rng.uniform(0.2, 0.6) * (1 - t / seconds))
    return out


def impact_concrete() -> Signal:
    """Bullet chipping concrete: dull crack and falling grit."""
    rng = random.Random(6)
    out = silence(0.35)
    place(out, burst(rng, 0.1, 0.018, 3500), 0, 1.0)
    place(out, thump(0.08, 260, 120, 0.015), 0, 0.5)
    place(out, grit(rng, 0.35, 18, 0.25), 0.01, 0.7)
    return fade_out(out, 0.03)


def impact_metal() -> Signal:
    """Ricochet ping off sheet metal: inharmonic ringing partials."""
    rng = random.Random(7)
    out = silence(0.7)
    place(out, crack(rng, 0.03, 0.002, 2000), 0, 0.8)
    partials = ((1230, 0.28, 1.0), (2710, 0.16, 0.6), (4180, 0.1, 0.4), (5630, 0.06, 0.3))
    for freq, tau, gain in partials:
        tone = mul(sweep(0.7, freq * 1.02, freq), envelope(0.7, tau, 0.0005))
        place(out, tone, 0, gain * 0.5)
    return fade_out(out, 0.05)


def tinkles(rng: random.Random, seconds: float, count: int) -> Signal:
    """Many tiny high sine pings: glass shards falling."""
    out = silence(seconds)
    for _ in range(count):
        t = seconds * 0.75 * rng.random() ** 1.6
        shard = mul(sweep(0.06, rng.uniform(2800, 7500), rng.uniform(2600, 7000)),
                    envelope(0.06, rng.uniform(0.008, 0.025), 0.0005))
        place(out, shard, t, rng.uniform(0.15, 0.5) * (1 - t / seconds))
    return out


def impact_glass() -> Signal:
    """Window shattering: bright crack and a shower of shards."""
    rng = random.Random(8)
    out = silence(0.95)
    place(out, crack(rng, 0.12, 0.03, 2500), 0, 1.0)
    place(out, tinkles(rng, 0.95, 60), 0.01, 1.0)
    return fade_out(out, 0.05)


def hit_body() -> Signal:
    """Bullet hitting a body: dull slap and thud."""
    rng = random.Random(9)
    out = silence(0.3)
    place(out, crack(rng, 0.02, 0.003, 1200), 0, 0.5)
    place(out, burst(rng, 0.2, 0.04, 600), 0, 1.2)
    place(out, thump(0.2, 120, 60, 0.05), 0, 1.0)
    return fade_out(out, 0.03)


def footstep(seed: int, cutoff: float, heel: float, heel_gain: float) -> Signal:
    """Shoe on ground: scuff of filtered noise plus a heel tap resonance."""
    rng = random.Random(seed)
    out = silence(0.16)
    place(out, burst(rng, 0.12, 0.025, cutoff, 0.004), 0, 1.0)
    place(out, resonate(crack(rng, 0.08, 0.002, 300), heel, 0.012), 0, heel_gain)
    place(out, burst(rng, 0.06, 0.012, cutoff * 1.5, 0.006), 0.045, 0.4)
    return fade_out(out, 0.02)


def footstep_asphalt() -> Signal:
    """Soft, gritty step on asphalt."""
    return footstep(10, 1400, 380, 3.0)


def footstep_concrete() -> Signal:
    """Harder, brighter step on concrete."""
    return footstep(11, 3200, 900, 8.0)


def blip(freq: float, seconds: float, tau: float) -> Signal:
    """Short UI tone with a touch of third harmonic."""
    return mul(sweep(seconds, freq, freq, (1.0, 0.0, 0.18)), envelope(seconds, tau, 0.002))


def ui_move() -> Signal:
    """Menu cursor tick."""
    return fade_out(blip(880, 0.07, 0.025), 0.01)


def ui_select() -> Signal:
    """Menu confirm: two rising notes."""
    out = silence(0.2)
    place(out, blip(660, 0.08, 0.03), 0, 0.8)
    place(out, blip(990, 0.14, 0.05), 0.06, 1.0)
    return fade_out(out, 0.02)


def alarm() -> Signal:
    """Electric bank-alarm bell, 2 s loop: 18 hammer strikes per second."""
    rng = random.Random(12)
    out = silence(2.0)
    strikes = 36
    period = len(out) // strikes
    partials = ((1180, 0.20, 1.0), (2855, 0.10, 0.45), (4600, 0.05, 0.25),
                (6130, 0.03, 0.12))
    ring = silence(0.5)
    for freq, tau, gain in partials:
        place(ring, mul(sweep(0.5, freq, freq), envelope(0.5, tau, 0.0008)), 0, gain)
    for k in range(strikes):
        place_wrapped(out, ring, k * period, rng.uniform(0.85, 1.0))
    return loop_filter(out, lambda s: lowpass(s, 7000))


def siren() -> Signal:
    """LAPD wail, 3 s loop: pitch rises and falls 650-1300 Hz once per loop."""
    length, low, high = 3.0, 650.0, 1300.0
    mean, swing = (low + high) / 2, (high - low) / 2
    out = []
    for i in range(samples(length)):
        t = i / RATE
        cycles = mean * t - swing * length / (2 * math.pi) * math.sin(2 * math.pi * t / length)
        phase = 2 * math.pi * cycles
        out.append(math.sin(phase) + 0.3 * math.sin(2 * phase) + 0.18 * math.sin(3 * phase))
    out = soft_clip(out, 1.6)
    return loop_filter(out, lambda s: lowpass(s, 3800))


def ram_crash() -> Signal:
    """Vehicle ramming: heavy thud, crumpling metal and broken glass."""
    rng = random.Random(13)
    out = silence(1.4)
    place(out, thump(0.5, 90, 30, 0.14), 0, 1.2)
    place(out, burst(rng, 0.8, 0.12, 2200, 0.002), 0, 1.0)
    for _ in range(10):
        t = 0.35 * rng.random()
        place(out, burst(rng, 0.15, 0.03, 3000), t, rng.uniform(0.3, 0.7))
    metal = mul(noise(rng, 1.2), envelope(1.2, 0.2, 0.002))
    for freq in (430, 980, 1710):
        place(out, resonate(metal, freq, 0.25), 0.0, 10.0)
    place(out, tinkles(rng, 1.0, 45), 0.12, 0.6)
    return fade_out(soft_clip(out, 1.5), 0.1)


def rumble(rng: random.Random, seconds: float) -> Signal:
    """Noise through a two-pole low-pass sliding from 4 kHz down to 200 Hz."""
    out, y1, y2 = [], 0.0, 0.0
    for i in range(samples(seconds)):
        cutoff = 200 + 3800 * math.exp(-i / (0.1 * RATE))
        a = 1.0 - math.exp(-2 * math.pi * cutoff / RATE)
        y1 += a * (rng.uniform(-1, 1) - y1)
        y2 += a * (y1 - y2)
        out.append(y2)
    return out


def blast() -> Signal:
    """Explosive charge: sharp crack, deep boom and a rolling rumble."""
    rng = random.Random(14)
    out = silence(1.45)
    place(out, crack(rng, 0.08, 0.01, 1500), 0, 1.0)
    place(out, mul(rumble(rng, 1.45), envelope(1.45, 0.35, 0.004)), 0, 3.0)
    place(out, thump(1.0, 60, 26, 0.35), 0, 1.4)
    place(out, grit(rng, 1.0, 30, 0.6), 0.02, 0.5)
    return fade_out(soft_clip(out, 1.8), 0.15)


def radio_squelch() -> Signal:
    """Police radio key-up: click, band-limited hiss with flutter, squelch tail."""
    rng = random.Random(15)
    seconds = 0.42
    hiss = bandpass(noise(rng, seconds), 500, 3200)
    flutter = [0.7 + 0.3 * math.sin(2 * math.pi * 31 * i / RATE) * rng.uniform(0.6, 1.0)
               for i in range(len(hiss))]
    gate = [1.0 if i < samples(0.34) else 0.0 for i in range(len(hiss))]
    out = mul(mul(hiss, flutter), mul(gate, envelope(seconds, 1.0, 0.008)))
    place(out, click(rng, 1800, 0.006, 0.04), 0, 0.8)
    place(out, click(rng, 1200, 0.01, 0.06), 0.34, 0.9)
    return out


def recipes() -> tuple[tuple[str, Callable[[], Signal]], ...]:
    """File stem and generator for every sound."""
    return (
        ("shot_pistol", shot_pistol), ("shot_rifle", shot_rifle),
        ("shot_shotgun", shot_shotgun), ("reload", reload), ("dry_fire", dry_fire),
        ("impact_concrete", impact_concrete), ("impact_metal", impact_metal),
        ("impact_glass", impact_glass), ("hit_body", hit_body),
        ("footstep_asphalt", footstep_asphalt), ("footstep_concrete", footstep_concrete),
        ("ui_move", ui_move), ("ui_select", ui_select), ("alarm", alarm),
        ("siren", siren), ("ram_crash", ram_crash), ("blast", blast),
        ("radio_squelch", radio_squelch), ("car_alarm", car_alarm),
        ("shot_pistol_street", lambda: street_echo(shot_pistol())),
        ("shot_rifle_street", lambda: street_echo(shot_rifle())),
        ("shot_shotgun_street", lambda: street_echo(shot_shotgun())),
    )


def build(assets: Path) -> list[Path]:
    """Write every sound into ``assets/sounds``."""
    paths = []
    for name, make in recipes():
        path = assets / "sounds" / f"{name}.wav"
        write_wav(path, make())
        paths.append(path)
    return paths
