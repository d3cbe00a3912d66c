"""How a map's character name is written on screen: "mccauley" -> "McCauley"."""

from __future__ import annotations


def shown_name(name: str) -> str:
    """Each word capitalised, with a "Mc" prefix keeping its capital after it."""
    words = [w[:2].title() + w[2:3].upper() + w[3:] if w.lower().startswith("mc") and len(w) > 2
             else w[:1].upper() + w[1:] for w in name.split()]
    return " ".join(words)
