"""Radio lines read like a modern PC game's: a low band, newest at the bottom, at most three rows,
the speaker's name first, and never over the middle of the screen or the HUD's widgets."""

from __future__ import annotations

import pygame
import pytest

from game.render.assets import Assets
from game.render.hud import draw_hud
from game.render.hud_layout import SUBTITLE_ROWS, HudLayout
from game.render.subtitles import Line, Subtitles, SubtitleStyle
from game.render.text_cache import TextCache
from game.render.viewport import viewport_for
from game.session import MissionSession

CANVASES = [(1280, 720), (1368, 720), (1900, 1000), (1280, 960)]
LONG = "a long radio call that has to wrap over more than one row at the largest size " * 2
SPEAKERS = ("Dispatch", "Hanna", "Shiherlis", "Cerito", "Drucker")


def _talk(count: int, text: str = LONG) -> Subtitles:
    return Subtitles([Line(SPEAKERS[i % 5], f"{i}: {text}", 3.0, (120, 180, 255))
                      for i in range(count)])


def _hud_widgets(canvas: pygame.Surface, text: TextCache) -> list[pygame.Rect]:
    """Rects of the HUD's pixels outside the subtitle band: objectives, clock, squad, health,
    carry and weapon, measured from what the HUD really draws on an empty canvas."""
    session = MissionSession.start("sandbox")
    hud = pygame.Surface(canvas.get_size(), pygame.SRCALPHA)
    draw_hud(hud, session.world, text)
    w, h = hud.get_size()
    corners = [pygame.Rect(0, 0, w // 2, h // 2), pygame.Rect(w // 2, 0, w - w // 2, h // 2),
               pygame.Rect(0, h // 2, w // 2, h - h // 2),
               pygame.Rect(w // 2, h // 2, w - w // 2, h - h // 2)]
    found = []
    for corner in corners:
        box = hud.subsurface(corner).get_bounding_rect()
        if box.width:
            found.append(box.move(corner.topleft))
    return found


@pytest.mark.parametrize("size", [(1280, 720), (1368, 720), (1900, 1000), (1280, 960)])
@pytest.mark.parametrize("style", ["small", "medium", "large"])
def test_subtitles_keep_out_of_the_middle_third_and_the_prompt(
        screen: tuple[Assets, TextCache], size, style) -> None:
    _, text = screen
    canvas = pygame.Surface(size, pygame.SRCALPHA)
    panels = _talk(5).draw(canvas, text, SubtitleStyle(size=style, background=1.0))
    w, h = size
    middle = pygame.Rect(0, h // 3, w, h // 3)
    prompt = HudLayout.of(canvas).prompt
    assert panels, "nothing drawn"
    assert all(not p.colliderect(middle) and not p.colliderect(prompt) for p in panels)
    drawn = canvas.get_bounding_rect()
    assert drawn.top >= middle.bottom and drawn.bottom <= h
    assert canvas.subsurface(pygame.Rect(0, 0, w, middle.bottom)).get_bounding_rect().width == 0


@pytest.mark.parametrize("window", [(1280, 720), (1900, 1000), (2560, 1440)])
def test_subtitles_never_cover_a_hud_widget(screen: tuple[Assets, TextCache], window) -> None:
    _, text = screen
    canvas = pygame.Surface(viewport_for(window).canvas, pygame.SRCALPHA)
    panels = _talk(4).draw(canvas, text, SubtitleStyle(size="large", background=1.0))
    widgets = _hud_widgets(canvas, text)
    assert len(widgets) >= 3  # objectives, clock, and the bottom widgets were measured
    for panel in panels:
        assert panel.collidelist(widgets) == -1, (panel, widgets)


def test_at_most_three_rows_with_the_newest_at_the_bottom(
        screen: tuple[Assets, TextCache]) -> None:
    _, text = screen
    canvas = pygame.Surface((1280, 720), pygame.SRCALPHA)
    talk = Subtitles([Line(name, f"line from {name}.", 3.0, (255, 190, 80))
                      for name in SPEAKERS])
    panels = talk.draw(canvas, text, SubtitleStyle(size="medium"))
    assert len(panels) == SUBTITLE_ROWS
    assert panels[0].bottom > panels[1].bottom > panels[2].bottom  # drawn newest first, lowest
    newest = canvas.subsurface(panels[0]).copy()
    alone = pygame.Surface((1280, 720), pygame.SRCALPHA)
    only = Subtitles([Line("Drucker", "line from Drucker.", 3.0, (255, 190, 80))])
    first = only.draw(alone, text, SubtitleStyle(size="medium"))[0]
    assert first == panels[0]
    assert pygame.image.tobytes(alone.subsurface(first), "RGBA") == \
        pygame.image.tobytes(newest, "RGBA")


def test_each_spoken_row_starts_with_the_speaker_in_their_colour(
        screen: tuple[Assets, TextCache]) -> None:
    _, text = screen
    canvas = pygame.Surface((1280, 720), pygame.SRCALPHA)
    colour = (120, 180, 255)
    panel = Subtitles([Line("Dispatch", "units responding.", 3.0, colour)]).draw(
        canvas, text, SubtitleStyle(background=0.0))[0]
    left = canvas.subsurface(pygame.Rect(panel.left, panel.top, panel.width // 4, panel.height))
    right = canvas.subsurface(pygame.Rect(panel.centerx, panel.top, panel.width // 2,
                                          panel.height))
    def count(s: pygame.Surface) -> int:
        return sum(s.get_at((x, y))[:3] == colour
                   for x in range(s.get_width()) for y in range(s.get_height()))
    assert count(left) > 20 and count(right) == 0  # the name, not the words, in Dispatch blue


def test_a_newest_line_longer_than_the_band_is_cut_with_an_ellipsis(
        screen: tuple[Assets, TextCache]) -> None:
    _, text = screen
    canvas = pygame.Surface((1280, 720), pygame.SRCALPHA)
    panels = _talk(1, LONG * 4).draw(canvas, text, SubtitleStyle(size="large"))
    assert len(panels) == SUBTITLE_ROWS
    band = HudLayout.of(canvas).subtitles
    assert all(band.contains(p) for p in panels), (band, panels)
