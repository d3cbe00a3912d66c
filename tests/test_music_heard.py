"""The score is heard: the real game runs with SDL's disk audio driver, which writes what the
player would hear to a file, and the title theme is in it at the level the music volume sets.
Silence at music volume 0 proves the signal is the score and not something else."""

from __future__ import annotations

import array
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

RATE = 22050  # the mixer's rate, mono, signed 16-bit (game/audio/sound_board.py)
BYTES_PER_S = RATE * 2
HEARD_S = 6.0  # record this much of the title
WINDOW_S = 3.0  # and measure its last seconds, once the theme has come in
START_S = 120.0  # a machine shared by many may be slow to open the audio device


def record_title(tmp: Path, music_volume: float | None) -> array.array:
    """What the speakers would play in the first seconds of the title screen."""
    settings = {} if music_volume is None else {"music_volume": music_volume}
    return record(tmp, settings, [], HEARD_S)[-int(WINDOW_S * RATE):]


def record(tmp: Path, settings: dict[str, float], args: list[str],
           seconds: float) -> array.array:
    """The first ``seconds`` of what the speakers would play for ``heat play ARGS``."""
    config = tmp / "config"
    config.mkdir()
    (config / "settings.json").write_text(json.dumps(settings))
    out = tmp / "speakers.raw"
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "disk",
           "SDL_DISKAUDIOFILE": str(out), "HEAT_CONFIG_DIR": str(config),
           "HEAT_DATA_DIR": str(tmp / "data")}
    game = subprocess.Popen([sys.executable, "-m", "game", "play", "--windowed", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + START_S
        while not (out.exists() and out.stat().st_size >= seconds * BYTES_PER_S):
            assert game.poll() is None, f"the game ended early: {game.stderr.read()}"
            assert time.monotonic() < deadline, "no sound reached the audio device"
            time.sleep(0.2)
    finally:
        game.terminate()
        game.wait(timeout=30)
    return array.array("h", out.read_bytes()[: int(seconds * BYTES_PER_S)])


def dbfs(samples: array.array) -> float:
    rms = math.sqrt(sum(s * s for s in samples) / len(samples))
    return -math.inf if rms == 0 else 20 * math.log10(rms / 32768)


def test_the_title_theme_plays_at_the_default_volume(tmp_path: Path) -> None:
    level = dbfs(record_title(tmp_path, None))
    assert -40 < level < -6, f"title theme at {level:.1f} dBFS"


def test_music_volume_zero_is_silence_and_the_slider_scales_the_level(tmp_path: Path) -> None:
    """0.35 against 1.0 is 9.1 dB down. (The fade-in once climbed to full volume whatever the
    setting, so every level here measured the same.)"""
    (tmp_path / "off").mkdir()
    (tmp_path / "half").mkdir()
    (tmp_path / "full").mkdir()
    off = dbfs(record_title(tmp_path / "off", 0.0))
    half = dbfs(record_title(tmp_path / "half", 0.35))
    full = dbfs(record_title(tmp_path / "full", 1.0))
    assert off < -70, f"music volume 0 still plays at {off:.1f} dBFS"
    expected = 20 * math.log10(0.35)
    assert abs((half - full) - expected) < 1.5, f"0.35 at {half:.1f} dBFS, 1.0 at {full:.1f}"


def test_the_mission_score_rises_when_the_shooting_starts(tmp_path: Path) -> None:
    """The armored car played by the bot with the effects and radio muted: only the score is
    left, calm while the crew waits and rams, louder once shots are fired (measured: about
    -31 dBFS calm, -18 to -23 in the fight)."""
    muted = {"sfx_volume": 0.0, "voice_volume": 0.0}
    samples = record(tmp_path, muted, ["armored-car", "--side", "crew", "--bot"], 40.0)
    seconds = [dbfs(samples[i:i + RATE]) for i in range(0, len(samples) - RATE + 1, RATE)]
    calm = sorted(seconds[2:12])[5]
    loudest = max(seconds[12:])
    assert -45 < calm < -20, seconds
    assert loudest > calm + 6, seconds
