"""Debrief or game over: the outcome and the numbers; R retries at once."""

from __future__ import annotations

import pygame

from game.campaign import chapter_after
from game.debrief_report import build_report
from game.scenes.base import STAY, Scene, Transition, replace, reset
from game.scenes.context import GameContext
from game.scenes.menu import Menu
from game.session import MissionSession
from game.sim.conduct import Conduct

RETRY, TITLE, NEXT = "Retry (R)", "Back to title", "Continue"


class DebriefScene(Scene):
    def __init__(self, ctx: GameContext, session: MissionSession) -> None:
        self.ctx = ctx
        mission = session.mission
        self.success = mission.outcome == "success"
        self.title = mission.title
        self.reason = mission.reason
        self.report = build_report(mission, session.world.time_s,
                                   session.world.resources.get(Conduct))
        done = sum(o.done for o in mission.objectives)
        self.lines = [*self.report.lines, f"Objectives  {done} of {len(mission.objectives)}"]
        following = (chapter_after(ctx.chapter, ctx.choice.side, self.success)
                     if ctx.chapter and self.success else None)
        self.next = following
        first = [NEXT] if following else []
        self.menu = Menu(first + ([TITLE, RETRY] if self.success else [RETRY, TITLE]))
        self.problems: list[str] = []  # a Retry that found the map broken

    def handle(self, action: str) -> Transition:
        choice = self.menu.handle(action)
        if action == "retry" or choice == RETRY:
            from game.level.errors import MapError
            from game.scenes.mission import MissionScene

            try:
                return replace(MissionScene(self.ctx))
            except MapError as err:  # the map was saved broken since: say why, stay here
                self.problems = err.lines()
                return STAY
        if choice == NEXT and self.next is not None:
            from game.scenes.briefing import BriefingScene

            return replace(BriefingScene(self.ctx, self.next))
        if choice == TITLE or action in ("back", "pause"):
            from game.scenes.title import TitleScene

            return reset(TitleScene(self.ctx))
        return STAY

    def draw(self, surface: pygame.Surface) -> None:
        text = self.ctx.text
        if text is None:
            return
        surface.fill((10, 12, 18))
        heading = "DEBRIEF" if self.success else "GAME OVER"
        color = (120, 220, 120) if self.success else (230, 70, 60)
        text.shadowed(surface, heading, (640, 40), 88, color, True, "midtop")
        text.shadowed(surface, f"{self.title} — {self.reason}", (640, 130), 30,
                      (220, 220, 220), False, "midtop")
        text.shadowed(surface, self.report.grade, (1080, 40), 120, color, True, "midtop")
        text.shadowed(surface, "GRADE", (1080, 150), 22, (170, 170, 170), False, "midtop")
        for i, line in enumerate(self.lines):
            text.shadowed(surface, line, (640, 180 + i * 32), 28, (200, 200, 200), False,
                          "midtop")
        self.menu.draw(surface, text, 640, 180 + len(self.lines) * 32 + 24, 36)
        if self.problems:
            from game.render.hud import draw_problems

            draw_problems(surface, text, self.problems,
                          "Cannot retry — the map has problems (fix them in Tiled and save):")
