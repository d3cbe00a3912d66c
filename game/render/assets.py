"""Loads images, sounds and fonts from assets/, once, with a clear error for a missing file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pygame

from game.paths import assets_dir


class AssetError(Exception):
    """A missing or unreadable asset; the message names the file and the fix."""


@dataclass
class Assets:
    root: Path = field(default_factory=assets_dir)
    images: dict[str, pygame.Surface] = field(default_factory=dict)
    fonts: dict[tuple[str, int], pygame.font.Font] = field(default_factory=dict)

    def image(self, relative: str) -> pygame.Surface:
        """An image under assets/ (e.g. 'sprites/crew.png'), converted for fast blits."""
        surface = self.images.get(relative)
        if surface is None:
            surface = self.image_at(self.root / relative)
            self.images[relative] = surface
        return surface

    def image_at(self, path: Path) -> pygame.Surface:
        key = str(path)
        if key in self.images:
            return self.images[key]
        try:
            surface = pygame.image.load(key)
        except (FileNotFoundError, pygame.error) as exc:
            raise AssetError(f"{path}: cannot load image ({exc}) — reinstall HEAT, or "
                             "regenerate assets with 'python tools/make_assets.py'") from None
        surface = surface.convert_alpha() if pygame.display.get_surface() else surface
        self.images[key] = surface
        return surface

    def sprite(self, key: str) -> pygame.Surface:
        return self.image(f"sprites/{key}.png")

    def font(self, size: int, bold: bool = False) -> pygame.font.Font:
        """pygame's bundled font (freesansbold), sized for the 1280x720 canvas."""
        name = "bold" if bold else "regular"
        font = self.fonts.get((name, size))
        if font is None:
            if not pygame.font.get_init():
                pygame.font.init()
            font = pygame.font.Font(None, size)
            font.set_bold(bold)
            self.fonts[(name, size)] = font
        return font
