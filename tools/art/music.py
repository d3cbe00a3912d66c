"""Compose the HEAT score into ``assets/music/*.wav``: layered mission loops and a title theme.

Each mission set is three loops of the same tempo and length (4 bars at 96 BPM, 10 s) that the
game plays together and crossfades by intensity: ``<set>_calm`` (a pad over a slow bass),
``<set>_tension`` (pulsing bass eighths, ticking hats, a high drone) and ``<set>_combat``
(drums, a driven bass ostinato and stabs). The three are scaled by one gain so that all of them
together peak at -3 dBFS: their balance is the composer's, not the normaliser's. ``title`` is a
slow 8-bar theme. Everything is synthesised here from sine and saw oscillators, seeded noise and
one-pole filters (``art.synth``); 16-bit mono at 22050 Hz, loops wrap seamlessly.
"""

from __future__ import annotations

import math
import random
import struct
import wave
from dataclasses import dataclass
from pathlib import Path

from art.synth import RATE, Signal, highpass, loop_filter, lowpass, noise, place_wrapped, samples

BPM = 96
BEAT_S = 60 / BPM
BAR_S = 4 * BEAT_S
LOOP_S = 4 * BAR_S  # 10 s: every layer of a set has exactly this length
TITLE_BPM = 80


@dataclass(frozen=True)
class MusicSet:
    name: str
    root: int  # MIDI note of the key's tonic (bass register)
    chords: tuple[tuple[int, int, int], ...]  # one triad per bar, semitones above the root
    pad_cutoff: float  # Hz: darker or brighter bed
    seed: int


MINOR_LOOP = ((0, 3, 7), (-4, 0, 3), (3, 7, 10), (-2, 2, 5))  # i  VI  III  VII
DARK_LOOP = ((0, 3, 7), (1, 5, 8), (0, 3, 7), (-2, 2, 5))  # i  bII  i  VII
SUSPENSE_LOOP = ((0, 3, 7), (0, 3, 8), (-4, 0, 3), (-5, -1, 2))  # i  i+6  VI  V
SETS = (
    MusicSet("range", 45, MINOR_LOOP, 900, 1),  # A minor, the practice lot
    MusicSet("armored-car", 50, DARK_LOOP, 700, 2),  # D minor
    MusicSet("downtown", 40, SUSPENSE_LOOP, 1100, 3),  # E minor
    MusicSet("lax", 48, MINOR_LOOP, 1300, 4),  # C minor, airy
)


def hz(midi: float) -> float:
    return 440.0 * 2 ** ((midi - 69) / 12)


def blank(seconds: float = LOOP_S) -> Signal:
    return [0.0] * samples(seconds)


def tone(freq: float, seconds: float, shape: str, attack: float, tau: float) -> Signal:
    """One oscillator note: ``saw`` or ``sine`` (with a soft octave), attack then decay."""
    n = samples(seconds)
    step = freq / RATE
    out = []
    phase = 0.0
    for i in range(n):
        t = i / RATE
        env = min(1.0, t / attack) * math.exp(-max(0.0, t - attack) / tau)
        if shape == "saw":
            value = 2.0 * phase - 1.0
        else:
            value = math.sin(2 * math.pi * phase) + 0.3 * math.sin(4 * math.pi * phase)
        out.append(value * env)
        phase = (phase + step) % 1.0
    return out


def pad(music: MusicSet) -> Signal:
    """Slow detuned-saw chords, one per bar, swelling in and ringing over the bar line."""
    out = blank()
    for bar, chord in enumerate(music.chords):
        for semis in chord:
            for detune in (-0.08, 0.08):
                note = tone(hz(music.root + 12 + semis + detune), BAR_S + 1.2, "saw", 0.9, 1.6)
                place_wrapped(out, note, samples(bar * BAR_S), 0.26)
    return loop_filter(out, lambda s: lowpass(lowpass(s, music.pad_cutoff), music.pad_cutoff))


def bass_line(music: MusicSet, per_bar: int, tau: float, gain: float) -> Signal:
    """The chord roots repeated ``per_bar`` times a bar, low-passed."""
    out = blank()
    step = BAR_S / per_bar
    for bar, chord in enumerate(music.chords):
        for k in range(per_bar):
            accent = 1.0 if k % 4 == 0 else 0.7
            note = tone(hz(music.root + chord[0]), step * 0.95, "saw", 0.005, tau)
            place_wrapped(out, note, samples(bar * BAR_S + k * step), gain * accent)
    return loop_filter(out, lambda s: lowpass(s, 380))


def hats(rng: random.Random, per_bar: int, gain: float) -> Signal:
    """Short high-passed noise ticks; the off-beats a little louder."""
    out = blank()
    step = BAR_S / per_bar
    for i in range(4 * per_bar):
        tick = highpass(noise(rng, 0.05), 6000)
        tick = [x * math.exp(-j / (RATE * 0.012)) for j, x in enumerate(tick)]
        place_wrapped(out, tick, samples(i * step), gain * (1.0 if i % 2 else 0.55))
    return out


def drone(music: MusicSet, gain: float) -> Signal:
    """A high, faintly beating fifth held through the loop."""
    n = samples(LOOP_S)
    f1, f2 = hz(music.root + 31), hz(music.root + 31.04)
    cycles1, cycles2 = round(f1 * LOOP_S), round(f2 * LOOP_S)  # whole cycles: seamless
    turn = 2 * math.pi / n
    return [gain * (math.sin(turn * cycles1 * i) + math.sin(turn * cycles2 * i))
            * (0.6 + 0.4 * math.sin(turn * 2 * i)) for i in range(n)]


