"""The mission scene: fixed-step simulation under a variable frame rate, drawn interpolated."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from game.audio.ambience import Ambience
from game.audio.captions import captions_for
from game.audio.footsteps import Footsteps
from game.audio.music import MusicIntensity, set_for
from game.bots.objective_bot import ObjectiveBot
from game.input.aim_assist import assist_stick_aim
from game.input.control_names import hud_order_keys, prompt_keys
from game.input.player_intent import write_player_intent
from game.level.errors import MapError
from game.level.watch_files import FileWatcher
from game.missions import bot_for
from game.render.camera import Camera, fight_focus, fight_zoom, keep_near, valid_zoom
from game.render.hud_threats import draw_threats, fight_foes
from game.render.subtitles import Line, Subtitles, SubtitleStyle
from game.replay import Replay
from game.scenes.assists import apply_assists
from game.scenes.base import STAY, Go, Run, Scene
from game.scenes.context import GameContext
from game.scenes.outcome import end_banner, outcome_of
from game.scenes.rematch_run import start_session, taken_over_line
from game.sim.ai.orders import give_order
from game.sim.components import Intent, Position
from game.sim.events import Event
from game.sim.ghost import drive_ghost
from game.sim.state_hash import state_hash
from game.sim.units import DT

if TYPE_CHECKING:
    from game.input.controls import Controls
    from game.render.draw_world import WorldRenderer

WATCH_EVERY_S = 0.3  # how often the level's files are checked for a save
MAX_FRAME_S = 0.25  # a stall longer than this is not caught up (no spiral of death)
DEBRIEF_DELAY_S = 1.5
AIM_LOOKAHEAD = 0.25  # share of the mouse offset the camera leans toward
GHOST_NOTE_S = 6.0  # how long the "the AI takes over" line stays
GHOST_NOTE_COLOUR = (150, 200, 255)


class MissionScene(Scene):
    animated = True

    def __init__(self, ctx: GameContext, run: Run) -> None:
        self.ctx = ctx
        self.run = run
        self.session, self.ghost = start_session(run, ctx.runs)  # a rematch has a ghost
        self.accumulator = 0.0
        self.ended_for_s = 0.0
        self.recording: Replay | None = None
        self.renderer: WorldRenderer | None = None
        width, height = self.session.level.pixel_size
        self.camera = Camera(*ctx.view_size, width, height, zoom=valid_zoom(ctx.settings.zoom))
        self.chosen_zoom = self.camera.zoom
        self.watcher = FileWatcher(self.session.level.sources)
        self.watch_in_s = WATCH_EVERY_S
        self.reload_errors: list[str] = []
        self.footsteps = Footsteps()
        self.subtitles = Subtitles()
        self.autopilot = self._bot() if ctx.autopilot else None
        self.ambience: Ambience | None = None
        self.music_intensity = MusicIntensity()
        self._begin()

    def _begin(self) -> None:
        """Start (or restart) the attempt: fresh recording, camera on the player."""
        self.accumulator, self.ended_for_s = 0.0, 0.0
        self.ghost_told = False  # the HUD has said the AI took the ghost over
        apply_assists(self.session.world, self.ctx.settings, self.ctx.record is not None)
        self.music_intensity = MusicIntensity()
        if self.ctx.record is not None or self.run.chapter:  # a chapter keeps it for a rematch
            self.recording = Replay(self.session.mission_id, self.run.side, self.run.seed)
        pos = self.session.world.get(self.session.mission.player, Position)
        if pos is not None:
            self.camera.centre_on(pos.x, pos.y)
        if self.ctx.assets is not None:
            self._build_renderer()

    def _apply_look(self) -> None:
        """Zoom and palette changed in the settings (e.g. from the pause menu) act at once."""
        chosen = valid_zoom(self.ctx.settings.zoom)
        if chosen != self.chosen_zoom:  # changed in the settings: at once (a fight eases it)
            self.camera.zoom = self.chosen_zoom = chosen
        if self.renderer is not None and self.renderer.palette != self.ctx.settings.palette:
            self._build_renderer()

    def _build_renderer(self) -> None:
        from game.render.draw_world import WorldRenderer

        assert self.ctx.assets is not None
        settings = self.ctx.settings
        self.renderer = WorldRenderer(self.session.level, self.ctx.assets, settings.palette)
        self.renderer.effects.shake_enabled = settings.screen_shake
        self.renderer.effects.flash_enabled = settings.flashes

    @property
    def music_cue(self) -> str:
        """The score of this mission (read by the app to choose the music)."""
        return set_for(self.session.mission_id)

    def _bot(self) -> Any:
        """The mission package's own bot if it has one, else the objective bot."""
        return bot_for(self.session.mission.package) or ObjectiveBot()

    def restart(self) -> None:
        self._save_recording()
        if self.ghost is not None:  # the ghost starts again from the top of its recording
            self.session, self.ghost = start_session(self.run, self.ctx.runs)
        else:
            self.session.restart()
        if self.autopilot is not None:
            self.autopilot = self._bot()
        self._begin()

    def exit(self) -> None:
        self._save_recording()
        if self.ambience is not None:
            self.ambience.stop()

    def pause(self) -> None:
        if self.ambience is not None:
            self.ambience.stop()
            self.ambience = None

    def background_update(self, dt: float) -> None:
        """Under the pause menu: a save in Tiled still reloads the map (its lines show)."""
        self._hot_reload(dt)

    def _hot_reload(self, dt: float) -> None:
        """Poll the level's files; on a change, reload, or show why the save cannot be used."""
        self.watch_in_s -= dt
        if self.watch_in_s > 0:
            return
        self.watch_in_s = WATCH_EVERY_S
        if not self.watcher.changed():
            return
        try:
            self.session.reload()
        except MapError as err:
            self.reload_errors = err.lines()
            return
        self.reload_errors = []
        self.ghost = None  # the recording was of the old map: the AI has the character now
        apply_assists(self.session.world, self.ctx.settings, self.ctx.record is not None)
        self.recording = None  # a replay cannot span two versions of a map
        self.watcher.watch(self.session.level.sources)
        if self.ctx.assets is not None:
            self._build_renderer()

    @property
    def pauses_when_away(self) -> bool:
        """Read by the app when the window loses the keyboard: pause while the mission runs."""
        return self.session.mission.outcome == "running"

    def handle(self, action: str) -> Go:
        if action == "pause":
            return Go("pause", run=self.run)
        if action == "restart":
            self.restart()
        elif action == "debug":
            self.ctx.debug_overlay = not self.ctx.debug_overlay
        elif action.startswith("order_"):
            self._order(action.removeprefix("order_"))
        return STAY

    def _order(self, order: str) -> None:
        """A crew order key: the sim's order API gets it (go there: where the player aims)."""
        world, player = self.session.world, self.session.mission.player
        intent = world.get(player, Intent)
        if intent is None or self.session.mission.outcome != "running":
            return
        x, y = (intent.aim_x, intent.aim_y) if order == "goto" else (0.0, 0.0)
        give_order(world, player, order, x, y)
        if self.recording is not None:
            self.recording.capture_order(world.tick, order, x, y)

    def update(self, dt: float, controls: Controls) -> Go:
        self._hot_reload(dt)
        world, mission = self.session.world, self.session.mission
        self.camera.view_w, self.camera.view_h = self.ctx.view_size
        self._apply_look()
        self.accumulator += min(dt, MAX_FRAME_S) * self.ctx.settings.game_speed
        stepped = 0
        while self.accumulator >= DT and mission.outcome == "running":
            if self.ghost is not None:
                drive_ghost(world, self.ghost)
            self._write_intent(controls)
            self.session.step()
            self.accumulator -= DT
            stepped += 1
        events = world.take_outbox()
        if self.ctx.sound is not None:
            self.ctx.sound.play_events(events, world, mission.player)
            if stepped:
                self.footsteps.update(world, self.session.level, self.ctx.sound, mission.player)
            if self.ambience is None:
                self.ambience = Ambience(self.ctx.sound)
            self.ambience.update(events, mission, dt)
        if self.renderer is not None:
            self.renderer.effects.shake_enabled = self.ctx.settings.screen_shake
            self.renderer.effects.flash_enabled = self.ctx.settings.flashes  # the look's blasts
            self.renderer.effects.consume(events, mission.player)
            self.camera.shake_x, self.camera.shake_y = self.renderer.effects.update(dt)
        self.subtitles.consume(events, self._captions(events) if self.ctx.settings.captions
                               else [])
        self._tell_ghost_taken_over()
        self.subtitles.update(dt)
        level = self.music_intensity.update(world, mission.player, events, dt,
                                            mission.outcome == "running")
        if self.ctx.music is not None:
            self.ctx.music.follow(level)
        self._follow(dt)
        if mission.outcome != "running":
            self.accumulator = 0.0
            self.ended_for_s += dt
            if self.ended_for_s >= DEBRIEF_DELAY_S:
                self._save_recording()
                return Go("debrief", run=self.run,
                          outcome=outcome_of(self.session.world, mission))
        return STAY

    def _tell_ghost_taken_over(self) -> None:
        """One HUD line, once, when the AI takes the rematch's ghost over."""
        if self.ghost is None or self.ghost_told:
            return
        line = taken_over_line(self.session.world, self.ghost)
        if line:
            self.ghost_told = True
            self.subtitles.lines.append(Line("", line, GHOST_NOTE_S, GHOST_NOTE_COLOUR, "warning"))

    def _captions(self, events: list[Event]) -> list[str]:
        world, player = self.session.world, self.session.mission.player
        pos = world.get(player, Position)
        cam = self.camera
        return captions_for(events, player, (pos.x, pos.y) if pos else None,
                            (cam.x, cam.y, cam.world_w, cam.world_h))

    def _write_intent(self, controls: Controls) -> None:
        world, player = self.session.world, self.session.mission.player
        intent, pos = world.get(player, Intent), world.get(player, Position)
        if intent is None or pos is None:
            return
        if self.autopilot is not None:
            self.autopilot.think(world)
        else:
            write_player_intent(intent, controls, self.camera, pos)
            if controls.aim_stick is not None:
                intent.aim_x, intent.aim_y = assist_stick_aim(
                    world, player, (intent.aim_x, intent.aim_y), self.ctx.settings.aim_assist)
        if self.recording is not None:
            self.recording.capture(world.tick, intent, (pos.x, pos.y))

    def _follow(self, dt: float) -> None:
        world = self.session.world
        pos = world.get(self.session.mission.player, Position)
        intent = world.get(self.session.mission.player, Intent)
        if pos is None:
            return
        # frame the fight: the men shooting at the player on screen with him
        foes = fight_foes(world, self.session.mission.player)
        self.camera.ease_zoom(fight_zoom(self.chosen_zoom, pos.x, pos.y, foes,
                                         self.camera.view_w, self.camera.view_h), dt)
        view_w, view_h = self.camera.world_w, self.camera.world_h
        tx, ty = fight_focus(pos.x, pos.y, foes, view_w, view_h)
        if intent is not None and self.ctx.settings.camera_lookahead:
            # lean toward the aim, never so far the player leaves the view
            reach_x, reach_y = view_w * 0.3, view_h * 0.3
            tx += max(-reach_x, min(reach_x, (intent.aim_x - pos.x) * AIM_LOOKAHEAD))
            ty += max(-reach_y, min(reach_y, (intent.aim_y - pos.y) * AIM_LOOKAHEAD))
        self.camera.follow(*keep_near(pos.x, pos.y, tx, ty, view_w, view_h), dt)

    def _save_recording(self) -> None:
        if self.recording is None or not self.recording.changes:
            return
        self.recording.final_hash = state_hash(self.session.world)
        if self.run.chapter and self.session.mission.outcome == "success":
            from game.rematch import save_last_run

            # a problem only costs the rematch
            save_last_run(self.recording, self.run.chapter, self.ctx.runs)
        if self.ctx.record is not None:
            self.recording.save(self.ctx.record)
        self.recording = None

    def draw(self, surface: pygame.Surface) -> None:
        if self.renderer is None or self.ctx.text is None:
            return
        from game.render.debug_overlay import draw_debug_overlay
        from game.render.hud import draw_hud, draw_problems
        from game.render.objective_marker import draw_objective_marker

        world = self.session.world
        self.renderer.draw(surface, world, self.camera, self.accumulator / DT)
        draw_objective_marker(surface, world, self.camera, self.ctx.text)
        settings = self.ctx.settings
        interact_key, drop_key = prompt_keys(settings, self.ctx.using_pad)
        draw_hud(surface, world, self.ctx.text, interact_key, settings.interact_mode == "toggle",
                 drop_key, hud_order_keys(settings, self.ctx.using_pad))
        draw_threats(surface, world, self.session.mission.player, self.camera)
        style = SubtitleStyle(settings.subtitle_size, settings.subtitle_background,
                              settings.subtitles, settings.captions)
        self.subtitles.draw(surface, self.ctx.text, style)
        if self.ctx.debug_overlay:
            draw_debug_overlay(surface, world, self.camera, self.ctx.text, self.ctx.fps,
                               self.ctx.frame_ms)
        if self.reload_errors:
            draw_problems(surface, self.ctx.text, self.reload_errors)
        mission = self.session.mission
        if mission.outcome != "running":
            color = (120, 220, 120) if mission.outcome == "success" else (230, 70, 60)
            label = end_banner(world, mission)
            centre = (surface.get_width() // 2, surface.get_height() // 2 - 40)
            self.ctx.text.shadowed(surface, label, centre, 96, color, True, "center")
