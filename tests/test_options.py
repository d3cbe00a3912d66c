"""Every option in the settings acts: toggle it and see the difference."""

from __future__ import annotations

import math
from pathlib import Path

import pygame
import pytest

from game.audio.captions import captions_for, direction_word
from game.audio.sound_board import channel_volumes
from game.input.aim_assist import assist_stick_aim
from game.input.controls import Controls, InputMapper, stick
from game.render.assets import Assets
from game.render.subtitles import Line, Subtitles, SubtitleStyle
from game.render.text_cache import TextCache
from game.scenes.base import Go, Run
from game.scenes.context import GameContext
from game.scenes.flow import Flow
from game.scenes.mission import MissionScene
from game.scenes.options import OPTIONS
from game.scenes.settings_menu import SettingsScene
from game.settings import Settings, load_settings
from game.sim.components import Health, Position, Target
from game.sim.events import Exploded, ShotFired

IDLE = Controls()


def mission(settings: Settings | None = None, ctx: GameContext | None = None) -> MissionScene:
    context = ctx or GameContext(settings=settings or Settings())
    return MissionScene(context, Run("sandbox"))


def test_each_volume_drives_its_own_channel() -> None:
    settings = Settings(master_volume=1.0, sfx_volume=0.5, voice_volume=0.25, music_volume=0.0)
    assert channel_volumes(settings) == {"effects": 0.5, "voice": 0.25, "music": 0.0}
    settings.master_volume = 0.5
    assert channel_volumes(settings)["effects"] == 0.25


def test_subtitle_options_change_what_is_drawn(screen: tuple[Assets, TextCache]) -> None:
    _, text = screen

    def drawn(style: SubtitleStyle) -> pygame.Rect | None:
        canvas = pygame.Surface((1280, 720), pygame.SRCALPHA)
        Subtitles([Line("Dispatch", "Units responding.", 3.0, (120, 180, 255))]).draw(
            canvas, text, style)
        return canvas.get_bounding_rect()

    small, large = drawn(SubtitleStyle("small")), drawn(SubtitleStyle("large"))
    assert small is not None and large is not None and large.height > small.height
    assert drawn(SubtitleStyle(speech=False)).width == 0  # type: ignore[union-attr]
    plain = pygame.Surface((1280, 720), pygame.SRCALPHA)
    solid = pygame.Surface((1280, 720), pygame.SRCALPHA)
    lines = [Line("", "[gunfire, left]", 2.0, (225, 225, 225), "caption")]
    Subtitles(list(lines)).draw(plain, text, SubtitleStyle(background=0.0))
    Subtitles(list(lines)).draw(solid, text, SubtitleStyle(background=1.0))
    assert solid.get_bounding_rect().width > plain.get_bounding_rect().width  # the panel
    hidden = pygame.Surface((1280, 720), pygame.SRCALPHA)
    Subtitles(list(lines)).draw(hidden, text, SubtitleStyle(captions=False))
    assert hidden.get_bounding_rect().width == 0


def test_off_screen_gunfire_is_captioned_with_its_side() -> None:
    shot = ShotFired(0, 99, "pistol", -300.0, 400.0, 0.0, 40.0)
    assert captions_for([shot], 1, (200.0, 400.0), (0, 0, 1280, 720)) == ["[gunfire, left]"]
    seen = ShotFired(0, 99, "pistol", 300.0, 400.0, 0.0, 40.0)
    assert captions_for([seen], 1, (200.0, 400.0), (0, 0, 1280, 720)) == []
    assert direction_word(0, -5) == "above" and direction_word(5, 5) == "lower right"


@pytest.mark.parametrize("on", [True, False])
def test_the_captions_option_reaches_the_mission(on: bool) -> None:
    scene = mission(Settings(captions=on))
    world = scene.session.world
    world.emit(ShotFired(world.tick, 999, "pistol", -2000.0, 100.0, 0.0, 40.0))
    scene.update(1 / 60, IDLE)
    captions = [line.text for line in scene.subtitles.lines if line.kind == "caption"]
    assert (captions == ["[gunfire, left]"]) is on


