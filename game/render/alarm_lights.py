"""Blinking indicator lights on a parked car whose alarm sounds: four amber corners flashing
twice a second, drawn after the darkness (they give off light) with a soft additive halo."""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.sim.car_alarms import CarAlarm, sounding
from game.sim.world import World

AMBER = (255, 176, 48)
HALO = (150, 90, 20)
BLINK_S = 0.25  # on this long, then off as long
HALO_PX = 11
LAMP_PX = 3
INSET_PX = 5.0  # lamps sit this far inside the car's corners


@dataclass
class AlarmLights:
    halo: pygame.Surface | None = field(default=None)

    def draw(self, surface: pygame.Surface, world: World, left: int, top: int) -> None:
        alarms = world.store(CarAlarm)
        if not alarms or int(world.time_s / BLINK_S) % 2:
            return
        halo = self._halo()
        w, h = surface.get_size()
        for alarm in alarms.values():
            if not sounding(alarm, world.time_s):
                continue
            for x, y in _corners(alarm):
                sx, sy = round(x) - left, round(y) - top
                if -HALO_PX < sx < w + HALO_PX and -HALO_PX < sy < h + HALO_PX:
                    surface.blit(halo, (sx - HALO_PX, sy - HALO_PX),
                                 special_flags=pygame.BLEND_ADD)
                    pygame.draw.circle(surface, AMBER, (sx, sy), LAMP_PX)

    def _halo(self) -> pygame.Surface:
        if self.halo is None:
            size = 2 * HALO_PX
            self.halo = pygame.Surface((size, size))
            for step in range(HALO_PX, 0, -1):
                share = 1.0 - step / HALO_PX
                colour = tuple(round(c * (0.25 + 0.75 * share)) for c in HALO)
                pygame.draw.circle(self.halo, colour, (HALO_PX, HALO_PX), step)
        return self.halo


def _corners(alarm: CarAlarm) -> tuple[tuple[float, float], ...]:
    x0, y0 = alarm.x + INSET_PX, alarm.y + INSET_PX
    x1, y1 = alarm.x + alarm.w - INSET_PX, alarm.y + alarm.h - INSET_PX
    return (x0, y0), (x1, y0), (x0, y1), (x1, y1)
