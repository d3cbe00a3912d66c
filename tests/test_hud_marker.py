"""The objective's edge arrow never lands on the HUD's corner widgets or the subtitles band."""

from __future__ import annotations

import math

import pygame
import pytest

from game.render.hud_layout import HudLayout
from game.render.objective_marker import arrow_points, marker_edge_point
from game.render.viewport import viewport_for

WINDOWS = [(1280, 720), (1900, 1000), (2560, 1440), (1024, 768)]


def _hud_boxes(w: int, h: int) -> dict[str, pygame.Rect]:
    """Where the HUD draws at the corners (measured from screenshots at 1280x720)."""
    return {"objectives": pygame.Rect(0, 0, 600, 130), "clock": pygame.Rect(w - 180, 0, 180, 110),
            "ammo": pygame.Rect(w - 140, h - 100, 140, 100),
            "health and squad": pygame.Rect(0, h - 140, 470, 140),
            "subtitles": HudLayout(w, h).subtitles}


@pytest.mark.parametrize("window", WINDOWS)
def test_the_arrow_stays_clear_of_the_hud_in_every_direction(window) -> None:
    w, h = viewport_for(window).canvas
    boxes = _hud_boxes(w, h)
    for player in ((w / 2, h / 2), (120.0, h - 120.0), (w - 100.0, 90.0)):
        for step in range(36):
            angle = step * math.tau / 36
            target = (player[0] + math.cos(angle) * 5000, player[1] + math.sin(angle) * 5000)
            tip = marker_edge_point(player, target, (w, h))
            points = arrow_points(tip, math.atan2(target[1] - tip[1], target[0] - tip[0]))
            for name, box in boxes.items():
                hit = [p for p in points if box.collidepoint(p)]
                assert not hit, f"arrow toward {step * 10} deg from {player} on {name} at {w}x{h}"


def test_the_arrow_still_points_along_the_players_line() -> None:
    player, target = (640.0, 360.0), (3000.0, 2000.0)
    tip = marker_edge_point(player, target, (1280, 720))
    want = math.atan2(target[1] - player[1], target[0] - player[0])
    assert math.atan2(tip[1] - player[1], tip[0] - player[0]) == pytest.approx(want)