@pytest.mark.parametrize("shake", [True, False])
def test_screen_shake_can_be_turned_off(screen: tuple[Assets, TextCache], shake: bool) -> None:
    assets, text = screen
    scene = mission(ctx=GameContext(settings=Settings(screen_shake=shake), assets=assets,
                                    text=text))
    world = scene.session.world
    world.emit(Exploded(world.tick, 400.0, 400.0, 200.0))
    scene.update(1 / 60, IDLE)
    scene.update(1 / 60, IDLE)
    moved = abs(scene.camera.shake_x) + abs(scene.camera.shake_y)
    assert (moved > 0) is shake


def test_camera_look_ahead_can_be_turned_off() -> None:
    lean, still = mission(Settings(camera_lookahead=True)), mission(Settings())
    still.ctx.settings.camera_lookahead = False
    for scene in (lean, still):
        for _ in range(30):
            scene.update(1 / 60, Controls(aim_screen=(80.0, 715.0)))
    assert lean.camera.y > still.camera.y + 20


def test_game_speed_slows_the_simulation() -> None:
    full, half = mission(Settings(game_speed=1.0)), mission(Settings(game_speed=0.5))
    for scene in (full, half):
        for _ in range(60):
            scene.update(1 / 60, IDLE)
    assert full.session.world.tick == 60 and half.session.world.tick == 30


def test_damage_taken_scales_what_the_player_loses() -> None:
    from game.sim.damage import deal_damage

    lost = []
    for scale in (1.0, 0.5):
        scene = mission(Settings(damage_taken=scale))
        world, player = scene.session.world, scene.session.mission.player
        health = world.get(player, Health)
        assert health is not None
        before = health.hp
        deal_damage(world, player, 0, 20.0)
        lost.append(before - health.hp)
    assert lost[1] == pytest.approx(lost[0] / 2)
    recorded = MissionScene(GameContext(settings=Settings(damage_taken=0.5), record=Path("r")),
                            Run("sandbox"))
    health = recorded.session.world.get(recorded.session.mission.player, Health)
    assert health is not None and health.taken_scale == 1.0  # replays must play back the same


