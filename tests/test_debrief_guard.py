"""A debrief comes up by itself after the end banner: Enter or R (reload) pressed in that
instant must not choose Continue or Retry before the player has seen it."""

from __future__ import annotations

from game.app import held_back
from game.scenes.base import Outcome, Run
from game.scenes.context import GameContext
from game.scenes.debrief import DebriefScene
from game.scenes.title import TitleScene


def test_a_debrief_ignores_enter_and_r_for_its_first_moment() -> None:
    outcome = Outcome(True, "LAX", "done", "JOB DONE", "A", ())
    debrief = DebriefScene(GameContext(), outcome, Run("lax"), has_next=True, next_title="x")
    assert held_back("confirm", debrief, 0.05)
    assert held_back("retry", debrief, 0.05)
    assert not held_back("down", debrief, 0.05)  # moving the choice is harmless
    assert not held_back("confirm", debrief, 1.0)


def test_menus_the_player_opened_answer_at_once() -> None:
    title = TitleScene(GameContext())
    assert not held_back("confirm", title, 0.0)
