"""The whole game flow in one file: every named transition, the scene it leads to, and how.

    title ── Start ─────────────────────────────────────▶ mission (the range, always)
      ├── Continue ─▶ chapter (where the player was: its card, or the first not finished)
      ├── New campaign ─▶ chapter (the prologue, first card)
      ├── Campaign ─▶ chapters ─▶ chapter
      ├── Settings ─▶ settings ─▶ controls
      └── Quit
    chapter ─▶ side (when its mission has two sides) ─▶ briefing ─▶ mission ⇄ pause ─▶ settings
    mission ─▶ debrief ─┬─ Retry ─▶ mission (same Run: same mission, side and seed)
                        ├─ Continue ─▶ next ─▶ (its closing cards ─▶ next) ─▶ chapter … ─▶
                        │                       credits ─▶ title
                        └─ Title ─▶ title
    side ─ Rematch (a stored run of one side) ─▶ briefing ─▶ mission as the other side, ghost
    debrief (a won chapter of two sides) ─ Rematch ─▶ mission as the other side, ghost

Scenes return ``Go(name, run=…)`` values and never import each other; only this module builds
scenes. A ``Run`` (mission, side, seed, chapter) is frozen: what was asked for is what starts.
What needs the simulation (the mission, its debrief, rematches) is imported when first asked
for, so the title is on screen before the sim is loaded (``warm_up`` loads it after).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.campaign import CHAPTERS, Chapter, chapter, chapter_after, next_chapter
from game.level.errors import MapError
from game.level.missions import UnknownMissionError, is_playable, mission_sides
from game.scenes.base import Go, Outcome, Run, Scene
from game.scenes.briefing import BriefingScene, ChapterSelectScene, SideScene, rematch_label
from game.scenes.context import GameContext
from game.scenes.credits import CreditsScene
from game.scenes.pause import PauseScene
from game.scenes.settings_menu import ControlsScene, SettingsScene
from game.scenes.stack import SceneStack
from game.scenes.title import TitleScene

if TYPE_CHECKING:
    from game.input.controls import Controls

RANGE = Run("sandbox", "crew", 0, "")  # what "Start: the range" starts, every time


def mission_id_of(name: str) -> str:
    """A mission id as the progress store keys it (a map path counts by its file name)."""
    return Path(name).stem if name.lower().endswith(".tmx") else name


def warm_up() -> None:
    """Import what the mission screens need, once the title is up, so Start does not wait."""
    import game.rematch
    import game.scenes.debrief
    import game.scenes.mission  # noqa: F401


def debrief_rematch_label(run: Run) -> str:
    """The debrief's item for a rematch as the other side of ``run``."""
    from game.rematch import OTHER

    return rematch_label(OTHER.get(run.side, ""))


def resume_point(ctx: GameContext) -> Chapter | None:
    """Where Continue leads: the chapter the progress store says (the alternative ending
    included), if it is still a chapter."""
    wanted = ctx.progress.resume_chapter()
    try:
        return chapter(wanted) if wanted else None
    except KeyError:
        return None


