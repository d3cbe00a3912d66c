"""Subtitles for radio traffic and crew talk, and short warnings, each shown for a few seconds."""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.render.text_cache import TextCache
from game.sim.events import Event, FuseLit, RadioChatter

SHOW_S = 4.5
MAX_LINES = 3
SPEAKER_COLOURS = {"Dispatch": (120, 180, 255), "Narration": (200, 200, 200)}
CREW_COLOUR = (255, 190, 80)
WARNING_COLOUR = (255, 90, 70)


@dataclass
class Line:
    speaker: str
    text: str
    left_s: float
    colour: tuple[int, int, int]


@dataclass
class Subtitles:
    lines: list[Line] = field(default_factory=list)

    def consume(self, events: list[Event]) -> None:
        for event in events:
            if isinstance(event, RadioChatter):
                colour = SPEAKER_COLOURS.get(event.speaker, CREW_COLOUR)
                self.lines.append(Line(event.speaker, event.text, SHOW_S, colour))
            elif isinstance(event, FuseLit):
                self.lines.append(Line("", "Charge set. Get clear!",
                                       event.fuse_s, WARNING_COLOUR))
        del self.lines[:-MAX_LINES]

    def update(self, dt: float) -> None:
        for line in self.lines:
            line.left_s -= dt
        self.lines = [line for line in self.lines if line.left_s > 0]

    def draw(self, surface: pygame.Surface, text: TextCache) -> None:
        bottom = surface.get_height() - 110
        for i, line in enumerate(reversed(self.lines)):
            label = f"{line.speaker}: {line.text}" if line.speaker else line.text
            text.shadowed(surface, label, (surface.get_width() // 2, bottom - i * 30), 28,
                          line.colour, False, "midbottom")