def test_difficulty_presets_set_the_damage_taken(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HEAT_CONFIG_DIR", str(tmp_path))
    ctx = GameContext()
    scene = SettingsScene(ctx)
    while not scene.menu.items[scene.menu.index].startswith("Difficulty:"):
        scene.handle("down")
    scene.handle("right")
    assert ctx.settings.difficulty == "hard" and ctx.settings.damage_taken == 1.5
    scene.handle("left")
    scene.handle("left")
    assert ctx.settings.difficulty == "easy" and ctx.settings.damage_taken < 1.0
    assert load_settings()[0].difficulty == "easy"  # saved at once


def test_every_option_moves_with_left_and_right(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HEAT_CONFIG_DIR", str(tmp_path))
    ctx = GameContext()
    scene = SettingsScene(ctx)
    for i, option in enumerate(OPTIONS):
        scene.menu.index = i
        before = getattr(ctx.settings, option.name)
        scene.handle("left")
        if getattr(ctx.settings, option.name) == before:  # already at the bottom of its range
            scene.handle("right")
        assert getattr(ctx.settings, option.name) != before, option.label
        assert scene.menu.items[i].endswith(option.shown(ctx.settings))  # and the menu says so


def test_aim_assist_bends_the_stick_toward_a_target_and_zero_is_off() -> None:
    scene = mission()
    world, player = scene.session.world, scene.session.mission.player
    pos = world.get(player, Position)
    assert pos is not None
    dummy = world.spawn(Position(pos.x + 200.0, pos.y + 40.0), Target("t"))
    assert dummy
    aim = (pos.x + 220.0, pos.y)
    off = assist_stick_aim(world, player, aim, 0.0)
    on = assist_stick_aim(world, player, aim, 1.0)
    assert off == aim
    to_target = math.atan2(40.0, 200.0)
    assert abs(math.atan2(on[1] - pos.y, on[0] - pos.x) - to_target) < 0.01


def test_interact_can_be_a_toggle(screen) -> None:
    mapper = InputMapper(Settings(interact_mode="toggle"))
    press = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_e, mod=0, unicode="e", scancode=0)
    mapper.actions_for(press)
    assert mapper.poll().interact is True  # the key is not held: the toggle keeps it on
    mapper.actions_for(press)
    assert mapper.poll().interact is False
    held = InputMapper(Settings())
    held.actions_for(press)
    assert held.poll().interact is False


def test_mouse_sensitivity_scales_the_cursor_in_relative_mode(screen) -> None:
    mapper = InputMapper(Settings(mouse_sensitivity=2.0))
    mapper.relative, mapper.cursor = True, (100.0, 100.0)
    mapper.actions_for(pygame.event.Event(pygame.MOUSEMOTION, pos=(0, 0), rel=(10, -5),
                                          buttons=(0, 0, 0)))
    assert mapper.cursor == (120.0, 90.0)


def test_stick_dead_zones_follow_the_setting() -> None:
    assert stick(0.2, 0.0, 0.25) is None
    small = stick(0.2, 0.0, 0.1)
    assert small is not None and 0.0 < small[0] < 0.2
    assert stick(1.0, 0.0, 0.4) == pytest.approx((1.0, 0.0))


def test_every_menu_works_with_a_gamepad_alone(screen, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HEAT_CONFIG_DIR", str(tmp_path))
    ctx = GameContext()
    flow = Flow(ctx)
    mapper = InputMapper(ctx.settings)

    def pad(event_type: int, **fields: object) -> None:
        for action in mapper.actions_for(pygame.event.Event(event_type, **fields)):
            flow.handle(action)

    pad(pygame.JOYAXISMOTION, axis=1, value=0.9, joy=0, instance_id=0)  # stick down once
    pad(pygame.JOYAXISMOTION, axis=1, value=0.95, joy=0, instance_id=0)  # still held: no step
    pad(pygame.JOYAXISMOTION, axis=1, value=0.0, joy=0, instance_id=0)
    pad(pygame.JOYHATMOTION, value=(0, -1), joy=0, instance_id=0, hat=0)  # d-pad down
    pad(pygame.JOYHATMOTION, value=(0, 0), joy=0, instance_id=0, hat=0)
    pad(pygame.JOYHATMOTION, value=(0, -1), joy=0, instance_id=0, hat=0)  # and again
    assert flow.top.menu.items[flow.top.menu.index] == "Settings"  # type: ignore[attr-defined]
    pad(pygame.JOYBUTTONDOWN, button=0, joy=0, instance_id=0)  # A
    assert isinstance(flow.top, SettingsScene)
    pad(pygame.JOYHATMOTION, value=(-1, 0), joy=0, instance_id=0, hat=0)  # volume down
    assert ctx.settings.master_volume == pytest.approx(0.7)
    pad(pygame.JOYBUTTONDOWN, button=1, joy=0, instance_id=0)  # B
    assert type(flow.top).__name__ == "TitleScene"
    flow.go(Go("start"))
    pad(pygame.JOYBUTTONDOWN, button=7, joy=0, instance_id=0)  # Start pauses
    assert type(flow.top).__name__ == "PauseScene"


def test_a_gamepad_can_back_out_of_waiting_for_a_key(tmp_path, monkeypatch) -> None:
    from game.scenes.settings_menu import ControlsScene

    monkeypatch.setenv("HEAT_CONFIG_DIR", str(tmp_path))
    scene = ControlsScene(GameContext())
    scene.handle("confirm")
    assert scene.wants_raw_key
    scene.handle("back")
    assert not scene.wants_raw_key


def test_zoom_palette_and_flashes_are_in_the_menu_and_checked() -> None:
    names = {o.name for o in OPTIONS}
    assert {"zoom", "palette", "flashes"} <= names
    from game.settings import settings_from_dict
    settings, problems = settings_from_dict({"zoom": 9.0, "palette": "pink", "flashes": False})
    assert (settings.zoom, settings.palette, settings.flashes) == (2.0, "default", False)
    assert len(problems) == 2


def test_zoom_and_palette_act_when_changed_mid_mission() -> None:
    scene = mission(Settings(zoom=2.0))
    scene.update(1 / 60, IDLE)
    assert scene.camera.zoom == 2.0
    scene.ctx.settings.zoom = 3.0  # changed from the pause menu's settings
    scene.update(1 / 60, IDLE)
    assert scene.camera.zoom == 3.0


def test_palette_change_rebuilds_the_sprites(screen: tuple[Assets, TextCache]) -> None:
    assets, text = screen
    scene = mission(ctx=GameContext(settings=Settings(), assets=assets, text=text))
    scene.update(1 / 60, IDLE)
    assert scene.renderer is not None and scene.renderer.palette == "default"
    scene.ctx.settings.palette = "colourblind"
    scene.update(1 / 60, IDLE)
    assert scene.renderer.palette == "colourblind"
