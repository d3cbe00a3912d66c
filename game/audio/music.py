"""The score: a title theme, and per mission three layered loops crossfaded by intensity.

``MusicIntensity`` turns the world into a number 0..1 (how alert the player's enemies are, and
whether shots were fired in the last seconds) that rises fast and falls slowly. ``layer_weights``
maps it to the volumes of the calm, tension and combat loops, which play in lock-step on three
reserved mixer channels. ``MusicPlayer`` owns those channels; it is None when there is no audio.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.sim.ai.relations import hostile
from game.sim.components import Awareness, Dead, Faction
from game.sim.events import Event, ShotFired

if TYPE_CHECKING:
    from game.settings import Settings
    from game.sim.world import World

LAYERS = ("calm", "tension", "combat")
ALERT_LEVEL = {"unaware": 0.0, "suspicious": 0.35, "searching": 0.6, "combat": 1.0}
SHOT_LEVEL = 0.9  # a shot heard in the last SHOT_MEMORY_S holds the music at least this high
SHOT_MEMORY_S = 6.0
RISE_S = 0.8  # time constant while the intensity climbs
FALL_S = 6.0  # ... and while it falls back after the threat is gone
DEFAULT_MUSIC_VOLUME = 0.7
MUSIC_GAIN = 0.8  # the score sits under the effects (see docs/story.md for the measured mix)
FADE_MS = 1500  # a change of piece fades out over this long
SET_FOR_MISSION = {"sandbox": "range", "armored-car": "armored-car", "downtown": "downtown",
                   "lax": "lax", "drive-in": "armored-car", "stakeout": "range"}
FALLBACK_SET = "armored-car"


def music_volume(settings: Settings) -> float:
    """Master times the music volume setting (read with a default while it does not exist)."""
    music = getattr(settings, "music_volume", DEFAULT_MUSIC_VOLUME)
    return max(0.0, min(1.0, settings.master_volume * float(music)))


def set_for(mission_id: str) -> str:
    return SET_FOR_MISSION.get(mission_id, FALLBACK_SET)


def music_cue(scene: object, current: str) -> str:
    """The piece a scene wants: its ``music_cue``; overlays keep what plays; else the title."""
    cue = getattr(scene, "music_cue", None)
    if isinstance(cue, str):
        return cue
    return current if getattr(scene, "draws_below", False) and current else "title"


def threat_level(world: World, player: int) -> float:
    """The most alert of the standing actors hostile to the player, as 0..1."""
    mine = world.get(player, Faction)
    if mine is None:
        return 0.0
    level = 0.0
    for eid, awareness, faction in world.query(Awareness, Faction):
        if eid == player or not (hostile(faction.side, mine.side)
                                 or hostile(mine.side, faction.side)):
            continue
        if world.get(eid, Dead) is not None:
            continue
        level = max(level, ALERT_LEVEL.get(awareness.state, 0.0))
    return level


@dataclass
class MusicIntensity:
    """How hot the mission is right now, smoothed: quick to rise, slow to fall."""

    level: float = 0.0
    since_shot_s: float = math.inf

    def update(self, world: World, player: int, events: list[Event], dt: float,
               running: bool = True) -> float:
        if any(isinstance(e, ShotFired) for e in events):
            self.since_shot_s = 0.0
        else:
            self.since_shot_s += dt
        target = threat_level(world, player) if running else 0.0
        if running and self.since_shot_s < SHOT_MEMORY_S:
            target = max(target, SHOT_LEVEL)
        tau = RISE_S if target > self.level else FALL_S
        self.level += (target - self.level) * (1.0 - math.exp(-dt / tau))
        return self.level


def layer_weights(intensity: float) -> tuple[float, float, float]:
    """Volumes of the calm, tension and combat loops: the bed stays, the others come in."""
    x = max(0.0, min(1.0, intensity))
    tension = math.sin(min(1.0, x / 0.5) * math.pi / 2)
    combat = math.sin(max(0.0, (x - 0.5) / 0.5) * math.pi / 2)
    calm = 1.0 - 0.4 * combat
    return calm, tension, combat


@dataclass
class MusicPlayer:
    folder: Path
    volume: float = DEFAULT_MUSIC_VOLUME
    piece: str = ""  # "title" or a set name
    intensity: float = 0.0
    channels: list[pygame.mixer.Channel] = field(default_factory=list)
    sounds: dict[str, pygame.mixer.Sound] = field(default_factory=dict)

    @classmethod
    def open(cls, folder: Path, volume: float) -> MusicPlayer | None:
        """None without a mixer (opened by the sound board) or without the music files."""
        if not pygame.mixer.get_init() or not (folder / "title.wav").is_file():
            return None
        pygame.mixer.set_reserved(len(LAYERS))
        return cls(folder, volume, channels=[pygame.mixer.Channel(i) for i in range(3)])

    def _sound(self, name: str) -> pygame.mixer.Sound | None:
        if name not in self.sounds:
            path = self.folder / f"{name}.wav"
            if not path.is_file():
                return None
            self.sounds[name] = pygame.mixer.Sound(str(path))
        return self.sounds[name]

    def cue(self, piece: str) -> None:
        """Play ``title`` or a mission set (its three layers started together, in sync)."""
        if piece == self.piece:
            return
        for channel in self.channels:
            if self.piece:
                channel.fadeout(FADE_MS)
            else:
                channel.stop()
        self.piece, self.intensity = piece, 0.0
        # A fade-in climbs to the volume the channel has when it starts, and volumes set while
        # it runs are overwritten by it: set each layer's volume first.
        self._apply()
        names = ["title"] if piece == "title" else [f"{piece}_{layer}" for layer in LAYERS]
        for channel, name in zip(self.channels, names, strict=False):
            sound = self._sound(name)
            if sound is not None:
                channel.play(sound, loops=-1, fade_ms=FADE_MS)

    def follow(self, intensity: float) -> None:
        self.intensity = intensity
        self._apply()

    def set_volume(self, volume: float) -> None:
        self.volume = volume
        self._apply()

    def _apply(self) -> None:
        weights = (1.0, 0.0, 0.0) if self.piece == "title" else layer_weights(self.intensity)
        for channel, weight in zip(self.channels, weights, strict=True):
            channel.set_volume(weight * self.volume * MUSIC_GAIN)

    def stop(self) -> None:
        for channel in self.channels:
            channel.stop()
        self.piece = ""
