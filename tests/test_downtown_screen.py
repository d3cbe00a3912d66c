"""What a player of the downtown shootout sees: the camera frames the men shooting at him, a
chevron at the edge for each one shooting from off screen, and the HUD says what he carries
(the bags, their weight and the speed they cost; whom he drags)."""

from __future__ import annotations

import math

from game.render.camera import (
    FIGHT_ZOOM,
    MOST_LEAN_X,
    MOST_LEAN_Y,
    Camera,
    fight_focus,
    fight_zoom,
    keep_near,
)
from game.render.hud_carry import carry_rows
from game.render.hud_layout import HudLayout
from game.render.hud_threats import fight_foes, offscreen_threats
from game.session import MissionSession
from game.sim.components import Awareness, Faction, Intent, Position, Region
from game.sim.damage import down
from game.sim.mission.lookup import find
from game.sim.units import metres
from game.sim.world import World

VIEW_W, VIEW_H = 640.0, 360.0  # the world a 1280x720 screen shows at the default 2x


def test_with_nobody_fighting_the_camera_centres_on_the_player() -> None:
    assert fight_focus(100.0, 200.0, [], VIEW_W, VIEW_H) == (100.0, 200.0)


def test_the_camera_frames_the_player_and_the_men_shooting_at_him() -> None:
    tx, ty = fight_focus(0.0, 0.0, [(0.0, 300.0)], VIEW_W, VIEW_H)
    assert tx == 0.0 and 0.0 < ty <= VIEW_H * MOST_LEAN_Y
    assert 300.0 - ty < 300.0  # the shooter is nearer the middle of the view than before
    near_x, _ = fight_focus(0.0, 0.0, [(200.0, 0.0)], VIEW_W, VIEW_H)
    assert near_x == 100.0  # both fit: the view centres between them


def test_a_shooter_far_off_does_not_drag_the_view_away() -> None:
    assert fight_focus(0.0, 0.0, [(5000.0, 0.0)], VIEW_W, VIEW_H) == (0.0, 0.0)


def test_however_the_fight_and_the_aim_pull_the_player_stays_on_screen() -> None:
    for tx, ty in ((9999.0, 9999.0), (-9999.0, 40.0), (3.0, -9999.0)):
        x, y = keep_near(0.0, 0.0, tx, ty, VIEW_W, VIEW_H)
        assert abs(x) <= VIEW_W * MOST_LEAN_X + 1e-9 and abs(y) <= VIEW_H * MOST_LEAN_Y + 1e-9
        assert abs(x) < VIEW_W / 2 and abs(y) < VIEW_H / 2


def _ambushed() -> MissionSession:
    session = MissionSession.start("downtown", "crew", 3)
    world = session.world
    getaway = next(r for _, r in world.query(Region) if r.name == "getaway")
    neil = world.get(session.mission.player, Position)
    neil.x, neil.y = getaway.x + getaway.w / 2, getaway.y + getaway.h / 2
    for _ in range(90):
        session.step()
        world.take_outbox()
    assert session.mission.phase in ("ambush", "street")
    return session


def _an_officer_in_combat(world: World, x: float, y: float) -> int:
    officer = next(eid for eid, f, _ in world.query(Faction, Awareness) if f.side == "lapd")
    pos = world.get(officer, Position)
    pos.x, pos.y = x, y
    world.get(officer, Awareness).state = "combat"
    return officer


def test_the_police_shooting_from_off_screen_each_get_an_edge_chevron() -> None:
    session = _ambushed()
    world, player = session.world, session.mission.player
    for _, _, aware in world.query(Faction, Awareness):
        aware.state = "unaware"  # only the two placed below are in the fight
    here = world.get(player, Position)
    camera = Camera(1280, 720, 1e6, 1e6, zoom=2.0)
    camera.centre_on(here.x, here.y)
    _an_officer_in_combat(world, here.x, here.y + metres(20))  # across the street, off screen
    assert len(offscreen_threats(world, player, camera, (1280, 720))) == 1
    tip = offscreen_threats(world, player, camera, (1280, 720))[0][0]
    band = HudLayout(1280, 720).subtitles  # the edge below, just above the subtitles
    assert band.top - 60 < tip[1] < band.top and abs(tip[0] - 640) < 40  # straight below
    foes = fight_foes(world, player)
    assert foes and math.isclose(foes[0][1], here.y + metres(20))


