"""The objective's edge arrow and the off-screen shooters' chevrons never land on the HUD's
corner widgets or the subtitles band (a chevron hid the C of CREW, the arrow the ammo count)."""

from __future__ import annotations

import math

import pygame
import pytest

from game.paths import maps_dir
from game.render.camera import Camera
from game.render.hud_layout import HudLayout
from game.render.hud_threats import offscreen_threats
from game.render.objective_marker import arrow_points, edge_point, marker_edge_point
from game.render.viewport import viewport_for
from game.session import MissionSession
from game.sim.ai.relations import hostile
from game.sim.components import Awareness, Faction, Position

WINDOWS = [(1280, 720), (1900, 1000), (2560, 1440), (1024, 768)]


def _hud_boxes(w: int, h: int) -> dict[str, pygame.Rect]:
    """Where the HUD draws at the corners (measured from screenshots at 1280x720)."""
    return {"objectives": pygame.Rect(0, 0, 600, 130), "clock": pygame.Rect(w - 180, 0, 180, 110),
            "ammo": pygame.Rect(w - 140, h - 100, 140, 100),
            "carry, squad and health": pygame.Rect(0, h - 232, 470, 232),
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


def test_where_no_hud_is_in_the_way_the_arrow_stays_on_the_players_line() -> None:
    player, target = (640.0, 360.0), (3000.0, 500.0)  # off to the right, mid-height
    tip = marker_edge_point(player, target, (1280, 720))
    assert tip == pytest.approx(edge_point(player, target, (1280, 720)))
    low = marker_edge_point(player, (3000.0, 2000.0), (1280, 720))  # toward the ammo count
    assert low[1] < 720 - 110 - 38, "slid up off the bottom-right corner"


def test_a_chevron_for_a_shooter_low_on_the_left_keeps_off_the_squad_panel() -> None:
    session = MissionSession.start(str(maps_dir() / "combat-range.tmx"))
    world, player = session.world, session.mission.player
    here = world.get(player, Position)
    side = world.get(player, Faction).side
    foe = next(eid for eid, faction, _ in world.query(Faction, Awareness)
               if hostile(side, faction.side))
    for eid, _faction, aware in world.query(Faction, Awareness):
        aware.state = "combat" if eid == foe else "idle"
    spot = world.get(foe, Position)
    spot.x, spot.y = here.x - 700, here.y + 330  # off screen, low on the left
    camera = Camera(1280, 720, 100_000, 100_000)
    camera.x, camera.y = here.x - 640, here.y - 360  # the player mid-screen
    shapes = offscreen_threats(world, player, camera, (1280, 720))
    assert len(shapes) == 1, "the hostile fighting from off screen gets a chevron"
    for name, box in _hud_boxes(1280, 720).items():
        assert not [p for p in shapes[0] if box.collidepoint(p)], f"chevron on {name}"
