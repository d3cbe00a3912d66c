"""Settings: every option on one scrolling list, and key bindings; saved as soon as they change."""

from __future__ import annotations

import pygame

from game.input.game_pad import pad_button
from game.input.prompts import hint
from game.scenes.base import BACK, STAY, Go, Scene
from game.scenes.context import GameContext
from game.scenes.layout import panel, stage
from game.scenes.menu import AMBER, DIM, Menu
from game.scenes.options import OPTIONS
from game.settings import DEFAULT_KEYS, DEFAULT_PAD, PAD_BUTTONS, save_settings

BACK_LABEL = "Back"
CONTROLS_LABEL = "Keys and buttons"
ROWS_SHOWN = 12  # rows on screen at once; the list scrolls to keep the choice in view
ROW_H = 40
GROUP_COLOUR = (255, 150, 60)


class SettingsScene(Scene):
    def __init__(self, ctx: GameContext) -> None:
        self.ctx = ctx
        self.menu = Menu(self._labels())

    def _labels(self) -> list[str]:
        s = self.ctx.settings
        return [f"{o.label}: {o.shown(s)}" for o in OPTIONS] + [CONTROLS_LABEL, BACK_LABEL]

    def handle(self, action: str) -> Go:
        if action in ("pause", "back"):
            return BACK
        index = self.menu.index
        option = OPTIONS[index] if index < len(OPTIONS) else None
        if option is not None and action in ("left", "right"):
            self._change(option.name, -1 if action == "left" else 1)
            return STAY
        chosen = self.menu.handle(action)
        if chosen is None:
            return STAY
        if option is not None:
            self._change(option.name, 1)
        elif chosen == CONTROLS_LABEL:
            return Go("controls")
        elif chosen == BACK_LABEL:
            return BACK
        return STAY

    def _change(self, name: str, direction: int) -> None:
        option = next(o for o in OPTIONS if o.name == name)
        option.change(self.ctx.settings, direction)
        save_settings(self.ctx.settings)
        if self.ctx.apply_settings is not None:
            self.ctx.apply_settings(self.ctx.settings)
        self.menu.items = self._labels()

    def draw(self, surface: pygame.Surface) -> None:
        text = self.ctx.text
        if text is None:
            return
        surface.fill((10, 12, 18))
        view = stage(surface)
        text.shadowed(view, "SETTINGS", (640, 20), 64, GROUP_COLOUR, True, "midtop")
        first = min(max(0, self.menu.index - ROWS_SHOWN // 2),
                    max(0, len(self.menu.items) - ROWS_SHOWN))
        panel(view, (180, 100, 920, ROWS_SHOWN * ROW_H + 16))
        for row, i in enumerate(range(first, min(len(self.menu.items), first + ROWS_SHOWN))):
            y = 108 + row * ROW_H
            if i < len(OPTIONS) and (row == 0 or OPTIONS[i - 1].group != OPTIONS[i].group):
                text.shadowed(view, OPTIONS[i].group.upper(), (200, y + 6), 22, GROUP_COLOUR,
                              True)
            chosen = i == self.menu.index
            label = f"> {self.menu.items[i]} <" if chosen else self.menu.items[i]
            text.shadowed(view, label, (720, y), 30, AMBER if chosen else DIM, chosen, "midtop")
        more = f"{self.menu.index + 1} / {len(self.menu.items)}"
        keys = hint(self.ctx.using_pad, ("choose", "choose"), ("change", "change"),
                    ("back", "back"))
        text.shadowed(view, f"{keys}     {more}",
                      (640, 660), 24, DIM, False, "midtop")


class ControlsScene(Scene):
    """Lists every action's keys and pad button in two columns; choose one and press a key, or
    a pad button for the actions a pad can have, to bind it."""

    wants_raw_key = False  # the app hands the next key or pad press to ``bind``/``bind_pad``

    def __init__(self, ctx: GameContext) -> None:
        self.ctx = ctx
        self.actions = list(DEFAULT_KEYS)
        self.menu = Menu(self._labels())

    def _labels(self) -> list[str]:
        keys, pad = self.ctx.settings.keys, self.ctx.settings.pad_buttons
        return [f"{a.replace('_', ' ')}: {', '.join(keys.get(a, [])) or '-'}"
                + (f"  |  {pad_button(pad, a)}" if a in DEFAULT_PAD else "")
                for a in self.actions] + ["Reset to defaults", BACK_LABEL]

    def handle(self, action: str) -> Go:
        if self.wants_raw_key:
            if action == "back":  # a raw pad's B cancels (a keyboard's Esc arrives as a key)
                self.wants_raw_key = False
            return STAY
        if action in ("pause", "back"):
            return BACK
        half = (len(self.menu.items) + 1) // 2
        if action in ("left", "right"):  # hop between the two columns
            self.menu.index = (self.menu.index + half) % (2 * half)
            self.menu.index = min(self.menu.index, len(self.menu.items) - 1)
            return STAY
        chosen = self.menu.handle(action)
        if chosen is None:
            return STAY
        if chosen == BACK_LABEL:
            return BACK
        if chosen == "Reset to defaults":
            self.ctx.settings.keys = {k: list(v) for k, v in DEFAULT_KEYS.items()}
            self.ctx.settings.pad_buttons = dict(DEFAULT_PAD)
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

    def bind_pad(self, button: str) -> None:
        """The next pad button pressed becomes the chosen action's button (B cancels, as does
        any press for an action no pad button can have)."""
        self.wants_raw_key = False
        action = self.actions[self.menu.index]
        pad = self.ctx.settings.pad_buttons
        if action not in DEFAULT_PAD or button not in PAD_BUTTONS:
            return
        for other, bound in pad.items():
            if bound == button:
                pad[other] = ""  # one button, one action
        pad[action] = button
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
        view = stage(surface)
        text.shadowed(view, "CONTROLS", (640, 20), 64, GROUP_COLOUR, True, "midtop")
        text.shadowed(view, "action: keys  |  gamepad button", (640, 84), 22, DIM, False,
                      "midtop")
        half = (len(self.menu.items) + 1) // 2
        panel(view, (40, 110, 1200, half * 44 + 16))
        for i, item in enumerate(self.menu.items):
            column, row = divmod(i, half)
            chosen = i == self.menu.index
            label = f"> {item}" if chosen else f"  {item}"
            text.shadowed(view, label, (70 + column * 600, 120 + row * 44), 26,
                          AMBER if chosen else DIM, chosen)
        hint = self.hint()
        text.shadowed(view, hint, (640, 670), 22, AMBER, False, "midtop")

    def hint(self) -> str:
        if self.wants_raw_key:
            action = self.actions[self.menu.index] if self.menu.index < len(self.actions) else ""
            if action in DEFAULT_PAD:
                return "Press the new key or gamepad button (Esc or B cancels)"
            return "Press the new key (Esc or B cancels; a pad has no button for this)"
        pad = self.ctx.settings.pad_buttons
        menu = hint(self.ctx.using_pad, ("confirm", "rebind"), ("change", "column"),
                    ("back", "back"))
        return (f"{menu}   Gamepad: sticks move and aim, RT fire, "
                f"{pad_button(pad, 'reload')} reload, {pad_button(pad, 'interact')} use, "
                f"{pad_button(pad, 'drop')} drop")
