"""Looping sounds that follow the mission's state: the truck's alarm and the sirens closing in."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.audio.sound_board import SoundBoard
from game.sim.events import Event, VehicleRammed, ZoneSealed
from game.sim.mission import MissionState

ALARM_S = 40.0  # the truck's bell rings this long after the ram
SIREN_HEARD_S = 90.0  # sirens fade in over the last this-many seconds of a countdown


@dataclass
class Ambience:
    board: SoundBoard
    alarm_left_s: float = 0.0
    alarm: pygame.mixer.Channel | None = None
    siren: pygame.mixer.Channel | None = None
    sealed: bool = False

    def update(self, events: list[Event], mission: MissionState, dt: float) -> None:
        for event in events:
            if isinstance(event, VehicleRammed):
                self.alarm_left_s = ALARM_S
            elif isinstance(event, ZoneSealed):
                self.sealed = True
        self.alarm_left_s = max(0.0, self.alarm_left_s - dt)
        self.alarm = self._loop(self.alarm, "alarm", 0.35 if self.alarm_left_s > 0 else 0.0)
        self.siren = self._loop(self.siren, "siren", self._siren_level(mission))

    def _siren_level(self, mission: MissionState) -> float:
        if mission.outcome != "running":
            return 0.0
        if self.sealed:
            return 0.7
        if mission.countdown_s < 0.0:
            return 0.0
        return 0.7 * max(0.0, 1.0 - mission.countdown_s / SIREN_HEARD_S)

    def _loop(self, channel: pygame.mixer.Channel | None, name: str,
              level: float) -> pygame.mixer.Channel | None:
        sound = self.board.sounds.get(name)
        if sound is None:
            return None
        if level <= 0.01:
            if channel is not None:
                channel.stop()
            return None
        if channel is None or not channel.get_busy():
            channel = pygame.mixer.find_channel(True)
            if channel is None:
                return None
            channel.play(sound, loops=-1)
        channel.set_volume(min(1.0, level * self.board.volume_for("effects")))
        return channel

    def stop(self) -> None:
        for channel in (self.alarm, self.siren):
            if channel is not None:
                channel.stop()
