"""A vertical menu used by the title, pause and debrief screens."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.render.text_cache import TextCache
from game.scenes.layout import panel

AMBER = (255, 190, 80)
DIM = (170, 170, 170)


@dataclass
class Menu:
    items: list[str]
    index: int = 0

    def handle(self, action: str) -> str | None:
        """Moves on up/down; returns the chosen item on confirm."""
        if action == "up":
            self.index = (self.index - 1) % len(self.items)
        elif action == "down":
            self.index = (self.index + 1) % len(self.items)
        elif action == "confirm":
            return self.items[self.index]
        return None

    def width(self, text: TextCache, size: int) -> int:
        """The widest item as drawn chosen (bold, between arrows), in pixels."""
        return max(text.render(f"> {item} <", size, AMBER, True).get_width()
                   for item in self.items)

    def height(self, size: int) -> int:
        return len(self.items) * (size + 12) + 4

    def draw(self, surface: pygame.Surface, text: TextCache, centre_x: int, top: int,
             size: int = 40) -> None:
        width = self.width(text, size)
        while width > surface.get_width() - 80 and size > 16:  # a long item never overflows
            size -= 2
            width = self.width(text, size)
        panel(surface, (centre_x - width // 2 - 24, top - 12, width + 48,
                        len(self.items) * (size + 12) + 16), 140)
        for i, item in enumerate(self.items):
            chosen = i == self.index
            label = f"> {item} <" if chosen else item
            text.shadowed(surface, label, (centre_x, top + i * (size + 12)), size,
                          AMBER if chosen else DIM, chosen, "midtop")
