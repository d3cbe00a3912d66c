"""Subtitles for radio traffic and crew talk, captions for sounds, and short warnings.

Like a modern PC game's: lines sit on a see-through panel in the HUD's low subtitle band
(game/render/hud_layout.py), between the bottom corners' widgets and below the prompt band, so a
subtitle never covers the player in the middle of the screen nor "Hold E: …". The newest line is
at the bottom, at most three rows show, and each spoken line starts with its speaker's name in
the speaker's colour. Size, background and whether speech and captions show come from the
settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.render.hud_layout import SUBTITLE_ROWS, HudLayout, text_panel
from game.render.text_cache import TextCache
from game.sim.events import Event, FuseLit, RadioChatter

SHOW_S = 4.5
CAPTION_S = 2.5
CAPTION_REPEAT_S = 2.0  # the same caption is not repeated sooner than this
MAX_LINES = 3
PANEL_PAD = 8
SIZES = {"small": 22, "medium": 28, "large": 36}
SPEAKER_COLOURS = {"Dispatch": (120, 180, 255), "Narration": (200, 200, 200)}
CREW_COLOUR = (255, 190, 80)
WARNING_COLOUR = (255, 90, 70)
CAPTION_COLOUR = (225, 225, 225)
SPEECH_COLOUR = (240, 240, 235)  # what is said; the name before it keeps the speaker's colour


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
             style: SubtitleStyle = SubtitleStyle()) -> list[pygame.Rect]:
        """Draw the newest rows upwards from the band's bottom; returns their panels' rects."""
        band = HudLayout.of(surface).subtitles
        size = SIZES.get(style.size, SIZES["medium"])
        fonts = text.assets.font(size, False), text.assets.font(size, True)
        rows = newest_rows(self.shown(style), fonts, band.width - 3 * PANEL_PAD)
        panels: list[pygame.Rect] = []
        for i, row in enumerate(reversed(rows)):
            width = sum(text.render(part, size, colour, bold).get_width()
                        for part, colour, bold in row)
            rect = pygame.Rect(0, 0, width, text.render(row[0][0], size).get_height())
            rect.midbottom = (band.centerx, band.bottom - PANEL_PAD // 2 - i * (size + 8))
            text_panel(surface, rect, round(255 * style.background), PANEL_PAD)
            x = rect.left
            for part, colour, bold in row:
                x = text.shadowed(surface, part, (x, rect.top), size, colour, bold).right
            panels.append(rect.inflate(2 * PANEL_PAD, PANEL_PAD))
        return panels


Row = list[tuple[str, tuple[int, int, int], bool]]
"""One row of a subtitle: its pieces of text, each with a colour and whether it is bold."""


Fonts = tuple[pygame.font.Font, pygame.font.Font]
"""The regular and the bold font of one size."""


def newest_rows(lines: list[Line], fonts: Fonts, width: int) -> list[Row]:
    """The rows of the newest lines that fit in SUBTITLE_ROWS, oldest first: a line is shown
    whole or not at all, except the newest, which is cut to the band with an ellipsis."""
    rows: list[Row] = []
    for line in reversed(lines):
        mine = _line_rows(line, fonts, width)
        if rows and len(rows) + len(mine) > SUBTITLE_ROWS:
            break
        rows = mine + rows
    if len(rows) > SUBTITLE_ROWS:
        rows = rows[:SUBTITLE_ROWS]
        part, colour, bold = rows[-1][-1]
        part = part.rsplit(" ", 1)[0] if " " in part else part  # room for the ellipsis
        rows[-1] = [*rows[-1][:-1], (part + " …", colour, bold)]
    return rows


def _line_rows(line: Line, fonts: Fonts, width: int) -> list[Row]:
    regular, bold = fonts
    if not line.speaker:
        font = bold if line.kind == "warning" else regular
        return [[(part, line.colour, line.kind == "warning")]
                for part in _wrap(line.text, font, width)]
    name = f"{line.speaker}: "
    wider = bold.size(name)[0] - regular.size(name)[0]  # the name is bold, the words are not
    parts = _wrap(name + line.text, regular, width, wider)
    first: Row = [(name, line.colour, True)]
    if parts[0][len(name):].strip():
        first.append((parts[0][len(name):], SPEECH_COLOUR, False))
    return [first] + [[(part, SPEECH_COLOUR, False)] for part in parts[1:]]


def _wrap(label: str, font: pygame.font.Font, width: int, first_extra: int = 0) -> list[str]:
    """Break at spaces to fit `width`; the first row is `first_extra` pixels narrower."""
    lines, line = [], ""
    for word in label.split():
        candidate = f"{line} {word}" if line else word
        room = width - (first_extra if not lines else 0)
        if line and font.size(candidate)[0] > room:
            lines.append(line)
            line = word
        else:
            line = candidate
    return lines + ([line] if line else [])