def kick() -> Signal:
    n = samples(0.35)
    out, phase = [], 0.0
    for i in range(n):
        t = i / RATE
        phase += 2 * math.pi * (45 + 80 * math.exp(-t / 0.03)) / RATE
        out.append(math.sin(phase) * math.exp(-t / 0.12))
    return out


def snare(rng: random.Random) -> Signal:
    body = tone(185, 0.25, "sine", 0.001, 0.05)
    hiss = highpass(noise(rng, 0.25), 1500)
    return [0.6 * b + 0.7 * h * math.exp(-i / (RATE * 0.07))
            for i, (b, h) in enumerate(zip(body, hiss, strict=True))]


def drums(rng: random.Random, gain: float) -> Signal:
    """Kick on 1, the and-of-2 and 3; snare on 2 and 4; a fill in the last bar."""
    out = blank()
    eighth = BEAT_S / 2
    hit_kick, hit_snare = kick(), snare(rng)
    for bar in range(4):
        start = bar * BAR_S
        for k in (0, 3, 4) + ((6, 7) if bar == 3 else ()):
            place_wrapped(out, hit_kick, samples(start + k * eighth), gain)
        for k in (2, 6) + ((5, 7) if bar == 3 else ()):
            place_wrapped(out, hit_snare, samples(start + k * eighth), gain * 0.7)
    return out


def stabs(music: MusicSet, gain: float) -> Signal:
    """Short bright chord hits on the off-beat of beat 4, pushing into the next bar."""
    out = blank()
    for bar, chord in enumerate(music.chords):
        at = bar * BAR_S + 3.5 * BEAT_S
        for semis in chord:
            note = tone(hz(music.root + 24 + semis), 0.4, "saw", 0.004, 0.09)
            place_wrapped(out, note, samples(at), gain)
    return loop_filter(out, lambda s: lowpass(s, 2600))


def drive(signal: Signal, amount: float) -> Signal:
    return [math.tanh(x * amount) / math.tanh(amount) for x in signal]


def mix(*signals: Signal) -> Signal:
    return [sum(values) for values in zip(*signals, strict=True)]


def layers(music: MusicSet) -> dict[str, Signal]:
    """The three loops of one set, at their composed relative levels."""
    rng = random.Random(music.seed)
    calm = mix(pad(music), bass_line(music, 1, 1.4, 0.5))
    tension = mix(bass_line(music, 8, 0.14, 0.6), hats(rng, 8, 0.3), drone(music, 0.1))
    combat = mix(drums(rng, 0.55), drive(bass_line(music, 16, 0.08, 0.35), 2.5),
                 stabs(music, 0.12))
    return {"calm": calm, "tension": tension, "combat": combat}


def title_theme() -> Signal:
    """A slow minor theme: pads, a falling bell melody over arpeggios, a held low note."""
    beat = 60 / TITLE_BPM
    bar = 4 * beat
    root = 45
    chords = ((0, 3, 7), (-4, 0, 3), (-7, -3, 0), (-2, 2, 5)) * 2
    melody = (12, 10, 7, 3, 5, 3, 2, 0, 12, 15, 14, 10, 12, 10, 7, 7)  # two notes a bar
    out = blank(8 * bar)
    for i, chord in enumerate(chords):
        at = samples(i * bar)
        for semis in chord:
            place_wrapped(out, tone(hz(root + 12 + semis), bar + 1.5, "saw", 1.2, 2.0), at, 0.07)
        for k in range(4):
            arp = tone(hz(root + 24 + chord[k % 3] + 12 * (k == 3)), 1.2, "sine", 0.005, 0.35)
            place_wrapped(out, arp, at + samples(k * beat), 0.06)
        place_wrapped(out, tone(hz(root + chord[0]), bar, "sine", 0.3, 2.5), at, 0.25)
        for half in (0, 1):
            bell = tone(hz(root + 24 + melody[2 * i + half]), 2.2, "sine", 0.004, 0.7)
            place_wrapped(out, bell, at + samples(half * 2 * beat), 0.22)
    return loop_filter(out, lambda s: lowpass(s, 2200))


def write_pcm(path: Path, signal: Signal, gain: float) -> None:
    """16-bit mono WAV of ``signal`` times ``gain`` (no normalising: the caller sets levels)."""
    frames = b"".join(struct.pack("<h", max(-32767, min(32767, round(x * gain * 32767))))
                      for x in signal)
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(frames)


def set_gain(loops: dict[str, Signal], peak_db: float = -3.0) -> float:
    """One gain for the whole set: all layers together peak at ``peak_db``."""
    peak = max(abs(x) for x in mix(*loops.values())) or 1.0
    return 10 ** (peak_db / 20) / peak


def build(assets: Path) -> list[Path]:
    """Write every set's three layers and the title theme under ``assets/music``."""
    folder = assets / "music"
    paths = []
    for music in SETS:
        loops = layers(music)
        gain = set_gain(loops)
        for layer, signal in loops.items():
            path = folder / f"{music.name}_{layer}.wav"
            write_pcm(path, signal, gain)
            paths.append(path)
    theme = title_theme()
    path = folder / "title.wav"
    write_pcm(path, theme, set_gain({"theme": theme}, -9.0))  # a mission mix at its loudest
    paths.append(path)
    return paths
