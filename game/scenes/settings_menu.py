"""Settings: fullscreen, volume, screen shake and key bindings, saved as soon as they change."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.scenes.base import POP, STAY, Scene, Transition, push
from game.scenes.context import GameContext
from game.scenes.menu import Menu
from game.settings import DEFAULT_KEYS, save_settings

BACK = "Back"
VOLUME_STEP = 0.1


class SettingsScene(Scene):
    def __init__(self, ctx: GameContext) -> None:
        self.ctx = ctx
        self.menu = Menu(self._labels())

    def _labels(self) -> list[str]:
        s = self.ctx.settings
        return [f"Fullscreen: {'on' if s.fullscreen else 'off'}",
                f"Volume: {round(s.master_volume * 100)}%",
                f"Screen shake: {'on' if s.screen_shake else 'off'}",
                "Controls", BACK]

    def handle(self, action: str) -> Transition:
        if action in ("pause", "back"):
            return POP
        index = self.menu.index
        if action in ("left", "right") and index == 1:
            step = VOLUME_STEP if action == "right" else -VOLUME_STEP
            self._change(lambda s: setattr(s, "master_volume",
                                           round(min(1.0, max(0.0, s.master_volume + step)), 2)))
        chosen = self.menu.handle(action)
        if chosen is None:
            return STAY
        if index == 0:
            self._change(lambda s: setattr(s, "fullscreen", not s.fullscreen))
        elif index == 2:
            self._change(lambda s: setattr(s, "screen_shake", not s.screen_shake))
        elif index == 3:
            return push(ControlsScene(self.ctx))
        elif chosen == BACK:
            return POP
        return STAY

    def _change(self, edit: Callable) -> None:
        edit(self.ctx.settings)
        save_settings(self.ctx.settings)
        if self.ctx.apply_settings is not None:
            self.ctx.apply_settings(self.ctx.settings)
        self.menu.items = self._labels()

    def draw(self, surface: pygame.Surface) -> None:
        if self.ctx.text is None:
            return
        surface.fill((10, 12, 18))
        self.ctx.text.shadowed(surface, "SETTINGS", (640, 80), 80, (255, 150, 60), True,
                               "midtop")
        self.menu.draw(surface, self.ctx.text, 640, 220)
        self.ctx.text.shadowed(surface, "Left/Right change volume   Esc back", (640, 640), 24,
                               (170, 170, 170), False, "midtop")


class ControlsScene(Scene):
    """Lists every action's keys; choose one and press a key to bind it (Esc cancels)."""

    wants_raw_key = False  # the app hands the next key press to ``bind`` while this is True

    def __init__(self, ctx: GameContext) -> None:
        self.ctx = ctx
        self.actions = list(DEFAULT_KEYS)
        self.menu = Menu(self._labels())

    def _labels(self) -> list[str]:
        keys = self.ctx.settings.keys
        return [f"{a.replace('_', ' ')}: {', '.join(keys.get(a, [])) or '-'}"
                for a in self.actions] + ["Reset to defaults", BACK]

    def handle(self, action: str) -> Transition:
        if self.wants_raw_key:
            return STAY
        if action in ("pause", "back"):
            return POP
        chosen = self.menu.handle(action)
        if chosen is None:
            return STAY
        if chosen == BACK:
            return POP
        if chosen == "Reset to defaults":
            self.ctx.settings.keys = {k: list(v) for k, v in DEFAULT_KEYS.items()}
            self._saved()
        else:
            self.wants_raw_key = True
        return STAY

    def bind(self, key_name: str) -> None:
        """The next key pressed becomes the chosen action's only key (Escape cancels)."""
        self.wants_raw_key = False
        if key_name == "escape":
            return
        action = self.actions[self.menu.index]
        for other in self.ctx.settings.keys.values():
            if key_name in other:
                other.remove(key_name)  # one key, one action
        self.ctx.settings.keys[action] = [key_name]
        self._saved()

    def _saved(self) -> None:
        save_settings(self.ctx.settings)
        if self.ctx.apply_settings is not None:
            self.ctx.apply_settings(self.ctx.settings)
        self.menu.items = self._labels()

    def draw(self, surface: pygame.Surface) -> None:
        text = self.ctx.text
        if text is None:
            return
        surface.fill((10, 12, 18))
        text.shadowed(surface, "CONTROLS", (640, 30), 64, (255, 150, 60), True, "midtop")
        self.menu.draw(surface, text, 640, 100, 26)
        hint = "Press the new key (Esc cancels)" if self.wants_raw_key else \
            "Enter to rebind   Esc back   Gamepad: left stick, right stick aim, RT fire"
        text.shadowed(surface, hint, (640, 680), 24, (255, 190, 80), False, "midtop")
