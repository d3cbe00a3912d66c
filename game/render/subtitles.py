"""Subtitles for radio traffic and crew talk, captions for sounds, and short warnings.

Lines sit on a see-through panel in the HUD's subtitle band (game/render/hud_layout.py), which
ends above the prompt band, so a subtitle never covers "Hold E: …". Size, background and
whether speech and captions show at all come from the settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.render.hud_layout import HudLayout, text_panel
from game.render.text_cache import TextCache
from game.sim.events import Event, FuseLit, RadioChatter

SHOW_S = 4.5
CAPTION_S = 2.5
CAPTION_REPEAT_S = 2.0  # the same caption is not repeated sooner than this
MAX_LINES = 4
SIZES = {"small": 22, "medium": 28, "large": 36}
SPEAKER_COLOURS = {"Dispatch": (120, 180, 255), "Narration": (200, 200, 200)}
CREW_COLOUR = (255, 190, 80)
WARNING_COLOUR = (255, 90, 70)
CAPTION_COLOUR = (225, 225, 225)


@dataclass
class Line:
    speaker: str
    text: str
    left_s: float
    colour: tuple[int, int, int]
    kind: str = "speech"  # speech | caption | warning


@dataclass(frozen=True, slots=True)
class SubtitleStyle:
    size: str = "medium"
    background: float = 0.6  # panel opacity, 0..1
    speech: bool = True
    captions: bool = True


@dataclass
class Subtitles:
    lines: list[Line] = field(default_factory=list)
    recent: dict[str, float] = field(default_factory=dict)  # caption -> seconds until repeat

    def consume(self, events: list[Event], captions: list[str] | None = None) -> None:
        for event in events:
            if isinstance(event, RadioChatter):
                colour = SPEAKER_COLOURS.get(event.speaker, CREW_COLOUR)
                self.lines.append(Line(event.speaker, event.text, SHOW_S, colour))
            elif isinstance(event, FuseLit):
                self.lines.append(Line("", "Charge set. Get clear!",
                                       event.fuse_s, WARNING_COLOUR, "warning"))
        for caption in captions or []:
            if caption not in self.recent:
                self.recent[caption] = CAPTION_REPEAT_S
                self.lines.append(Line("", caption, CAPTION_S, CAPTION_COLOUR, "caption"))
        del self.lines[:-MAX_LINES]

    def update(self, dt: float) -> None:
        for line in self.lines:
            line.left_s -= dt
        self.lines = [line for line in self.lines if line.left_s > 0]
        self.recent = {k: v - dt for k, v in self.recent.items() if v - dt > 0}

    def shown(self, style: SubtitleStyle) -> list[Line]:
        return [line for line in self.lines
                if line.kind == "warning" or (line.kind == "speech" and style.speech)
                or (line.kind == "caption" and style.captions)]

    def draw(self, surface: pygame.Surface, text: TextCache,
             style: SubtitleStyle = SubtitleStyle()) -> None:
        layout = HudLayout.of(surface)
        size = SIZES.get(style.size, SIZES["medium"])
        font = text.assets.font(size, False)
        rows: list[tuple[str, tuple[int, int, int]]] = []
        for line in self.shown(style):
            label = f"{line.speaker}: {line.text}" if line.speaker else line.text
            rows += [(part, line.colour) for part in _wrap(label, font, layout.subtitles_width)]
        bottom, centre = layout.subtitles_bottom, surface.get_width() // 2
        step = size + 8
        for i, (label, colour) in enumerate(reversed(rows)):
            rect = text.render(label, size, colour).get_rect(midbottom=(centre, bottom - i * step))
            text_panel(surface, rect, round(255 * style.background), 8)
            text.shadowed(surface, label, rect.topleft, size, colour)


def _wrap(label: str, font: pygame.font.Font, width: int) -> list[str]:
    lines, line = [], ""
    for word in label.split():
        candidate = f"{line} {word}" if line else word
        if line and font.size(candidate)[0] > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return lines + ([line] if line else [])
