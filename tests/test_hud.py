"""The HUD at any window size: nothing cropped, bands that never overlap, an arrow that points."""

from __future__ import annotations

import math

import pygame
import pytest

from game.render.assets import Assets
from game.render.hud import draw_hud
from game.render.hud_layout import HudLayout
from game.render.objective_marker import arrow_points, edge_point
from game.render.subtitles import Line, Subtitles, SubtitleStyle
from game.render.text_cache import TextCache
from game.render.viewport import BASE_H, BASE_W, viewport_for
from game.scenes.outcome import end_banner
from game.session import MissionSession
from game.sim.components import Dead, Surrendered
from game.sim.damage import deal_damage

WINDOWS = [(960, 540), (1280, 720), (1900, 1000), (2560, 1440), (1024, 768)]


def lit(surface: pygame.Surface, box: pygame.Rect) -> int:
    box = box.clip(surface.get_rect())
    return sum(surface.get_at((x, y))[:3] != (0, 0, 0)
               for x in range(box.left, box.right, 2) for y in range(box.top, box.bottom, 2))


@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize("mode", ["fit", "whole"])
def test_the_canvas_fills_the_window_and_is_never_smaller_than_720p(window, mode) -> None:
    view = viewport_for(window, mode)
    assert view.canvas[0] >= BASE_W and view.canvas[1] >= BASE_H
    shown = (view.canvas[0] * view.scale, view.canvas[1] * view.scale)
    assert shown[0] <= window[0] + 1 and shown[1] <= window[1] + 1
    slack = view.scale if mode == "whole" else 1.0  # whole pixels may leave < one pixel of n
    assert window[0] - shown[0] < slack + 1 and window[1] - shown[1] < slack + 1


def test_fit_fills_a_1900x1000_window_where_whole_pixels_stay_at_one() -> None:
    fit, whole = viewport_for((1900, 1000), "fit"), viewport_for((1900, 1000), "whole")
    assert fit.scale == pytest.approx(1000 / 720) and fit.canvas == (1368, 720)
    assert whole.scale == 1.0 and whole.canvas == (1900, 1000)
    assert viewport_for((2560, 1440), "whole").scale == 2.0
    assert fit.to_canvas(1900, 1000) == pytest.approx((1368, 720))


@pytest.mark.parametrize("window", WINDOWS)
def test_clock_health_and_ammo_are_inside_the_canvas_at_every_size(
        screen: tuple[Assets, TextCache], window) -> None:
    _, text = screen
    session = MissionSession.start("sandbox")
    canvas = pygame.Surface(viewport_for(window).canvas)
    draw_hud(canvas, session.world, text)
    w, h = canvas.get_size()
    assert lit(canvas, pygame.Rect(w - 140, 10, 130, 50)) > 20, "clock"
    assert lit(canvas, pygame.Rect(w - 160, h - 70, 150, 60)) > 20, "ammo"
    assert lit(canvas, pygame.Rect(20, h - 75, 270, 60)) > 20, "health"
    assert lit(canvas, pygame.Rect(20, 15, 300, 70)) > 20, "objectives"


@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize("size", ["small", "large"])
def test_subtitles_never_reach_the_prompt_band(screen: tuple[Assets, TextCache], window,
                                               size) -> None:
    _, text = screen
    canvas = pygame.Surface(viewport_for(window).canvas)
    subtitles = Subtitles([Line("Dispatch", "All units, a long radio call that has to wrap over "
                                "more than one line at the largest size to fit " * 2, 3.0,
                                (120, 180, 255)) for _ in range(4)])
    subtitles.draw(canvas, text, SubtitleStyle(size=size, background=1.0))
    band = HudLayout.of(canvas).prompt
    assert lit(canvas, pygame.Rect(0, 0, canvas.get_width(), band.bottom)) == 0
    assert lit(canvas, pygame.Rect(0, band.bottom, canvas.get_width(), canvas.get_height())) > 100


def test_the_edge_arrow_points_from_the_player_to_the_objective() -> None:
    size = (1280, 720)
    player = (120.0, 600.0)  # the camera is clamped: the player is far from the centre
    target = (1500.0, 100.0)  # off-screen to the right and up
    tip = edge_point(player, target, size)
    assert tip[0] == pytest.approx(1240.0) or tip[1] == pytest.approx(40.0)
    want = math.atan2(target[1] - player[1], target[0] - player[0])
    assert math.atan2(tip[1] - player[1], tip[0] - player[0]) == pytest.approx(want)
    head, *_, = arrow_points(tip, want)
    tail = arrow_points(tip, want)[3]
    assert math.dist(head, target) < math.dist(tail, target)  # the head is the end nearest it
    left = edge_point(player, (-400.0, 600.0), size)
    assert left == pytest.approx((40.0, 600.0))


def test_death_reads_as_death_and_busted_means_arrested() -> None:
    session = MissionSession.start("sandbox")
    world, mission = session.world, session.mission
    deal_damage(world, mission.player, 0, 10_000)
    session.step()
    assert world.has(mission.player, Dead) and end_banner(world, mission) == "KILLED"
    arrested = MissionSession.start("sandbox")
    arrested.world.add(arrested.mission.player, Surrendered(0.0))
    arrested.mission.outcome, arrested.mission.reason = "failed", "You were arrested."
    assert end_banner(arrested.world, arrested.mission) == "BUSTED"


def test_squad_panel_is_labelled_by_the_players_side() -> None:
    from game.render.hud import squad_status
    assert squad_status("lapd", 8, 0) == "UNIT 8"
    assert squad_status("crew", 3, 1) == "CREW 3  (1 DOWN)"