def test_the_hud_says_what_mccauley_carries_and_whom_he_drags() -> None:
    session = _ambushed()
    world, player = session.world, session.mission.player
    rows = [line for line, _ in carry_rows(world, player, "g")]
    assert rows[0] == "1 BAG  $4,100,000"
    assert rows[1].startswith("14 kg · speed ") and rows[1].endswith(" · G drops it")
    intent = world.get(player, Intent)
    intent.drop = True
    session.step()
    intent.drop = False
    assert carry_rows(world, player, "g") == []
    chris = find(world, "Shiherlis")
    here, at = world.get(player, Position), world.get(chris, Position)
    at.x, at.y = here.x + 20, here.y
    down(world, chris, 0, at.x, at.y)
    for _ in range(20):
        intent.interact = True
        session.step()
    rows = [line for line, _ in carry_rows(world, player, "g")]
    assert "DRAGGING SHIHERLIS" in rows, rows


def test_with_nobody_fighting_the_zoom_is_the_one_chosen() -> None:
    assert fight_zoom(2.0, 0.0, 0.0, [], 1280, 720) == 2.0
    assert fight_zoom(2.0, 0.0, 0.0, [(50.0, 40.0)], 1280, 720) == 2.0  # fits already


def test_a_fight_across_the_street_eases_the_zoom_out_but_never_past_the_floor() -> None:
    across = fight_zoom(2.0, 0.0, 0.0, [(0.0, metres(11))], 1280, 720)
    assert 2.0 * FIGHT_ZOOM <= across < 2.0
    far = fight_zoom(2.0, 0.0, 0.0, [(0.0, metres(20))], 1280, 720)
    assert far == 2.0 * FIGHT_ZOOM  # characters stay readable: no further out than that


def test_the_zoom_eases_in_steps_and_keeps_the_middle_of_the_view() -> None:
    camera = Camera(1280, 720, 1e5, 1e5, zoom=2.0)
    camera.centre_on(5000.0, 5000.0)
    sizes = set()
    for _ in range(120):
        camera.ease_zoom(1.4, 1 / 60)
        sizes.add(round(camera.world_w))
        middle = (camera.x + camera.world_w / 2, camera.y + camera.world_h / 2)
        assert math.isclose(middle[0], 5000.0) and math.isclose(middle[1], 5000.0)
    assert camera.zoom == 1.4 and len(sizes) <= 13  # a dozen view sizes, not one per frame


def test_in_the_game_the_fight_zooms_out_and_the_settings_zoom_still_applies() -> None:
    from game.input.controls import Controls
    from game.scenes.base import Run
    from game.scenes.context import GameContext
    from game.scenes.mission import MissionScene

    scene = MissionScene(GameContext(), Run("downtown", side="crew", seed=3))
    world, player = scene.session.world, scene.session.mission.player
    getaway = next(r for _, r in world.query(Region) if r.name == "getaway")
    here = world.get(player, Position)
    here.x, here.y = getaway.x + getaway.w / 2, getaway.y + getaway.h / 2
    for _ in range(150):  # the ambush springs; the unit across the street opens fire
        scene.update(1 / 60, Controls())
    assert fight_foes(world, player)
    assert scene.camera.zoom <= 1.8  # eased out over the frames, not reset to 2x each one
    scene.ctx.settings.zoom = 3.0
    scene.update(1 / 60, Controls())
    assert scene.camera.zoom == 3.0


def test_the_objective_list_makes_room_once_a_ticked_line_has_been_read() -> None:
    from game.render.hud import DONE_SHOWN_S, objective_rows

    session = _ambushed()
    mission, now = session.mission, session.world.time_s
    car = mission.objective("car")
    assert car is not None and car.done
    rows = [line for line, _ in objective_rows(mission, car.done_at_s + 1.0)]
    assert rows[0] == "[x] Walk the bags out to Breedan's car"
    later = [line for line, _ in objective_rows(mission, car.done_at_s + DONE_SHOWN_S + 1.0)]
    assert "[x] Walk the bags out to Breedan's car" not in later and len(later) == 4
    assert all(line.startswith("[ ]") for line in later) and now >= car.done_at_s
    assert not any("Stop the crew" in line for line in later)  # the police's are not listed


def test_only_the_players_own_bag_floats_a_dollar_figure() -> None:
    from game.render.effects import Effects
    from game.sim.events import LootTaken

    effects = Effects()
    effects.consume([LootTaken(0, 7, 4_000_000, "bag")], 3)  # Cheritto's bag, in Hanna's game
    assert effects.blasts.floats == []
    effects.consume([LootTaken(0, 3, 4_100_000, "bag")], 3)
    assert [f.text for f in effects.blasts.floats] == ["+$4,100,000"]
