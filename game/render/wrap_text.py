"""Greedy word wrap by rendered width, for cards, notices and anything else set in a column."""

from __future__ import annotations

from game.render.text_cache import TextCache


def wrap_px(text: TextCache, paragraph: str, size: int, width: int,
            bold: bool = False) -> list[str]:
    """Greedy word wrap so that no line is wider than ``width`` pixels at ``size``."""
    font = text.assets.font(size, bold)
    lines: list[str] = []
    line = ""
    for word in paragraph.split():
        candidate = f"{line} {word}" if line else word
        if line and font.size(candidate)[0] > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines
