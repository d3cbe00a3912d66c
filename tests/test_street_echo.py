"""Rifles between the buildings: a map whose ``acoustics`` is ``street`` (downtown) plays each
gunshot with its echo off the facades; elsewhere the dry report. The echoed files carry sound
where the dry report has died away."""

from __future__ import annotations

import array
import math
import wave
from pathlib import Path

from game.audio.sound_board import SoundBoard, acoustics
from game.session import MissionSession
from game.sim.components import Position
from game.sim.events import ShotFired

SOUNDS = Path(__file__).resolve().parents[1] / "assets" / "sounds"


class Recording(SoundBoard):
    played: list[str]

    def play(self, name: str, gain: float = 1.0) -> None:
        self.played.append(name)


def shots_heard(mission: str) -> list[str]:
    session = MissionSession.start(mission, "crew", 0)
    board = Recording(SOUNDS, sounds={"shot_rifle": None, "shot_rifle_street": None})
    board.played = []
    pos = session.world.get(session.mission.player, Position)
    shot = ShotFired(0, session.mission.player, "rifle", pos.x, pos.y, 0.0, 100.0)
    board.play_events([shot], session.world, session.mission.player)
    return board.played


def test_downtown_gunfire_echoes_and_the_armored_car_does_not() -> None:
    assert acoustics(MissionSession.start("downtown", "crew", 0).world) == "street"
    assert shots_heard("downtown") == ["shot_rifle_street"]
    assert shots_heard("armored-car") == ["shot_rifle"]


def level(path: Path, start_s: float, end_s: float) -> float:
    with wave.open(str(path)) as wav:
        rate = wav.getframerate()
        data = array.array("h", wav.readframes(wav.getnframes()))
    part = data[int(start_s * rate):int(end_s * rate)] or array.array("h", [0])
    return math.sqrt(sum(x * x for x in part) / len(part))


def test_the_echoed_reports_ring_on_after_the_dry_ones_die() -> None:
    for weapon in ("pistol", "rifle", "shotgun"):
        dry, street = SOUNDS / f"shot_{weapon}.wav", SOUNDS / f"shot_{weapon}_street.wav"
        assert level(street, 0.35, 0.8) > 2 * level(dry, 0.35, 0.8), weapon
