"""The windowed game: window and scaling, the frame loop, and wiring scenes to devices."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time

import pygame

from game.audio.music import music_cue, music_volume
from game.input.controls import InputMapper
from game.paths import assets_dir, user_config_dir
from game.render.assets import AssetError, Assets
from game.render.text_cache import TextCache
from game.scenes.base import QUIT, Scene
from game.scenes.context import GameContext, MissionChoice
from game.scenes.stack import SceneStack
from game.settings import Settings, load_settings, save_settings, title_notice

LOGICAL_SIZE = (1280, 720)
FPS_CAP = 144
STARTUP_PROBE = "HEAT_STARTUP_PROBE"


def run_app(args: argparse.Namespace) -> int:
    settings, warning = load_settings()
    if warning:
        print(f"heat: {warning}", file=sys.stderr)
    if getattr(args, "windowed", False):
        settings.fullscreen = False
    ctx = GameContext(settings=settings, notice=title_notice(warning))  # shown on the title
    if args.command == "play":
        ctx.choice = MissionChoice(str(args.mission), args.side, args.seed)
        ctx.record = args.record
        ctx.autopilot = args.bot
    pygame.init()
    try:
        _open_window(settings)
        pygame.display.set_caption("HEAT")
        ctx.assets, ctx.text = Assets(), TextCache(Assets())
        ctx.text.assets = ctx.assets
        _preload(ctx.assets)
        if args.command == "play":  # straight into a mission: no stall after its first frame
            _open_sound(ctx, settings)
        return _loop(ctx, _first_scene(ctx, args))
    except AssetError as err:
        print(f"heat: {err}", file=sys.stderr)
        return 1
    finally:
        pygame.quit()


def _open_window(settings: Settings) -> pygame.Surface:
    flags = pygame.SCALED | pygame.RESIZABLE
    if settings.fullscreen:
        flags |= pygame.FULLSCREEN
    return pygame.display.set_mode(LOGICAL_SIZE, flags, vsync=0)


def _preload(assets: Assets) -> None:
    """Fail at start with one clear line, not mid-mission, if a core image is missing."""
    for key in ("crew", "mccauley", "lapd", "guard", "civilian", "dummy", "muzzle_flash"):
        assets.sprite(key)
    assets.image("ui/title.png")
    pygame.mouse.set_cursor(pygame.cursors.Cursor((12, 12), assets.sprite("cursor")))


def _open_sound(ctx: GameContext, settings: Settings) -> None:
    from game.audio.sound_board import SoundBoard

    ctx.sound = SoundBoard.open(assets_dir() / "sounds",
                                settings.master_volume * settings.sfx_volume)
    from game.audio.music import MusicPlayer

    ctx.music = MusicPlayer.open(assets_dir() / "music", music_volume(settings))


def _first_scene(ctx: GameContext, args: argparse.Namespace) -> Scene:
    from game.scenes.title import TitleScene

    if args.command == "play":
        from game.scenes.mission import MissionScene

        return MissionScene(ctx)  # a bad map raises MapError: the CLI prints its lines
    return TitleScene(ctx)


def _loop(ctx: GameContext, first: Scene) -> int:
    stack = SceneStack.starting_with(first)
    mapper = InputMapper(ctx.settings)
    ctx.apply_settings = lambda settings: _apply_settings(ctx, mapper, settings)
    screen = pygame.display.get_surface()
    clock = pygame.time.Clock()
    gc.collect()
    gc.freeze()  # level data is long-lived: keep it out of every collection
    first_frame = True
    while stack.running:
        dt = clock.tick(FPS_CAP) / 1000.0
        started = time.perf_counter()
        for event in pygame.event.get():
            if event.type == pygame.QUIT:
                stack.apply(QUIT)
                continue
            top = stack.top if stack.scenes else None
            if event.type == pygame.KEYDOWN and getattr(top, "wants_raw_key", False):
                top.bind(pygame.key.name(event.key))  # the controls screen is rebinding
                continue
            for action in mapper.actions_for(event):
                if action == "fullscreen":
                    _toggle_fullscreen(ctx)
                elif action == "screenshot":
                    _save_screenshot(screen)
                else:
                    stack.handle(action)
        if not stack.running:
            break
        stack.update(dt, mapper.poll())
        if ctx.music is not None and stack.scenes:
            ctx.music.cue(music_cue(stack.top, ctx.music.piece))
        screen.fill((0, 0, 0))
        stack.draw(screen)
        pygame.display.flip()
        if first_frame:
            first_frame = False
            if STARTUP_PROBE in os.environ:  # heat bench --scenario startup: the title is up
                print(f"{STARTUP_PROBE} {time.process_time():.4f}", flush=True)
                return 0
            if ctx.sound is None:  # the title is up; it makes no sound, missions do
                _open_sound(ctx, ctx.settings)
        ctx.fps, ctx.frame_ms = clock.get_fps(), (time.perf_counter() - started) * 1000.0
    return 0


def _save_screenshot(screen: pygame.Surface) -> None:
    folder = user_config_dir() / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / time.strftime("heat-%Y%m%d-%H%M%S.png")
    pygame.image.save(screen, str(path))
    print(f"heat: screenshot saved to {path}", file=sys.stderr)


def _toggle_fullscreen(ctx: GameContext) -> None:
    pygame.display.toggle_fullscreen()
    ctx.settings.fullscreen = not ctx.settings.fullscreen
    save_settings(ctx.settings)


def _apply_settings(ctx: GameContext, mapper: InputMapper, settings: Settings) -> None:
    """Make the window, sound and keys match settings changed in the menus."""
    if settings.fullscreen != bool(pygame.display.is_fullscreen()):
        pygame.display.toggle_fullscreen()
    if ctx.sound is not None:
        ctx.sound.volume = settings.master_volume * settings.sfx_volume
    if ctx.music is not None:
        ctx.music.set_volume(music_volume(settings))
    mapper.rebind()
