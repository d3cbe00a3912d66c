"""The windowed game: window and scaling, the frame loop, and wiring scenes to devices."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from dataclasses import dataclass

import pygame

from game.input.controls import InputMapper, reset_unknown_keys
from game.input.game_pad import button_name
from game.paths import assets_dir, user_config_dir
from game.render.assets import AssetError, Assets
from game.render.text_cache import TextCache
from game.render.viewport import BASE_H, BASE_W, Viewport, viewport_for
from game.scenes.base import QUIT, Go, Run
from game.scenes.context import GameContext
from game.scenes.flow import Flow, warm_up
from game.scenes.saved_progress import SavedProgress
from game.settings import (
    Settings,
    load_settings,
    save_settings,
    settings_path,
    title_notice,
)

MENU_FPS = 30  # menus change only on input: no reason to burn a core drawing them
DEFAULT_REFRESH_HZ = 60  # when the display does not say
STARTUP_PROBE = "HEAT_STARTUP_PROBE"
GUARDED_ACTIONS = frozenset({"confirm", "retry"})
AWAY_EVENTS = (pygame.WINDOWFOCUSLOST, pygame.WINDOWMINIMIZED)  # the player has gone elsewhere
REDRAW_EVENTS = (pygame.KEYDOWN, pygame.KEYUP, pygame.MOUSEBUTTONDOWN, pygame.JOYBUTTONDOWN,
                 pygame.JOYHATMOTION, pygame.WINDOWEXPOSED, pygame.WINDOWSHOWN,
                 pygame.WINDOWRESTORED, pygame.WINDOWFOCUSGAINED)


@dataclass
class Window:
    """The OS window, the canvas scenes draw on, and how one is scaled into the other."""

    settings: Settings
    viewport: Viewport
    surface: pygame.Surface
    canvas: pygame.Surface
    windowed_size: tuple[int, int] = (BASE_W, BASE_H)
    refresh_hz: int = DEFAULT_REFRESH_HZ
    shot_wanted: bool = False  # F12 was pressed: save the next presented frame
    top: object = None  # the scene on top when last looked, and since when (perf_counter s)
    top_since: float = 0.0

    @classmethod
    def open(cls, settings: Settings) -> Window:
        size = (0, 0) if settings.fullscreen else (BASE_W, BASE_H)
        flags = pygame.FULLSCREEN if settings.fullscreen else pygame.RESIZABLE
        surface = pygame.display.set_mode(size, flags, vsync=0)
        window = cls(settings, viewport_for(surface.get_size()), surface, surface)
        window.fit()
        return window

    def fit(self) -> None:
        """Recompute the canvas after the window changed size or the scaling mode changed."""
        self.surface = pygame.display.get_surface()
        self.viewport = viewport_for(self.surface.get_size(), self.settings.scale_mode)
        if self.viewport.direct:
            self.canvas = self.surface
        elif self.canvas is self.surface or self.canvas.get_size() != self.viewport.canvas:
            self.canvas = pygame.Surface(self.viewport.canvas).convert()
        self.refresh_hz = pygame.display.get_current_refresh_rate() or DEFAULT_REFRESH_HZ

    def present(self) -> None:
        view = self.viewport
        if not view.direct:
            self.surface.fill((0, 0, 0))
            size = (round(view.canvas[0] * view.scale), round(view.canvas[1] * view.scale))
            target = self.surface.subsurface((*view.offset, *size))
            if view.scale == int(view.scale):
                pygame.transform.scale(self.canvas, size, target)
            else:
                pygame.transform.smoothscale(self.canvas, size, target)
        pygame.display.flip()

    def toggle_fullscreen(self) -> None:
        if pygame.display.is_fullscreen():
            pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE, vsync=0)
        else:
            self.windowed_size = pygame.display.get_surface().get_size()
            pygame.display.set_mode((0, 0), pygame.FULLSCREEN, vsync=0)
        self.fit()


def run_app(args: argparse.Namespace) -> int:
    settings, warning = load_settings()
    if warning:
        print(f"heat: {warning}", file=sys.stderr)
    if getattr(args, "windowed", False):
        settings.fullscreen = False
    ctx = GameContext(settings=settings)
    ctx.progress, trouble = SavedProgress.load()
    if trouble:
        print(f"heat: {trouble}", file=sys.stderr)
    notices = [title_notice(warning), trouble]  # shown on the title
    straight_in = args.command == "play" and args.mission is not None
    if args.command == "play":
        ctx.record = args.record
        ctx.autopilot = args.bot  # with no mission: the bot plays each mission of the campaign
    # Only what the first frame needs: the sound device (opened by SoundBoard, with its own
    # format) and the pads come after it, so a slow audio server cannot hold up the title.
    pygame.display.init()
    pygame.font.init()
    notices.append(title_notice(_check_keys(settings)))
    first = Go("title", notice="\n".join(n for n in notices if n))
    if straight_in:
        first = Go("mission", run=Run(str(args.mission), args.side, args.seed))
    try:
        window = Window.open(settings)
        pygame.display.set_caption("HEAT")
        ctx.assets = Assets()
        ctx.text = TextCache(ctx.assets)
        _preload(ctx.assets)
        if straight_in:  # straight into a mission: no stall after its first frame
            _open_sound(ctx, settings)
        return _loop(ctx, window, first)
    except AssetError as err:
        print(f"heat: {err}", file=sys.stderr)
        return 1
    finally:
        pygame.quit()


def _check_keys(settings: Settings) -> str:
    """Key names pygame does not know, dropped from the settings (saved so): one line, or ""."""
    resets = reset_unknown_keys(settings)
    if not resets:
        return ""
    line = f"{settings_path()}: {', '.join(resets)}"
    print(f"heat: {line}", file=sys.stderr)
    unsaved = save_settings(settings)
    if unsaved:
        print(f"heat: {unsaved}", file=sys.stderr)
    return line


def _preload(assets: Assets) -> None:
    """Fail at start with one clear line, not mid-mission, if a core image is missing."""
    for key in ("crew", "mccauley", "lapd", "guard", "civilian", "dummy", "muzzle_flash"):
        assets.sprite(key)
    assets.image("ui/title.png")
    pygame.mouse.set_cursor(pygame.cursors.Cursor((12, 12), assets.sprite("cursor")))


def _open_sound(ctx: GameContext, settings: Settings) -> None:
    from game.audio.sound_board import SoundBoard

    ctx.sound = SoundBoard.open(assets_dir() / "sounds", settings)
    from game.audio.music import MusicPlayer, music_volume

    ctx.music = MusicPlayer.open(assets_dir() / "music", music_volume(settings))


def _loop(ctx: GameContext, window: Window, first: Go) -> int:
    mapper = InputMapper(ctx.settings)
    ctx.apply_settings = lambda settings: _apply_settings(ctx, window, mapper, settings)
    ctx.view_size = window.viewport.canvas
    flow = Flow(ctx, first)  # a bad map from the command line raises: the CLI prints it
    clock = pygame.time.Clock()
    gc.collect()
    gc.freeze()  # level data is long-lived: keep it out of every collection
    redraw, first_frame = True, True
    while flow.running:
        animated = flow.top.animated
        dt = clock.tick(window.refresh_hz if animated else MENU_FPS) / 1000.0
        started = time.perf_counter()
        if flow.top is not window.top:  # a new screen: when it came up (see held_back)
            window.top, window.top_since = flow.top, time.perf_counter()
        redraw = _handle_events(ctx, window, mapper, flow) or redraw
        ctx.using_pad = mapper.using_pad
        if not flow.running:
            break
        shown = flow.top
        mapper.viewport = window.viewport
        _mouse_mode(mapper, animated and ctx.settings.mouse_sensitivity != 1.0)
        flow.update(dt, mapper.poll())
        if not flow.running:
            break
        if ctx.music is not None:
            from game.audio.music import music_cue  # loaded with the music, after the title

            ctx.music.cue(music_cue(flow.top, ctx.music.piece))
        if animated or redraw or flow.top is not shown or flow.top.animated:
            window.canvas.fill((0, 0, 0))
            flow.draw(window.canvas)
            if mapper.relative and mapper.cursor is not None and ctx.assets is not None:
                image = ctx.assets.sprite("cursor")
                window.canvas.blit(image, image.get_rect(center=mapper.cursor))
            window.present()
            redraw = False
            if window.shot_wanted:
                window.shot_wanted = False
                _save_screenshot(window.surface)
        if first_frame:
            first_frame = False
            if _after_first_frame(ctx, window) is not None:
                return 0
        ctx.fps, ctx.frame_ms = clock.get_fps(), (time.perf_counter() - started) * 1000.0
    return 0


def _after_first_frame(ctx: GameContext, window: Window) -> int | None:
    """The title is up: what the first frame did not need. ``heat bench --scenario startup``
    sets STARTUP_PROBE to learn when the title was up (the game quits then: an exit code is
    returned) or, with "idle", when the start-up work after it is done too."""
    probe = os.environ.get(STARTUP_PROBE)
    if probe is not None and probe != "idle":
        print(f"{STARTUP_PROBE} {time.process_time():.4f} {window.refresh_hz}", flush=True)
        return 0
    pygame.joystick.init()  # pads already plugged in arrive as JOYDEVICEADDED
    if ctx.sound is None:  # the title makes no sound, missions do
        _open_sound(ctx, ctx.settings)
    warm_up()  # the mission's modules, while the player reads the title
    if probe == "idle":
        print(f"{STARTUP_PROBE} {time.process_time():.4f} {window.refresh_hz}", flush=True)
    return None


def _mouse_mode(mapper: InputMapper, relative: bool) -> None:
    """Mouse sensitivity other than 1 needs relative motion and a cursor drawn by the game."""
    if relative == mapper.relative:
        return
    pygame.mouse.set_relative_mode(relative)
    mapper.relative = relative
    if not relative:
        mapper.cursor = None


def _handle_events(ctx: GameContext, window: Window, mapper: InputMapper, flow: Flow) -> bool:
    """Routes this frame's events; True when the picture may have changed."""
    redraw = False
    for event in pygame.event.get():
        if event.type == pygame.QUIT:
            flow.go(QUIT)
            return True
        if event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED,
                          pygame.WINDOWDISPLAYCHANGED):  # another display: its refresh rate
            window.fit()
            ctx.view_size = window.viewport.canvas
            redraw = True
            continue
        redraw = redraw or event.type in REDRAW_EVENTS
        top = flow.top if flow.scenes else None
        if event.type in AWAY_EVENTS:
            if pauses_when_away(ctx.settings, top):
                flow.handle("pause")
                redraw = True
            continue
        if event.type == pygame.KEYDOWN and getattr(top, "wants_raw_key", False):
            top.bind(pygame.key.name(event.key))  # type: ignore[union-attr]
            continue
        if event.type == pygame.CONTROLLERBUTTONDOWN and getattr(top, "wants_raw_key", False):
            mapper.using_pad = True
            top.bind_pad(button_name(event.button))  # type: ignore[union-attr]
            continue
        for action in mapper.actions_for(event):
            redraw = True
            if action == "fullscreen":
                _toggle_fullscreen(ctx, window)
            elif action == "screenshot":
                window.shot_wanted = True  # taken after this frame is drawn, at its new size
            elif held_back(action, flow.top, time.perf_counter() - window.top_since):
                continue
            else:
                flow.handle(action)
            if not flow.running:
                return True
    return redraw


