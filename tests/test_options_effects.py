"""Every option in the settings menu has a test that sees it act, named in EFFECT_TESTS; an
option added without one fails here. The tests for the options not seen elsewhere follow."""

from __future__ import annotations

import importlib

import pygame
import pytest

from game.audio.music import music_volume
from game.audio.sound_board import SoundBoard, channel_volumes
from game.input.controls import Controls
from game.render.assets import Assets
from game.render.text_cache import TextCache
from game.scenes.base import Run
from game.scenes.context import GameContext
from game.scenes.mission import MissionScene
from game.scenes.options import OPTIONS
from game.settings import Settings
from game.sim.components import Position
from game.sim.events import Exploded

IDLE = Controls()
HERE = "tests.test_options_effects"
OPTIONS_TESTS = "tests.test_options"

# option -> (module, test) that fails if the option stops acting on the game
EFFECT_TESTS: dict[str, tuple[str, str]] = {
    "fullscreen": (HERE, "test_fullscreen_and_scaling_change_the_window"),
    "master_volume": (HERE, "test_master_volume_lowers_every_channel_and_the_music"),
    "sfx_volume": (HERE, "test_each_volume_reaches_the_sound_board"),
    "voice_volume": (HERE, "test_each_volume_reaches_the_sound_board"),
    "music_volume": (HERE, "test_master_volume_lowers_every_channel_and_the_music"),
    "scale_mode": (HERE, "test_fullscreen_and_scaling_change_the_window"),
    "screen_shake": (OPTIONS_TESTS, "test_screen_shake_can_be_turned_off"),
    "flashes": (HERE, "test_flashes_off_keeps_a_blast_from_whitening_the_frame"),
    "camera_lookahead": (OPTIONS_TESTS, "test_camera_look_ahead_can_be_turned_off"),
    "pause_in_background": ("tests.test_window_focus",
                            "test_leaving_the_window_pauses_a_running_mission_unless_turned_off"),
    "zoom": (OPTIONS_TESTS, "test_zoom_and_palette_act_when_changed_mid_mission"),
    "palette": (HERE, "test_the_colour_blind_palette_changes_the_picture"),
    "subtitles": (OPTIONS_TESTS, "test_subtitle_options_change_what_is_drawn"),
    "subtitle_size": (OPTIONS_TESTS, "test_subtitle_options_change_what_is_drawn"),
    "subtitle_background": (OPTIONS_TESTS, "test_subtitle_options_change_what_is_drawn"),
    "captions": (OPTIONS_TESTS, "test_the_captions_option_reaches_the_mission"),
    "difficulty": (OPTIONS_TESTS, "test_difficulty_presets_set_the_damage_taken"),
    "damage_taken": (OPTIONS_TESTS, "test_damage_taken_scales_what_the_player_loses"),
    "game_speed": (OPTIONS_TESTS, "test_game_speed_slows_the_simulation"),
    "aim_assist": (OPTIONS_TESTS,
                   "test_aim_assist_bends_the_stick_toward_a_target_and_zero_is_off"),
    "interact_mode": (OPTIONS_TESTS, "test_interact_can_be_a_toggle"),
    "mouse_sensitivity": (OPTIONS_TESTS,
                          "test_mouse_sensitivity_scales_the_cursor_in_relative_mode"),
    "move_deadzone": (OPTIONS_TESTS, "test_stick_dead_zones_follow_the_setting"),
    "aim_deadzone": (OPTIONS_TESTS, "test_stick_dead_zones_follow_the_setting"),
}


def test_every_option_in_the_menu_has_a_test_that_sees_it_act() -> None:
    assert {o.name for o in OPTIONS} == set(EFFECT_TESTS)
    for name, (module, test) in EFFECT_TESTS.items():
        assert callable(getattr(importlib.import_module(module), test, None)), (name, test)


def scene(settings: Settings, screen: tuple[Assets, TextCache]) -> MissionScene:
    assets, text = screen
    return MissionScene(GameContext(settings=settings, assets=assets, text=text),
                        Run("sandbox"))


def frame(mission: MissionScene) -> pygame.Surface:
    canvas = pygame.Surface((1280, 720))
    mission.draw(canvas)
    return canvas


def test_the_colour_blind_palette_changes_the_picture(screen) -> None:
    pictures = []
    for palette in ("default", "colourblind"):
        mission = scene(Settings(palette=palette), screen)
        mission.update(1 / 60, IDLE)
        pictures.append(pygame.image.tobytes(frame(mission), "RGB"))
    assert pictures[0] != pictures[1]


def test_flashes_off_keeps_a_blast_from_whitening_the_frame(screen) -> None:
    lit = []
    for flashes in (True, False):
        mission = scene(Settings(flashes=flashes, screen_shake=False), screen)
        mission.update(1 / 60, IDLE)
        calm = pygame.transform.average_color(frame(mission))
        world = mission.session.world
        player = world.get(mission.session.mission.player, Position)
        assert player is not None
        world.emit(Exploded(world.tick, player.x, player.y, 200.0))
        mission.update(1 / 60, IDLE)
        blast = pygame.transform.average_color(frame(mission))
        lit.append(sum(blast[:3]) - sum(calm[:3]))
    assert lit[0] > lit[1] + 20  # the flash whitens the whole frame only when allowed


def test_master_volume_lowers_every_channel_and_the_music() -> None:
    loud, quiet = Settings(master_volume=1.0), Settings(master_volume=0.5)
    assert music_volume(quiet) == pytest.approx(music_volume(loud) / 2)
    assert all(channel_volumes(quiet)[k] == pytest.approx(v / 2)
               for k, v in channel_volumes(loud).items())
    assert music_volume(Settings(music_volume=0.0)) == 0.0 < music_volume(Settings())


def test_each_volume_reaches_the_sound_board(tmp_path) -> None:
    board = SoundBoard(tmp_path, channel_volumes(Settings()))
    board.mix(Settings(sfx_volume=0.5, voice_volume=0.0))
    assert board.volume_for("effects") == pytest.approx(0.4)  # master 0.8 x 0.5
    assert board.volume_for("voice") == 0.0


def test_fullscreen_and_scaling_change_the_window(screen) -> None:
    from game.app import Window

    settings = Settings()
    window = Window.open(settings)
    assert not pygame.display.is_fullscreen()
    window.toggle_fullscreen()
    assert pygame.display.is_fullscreen()
    window.toggle_fullscreen()
    pygame.display.set_mode((1900, 1000), pygame.RESIZABLE)
    sizes = {}
    for mode in ("fit", "whole"):
        settings.scale_mode = mode
        window.fit()
        sizes[mode] = (window.viewport.canvas, window.viewport.scale)
    assert sizes["fit"] != sizes["whole"]


def test_the_briefing_legend_follows_the_interact_option_and_binding() -> None:
    from game.campaign import CONTROLS_CARD
    from game.scenes.briefing import legend

    held = dict((action, key) for key, action in legend(CONTROLS_CARD.keys, Settings()))
    settings = Settings(interact_mode="toggle")
    settings.keys["interact"] = ["f"]
    pressed = dict((action, key) for key, action in legend(CONTROLS_CARD.keys, settings))
    use = next(action for action in held if action.startswith("use"))
    assert (held[use], pressed[use]) == ("Hold E", "Press F")
