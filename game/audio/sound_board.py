"""Plays a sound for each event that makes one, quieter with distance from the player."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import pygame

from game.level.model import LevelModel
from game.settings import Settings
from game.sim.components import Position
from game.sim.events import (
    ActorDamaged,
    DryFired,
    Event,
    Exploded,
    NoiseMade,
    ProjectilePierced,
    ProjectileStopped,
    RadioChatter,
    ReloadStarted,
    ShotFired,
    VehicleRammed,
)
from game.sim.units import metres
from game.sim.world import World

IMPACT_BY_MATERIAL = {"glass": "impact_glass", "metal": "impact_metal", "car_body": "impact_metal",
                      "engine_block": "impact_metal"}
HEARING_PX = metres(45)
SHOT_SOUND = {"carbine": "shot_rifle"}


VOICE_SOUNDS = frozenset({"radio_squelch"})  # played on the radio/voice channel


def channel_volumes(settings: Settings) -> dict[str, float]:
    """Each mixer channel's level: the master volume times the channel's own."""
    master = settings.master_volume
    return {"effects": master * settings.sfx_volume, "voice": master * settings.voice_volume,
            "music": master * settings.music_volume}


@dataclass
class SoundBoard:
    folder: Path
    volumes: dict[str, float] = field(default_factory=lambda: {
        "effects": 1.0, "voice": 1.0, "music": 1.0})
    sounds: dict[str, pygame.mixer.Sound] = field(default_factory=dict)

    def mix(self, settings: Settings) -> None:
        self.volumes = channel_volumes(settings)

    def volume_for(self, kind: str) -> float:
        return self.volumes.get(kind, 1.0)

    @classmethod
    def open(cls, folder: Path, settings: Settings) -> SoundBoard | None:
        """None when no audio device can be opened: the game plays on, silently."""
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init(22050, -16, 1, 512)
        except pygame.error:
            return None
        board = cls(folder, channel_volumes(settings))
        for path in sorted(folder.glob("*.wav")):
            board.sounds[path.stem] = pygame.mixer.Sound(str(path))
        pygame.mixer.set_num_channels(24)
        return board

    def play(self, name: str, gain: float = 1.0) -> None:
        sound = self.sounds.get(name)
        if sound is None or gain <= 0.01:
            return
        channel = pygame.mixer.find_channel(True)
        if channel is not None:
            kind = "voice" if name in VOICE_SOUNDS else "effects"
            channel.set_volume(min(1.0, self.volume_for(kind) * gain))
            channel.play(sound)

    def play_events(self, events: list[Event], world: World, player: int) -> None:
        listener = world.get(player, Position)
        room = acoustics(world)
        for event in events:
            name, x, y = _sound_for(event, world)
            if not name:
                continue
            if room and isinstance(event, ShotFired) and f"{name}_{room}" in self.sounds:
                name = f"{name}_{room}"  # the street's echo off the buildings
            gain = 1.0
            if listener is not None and x is not None and y is not None:
                gain = max(0.0, 1.0 - math.hypot(x - listener.x, y - listener.y) / HEARING_PX)
            self.play(name, gain)


def acoustics(world: World) -> str:
    """The map's ``acoustics`` (``street``: gunfire echoes off the buildings); "" in the open."""
    level = world.resources.get(LevelModel)
    room = str(level.properties.get("acoustics", "")) if level is not None else ""
    return "" if room == "open" else room


def _sound_for(event: Event, world: World) -> tuple[str, float | None, float | None]:
    if isinstance(event, ShotFired):
        return SHOT_SOUND.get(event.weapon, f"shot_{event.weapon}"), event.x, event.y
    if isinstance(event, VehicleRammed):
        return "ram_crash", None, None
    if isinstance(event, Exploded):
        return "blast", None, None
    if isinstance(event, RadioChatter):
        return "radio_squelch", None, None
    if isinstance(event, NoiseMade) and event.kind == "alarm":  # one pulse of a car alarm
        return "car_alarm", event.x, event.y
    if isinstance(event, ProjectilePierced):
        return IMPACT_BY_MATERIAL.get(event.material, "impact_concrete"), event.x, event.y
    if isinstance(event, ProjectileStopped) and event.material and event.material != "boundary":
        return IMPACT_BY_MATERIAL.get(event.material, "impact_concrete"), event.x, event.y
    if isinstance(event, ActorDamaged):
        return "hit_body", event.x, event.y
    if isinstance(event, ReloadStarted | DryFired):
        pos = world.get(event.shooter, Position)
        name = "reload" if isinstance(event, ReloadStarted) else "dry_fire"
        return name, (pos.x if pos else None), (pos.y if pos else None)
    return "", None, None