def pauses_when_away(settings: Settings, scene: object) -> bool:
    """Whether leaving the window (another window takes the keyboard, or it is minimised)
    pauses the game: a mission still being played, unless the setting is off."""
    return settings.pause_in_background and bool(getattr(scene, "pauses_when_away", False))


def held_back(action: str, scene: object, shown_for_s: float) -> bool:
    """A choice made before the screen could be read: a debrief that came up by itself while
    the player was pressing Enter or R (reload) is not skipped or retried unseen."""
    return action in GUARDED_ACTIONS and shown_for_s < getattr(scene, "input_guard_s", 0.0)


def _save_screenshot(screen: pygame.Surface) -> None:
    folder = user_config_dir() / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    stem = time.strftime("heat-%Y%m%d-%H%M%S")
    path, n = folder / f"{stem}.png", 1
    while path.exists():  # two in one second: keep both
        n += 1
        path = folder / f"{stem}-{n}.png"
    pygame.image.save(screen, str(path))
    print(f"heat: screenshot saved to {path}", file=sys.stderr)


def _toggle_fullscreen(ctx: GameContext, window: Window) -> None:
    window.toggle_fullscreen()
    ctx.view_size = window.viewport.canvas
    ctx.settings.fullscreen = bool(pygame.display.is_fullscreen())
    save_settings(ctx.settings)


def _apply_settings(ctx: GameContext, window: Window, mapper: InputMapper,
                    settings: Settings) -> None:
    """Make the window, sound and keys match settings changed in the menus."""
    if settings.fullscreen != bool(pygame.display.is_fullscreen()):
        window.toggle_fullscreen()
    window.fit()
    ctx.view_size = window.viewport.canvas
    if ctx.sound is not None:
        ctx.sound.mix(settings)
    if ctx.music is not None:
        from game.audio.music import music_volume

        ctx.music.set_volume(music_volume(settings))
    mapper.rebind()