class Flow:
    """Owns the scene stack and turns the transitions scenes return into scenes."""

    def __init__(self, ctx: GameContext, first: Go | None = None) -> None:
        self.ctx = ctx
        self.stack = SceneStack()
        self.running = True
        self.go(first or Go("title"))

    @property
    def top(self) -> Scene:
        return self.stack.top

    @property
    def scenes(self) -> list[Scene]:
        return self.stack.scenes

    def handle(self, action: str) -> None:
        if self.scenes:
            self.go(self.top.handle(action))

    def update(self, dt: float, controls: Controls) -> None:
        if not self.scenes:
            return
        below = len(self.scenes) - 1
        while below > 0 and self.scenes[below].draws_below:
            below -= 1
            self.scenes[below].background_update(dt)
        self.go(self.top.update(dt, controls))

    def draw(self, surface: pygame.Surface) -> None:
        self.stack.draw(surface)

    def go(self, go: Go) -> None:
        route = ROUTES.get(go.to)
        if route is None:
            raise ValueError(f"no transition named {go.to!r}; known: {', '.join(ROUTES)}")
        route(self, go)
        if not self.scenes:
            self.running = False

    # --- the routes -----------------------------------------------------------------------

    def _stay(self, go: Go) -> None:
        pass

    def _back(self, go: Go) -> None:
        if len(self.scenes) > 1:
            self.stack.pop()

    def _quit(self, go: Go) -> None:
        self.stack.clear()

    def _title(self, go: Go) -> None:
        self.stack.clear()
        resume = resume_point(self.ctx)
        self.stack.push(TitleScene(self.ctx, notice=go.notice,
                                   continue_to=resume.id if resume else ""))

    def _start(self, go: Go) -> None:
        self.go(Go("mission", run=RANGE))

    def _continue(self, go: Go) -> None:
        resume = resume_point(self.ctx)
        self.go(Go("chapter", chapter=resume.id) if resume else Go("chapters"))

    def _chapters(self, go: Go) -> None:
        self.stack.push(ChapterSelectScene(self.ctx, self.ctx.progress.finished_chapters()))

    def _chapter(self, go: Go) -> None:
        """A chapter's first screen: the side choice if it has two sides, else its briefing."""
        entry = chapter(go.chapter)
        sides = mission_sides(entry.mission) if entry.mission else ("crew",)
        if go.run is None and len(sides) > 1 and is_playable(entry.mission):
            from game.rematch import rematch_side

            rematch = rematch_side(entry.id, sides, self.ctx.runs)
            self._show(SideScene(self.ctx, entry, sides, rematch))
            return
        run = go.run or Run(entry.mission or "", sides[0], 0, entry.id)
        progress = self.ctx.progress
        page = progress.resume_card() if progress.resume_chapter() == entry.id else 0
        self._show(BriefingScene(self.ctx, entry, run, page))

    def _new(self, go: Go) -> None:
        """A new campaign: the prologue's first card, whatever was read before."""
        first = CHAPTERS[0]
        self.ctx.progress.mark_place(first.id, 0)
        self.go(Go("chapter", chapter=first.id))

    def _briefed(self, go: Go) -> None:
        """After the last card: the chapter's mission, or the next chapter for a story one."""
        assert go.run is not None
        if go.run.mission and is_playable(go.run.mission):
            self.go(Go("mission", run=go.run))
        else:
            self.go(Go("next", run=go.run))

    def _mission(self, go: Go) -> None:
        assert go.run is not None
        from game.replay import ReplayError
        from game.scenes.mission import MissionScene

        try:
            scene = MissionScene(self.ctx, go.run)
        except (MapError, UnknownMissionError, ReplayError) as err:
            if not self.scenes:
                raise  # the first scene, from the command line: the CLI reports it
            self.go(Go("title", notice=str(err)))
            return
        self.stack.clear()
        self.stack.push(scene)

    def _pause(self, go: Go) -> None:
        assert go.run is not None
        self.stack.push(PauseScene(self.ctx, go.run))

    def _restart(self, go: Go) -> None:
        """A fresh attempt at the same Run, from the pause menu or the debrief; a map saved
        broken since keeps the debrief up with the checker's lines."""
        assert go.run is not None
        from game.scenes.debrief import DebriefScene
        from game.session import MissionSession

        if isinstance(self.top, DebriefScene):
            try:
                MissionSession.start(go.run.mission, go.run.side, go.run.seed)
            except MapError as err:
                self.top.problems = err.lines()
                return
        self.go(Go("mission", run=go.run))

    def _debrief(self, go: Go) -> None:
        from game.scenes.debrief import DebriefScene
        from game.scenes.outcome import STORY_ENDS

        run, outcome = go.run, go.outcome
        assert run is not None and outcome is not None
        goes_on = outcome.success or outcome.banner == STORY_ENDS  # the story's ending goes on
        following = chapter_after(run.chapter, run.side, outcome.success,
                                  outcome.flags) if run.chapter \
            and goes_on else None
        trouble = ""
        if outcome.success:
            trouble = self.ctx.progress.record_win(
                mission_id_of(run.mission), run.side, outcome.grade, outcome.time_s,
                run.chapter, following.id if following else "")
        self._show(DebriefScene(self.ctx, outcome, run,
                                has_next=bool(run.chapter and goes_on),
                                next_title=following.title if following else "the credits",
                                notice=trouble, rematch=self._rematch_of(run, outcome),
                                rematch_label=debrief_rematch_label(run)))

    def _rematch_of(self, run: Run, outcome: Outcome) -> Run | None:
        """After a won chapter mission playable from both sides, with its run kept: the
        mission as the other side against that run."""
        from game.rematch import OTHER, last_run_path

        other = OTHER.get(run.side, "")
        if not (outcome.success and run.chapter and other) \
                or other not in mission_sides(run.mission) \
                or not last_run_path(run.chapter, run.side, self.ctx.runs).is_file():
            return None
        return Run(run.mission, other, run.seed, run.chapter, ghost_of=run.side)

    def _next(self, go: Go) -> None:
        """The chapter after the run's, or the credits after the last one."""
        assert go.run is not None
        run = go.run
        if not run.chapter:
            following = None
        elif go.outcome is not None:  # after a won mission: LAX won by the crew ends otherwise
            entry = chapter(run.chapter)
            if go.outcome.success and entry.after:  # what the mission led to, read first
                closing = dataclasses.replace(entry, cards=entry.after)
                self._show(BriefingScene(self.ctx, closing, run, closing=True))
                return
            following = chapter_after(run.chapter, run.side, go.outcome.success,
                                      go.outcome.flags)
        else:  # after a chapter told only in cards: it is finished, Continue goes on
            following = next_chapter(run.chapter)
            self.ctx.progress.finish_story(run.chapter, following.id if following else "")
        if following is None:  # the picture behind the roll: the last card the story showed
            last = chapter(run.chapter).cards[-1].art if run.chapter else ""
            self._show(CreditsScene(self.ctx, last or "ending"))
        else:
            self.go(Go("chapter", chapter=following.id))

    def _settings(self, go: Go) -> None:
        self.stack.push(SettingsScene(self.ctx))

    def _controls(self, go: Go) -> None:
        self.stack.push(ControlsScene(self.ctx))

    def _show(self, scene: Scene) -> None:
        """A full screen of the campaign: the title stays underneath for Esc, nothing else."""
        while len(self.scenes) > 1:
            self.stack.pop()
        if self.scenes and not isinstance(self.top, TitleScene):
            self.stack.clear()
        self.stack.push(scene)


ROUTES: dict[str, Callable[[Flow, Go], None]] = {
    "stay": Flow._stay, "back": Flow._back, "quit": Flow._quit,
    "title": Flow._title, "start": Flow._start, "continue": Flow._continue, "new": Flow._new,
    "chapters": Flow._chapters, "chapter": Flow._chapter, "briefed": Flow._briefed,
    "mission": Flow._mission, "pause": Flow._pause, "restart": Flow._restart,
    "debrief": Flow._debrief, "next": Flow._next,
    "settings": Flow._settings, "controls": Flow._controls,
}
