"""The names of the buttons in on-screen hints, for the device the player is using: a player
who picks up the gamepad reads "A  next card", one on the keyboard reads "Enter  next card"."""

from __future__ import annotations

KEYBOARD = {"confirm": "Enter", "back": "Esc", "choose": "Up/Down", "change": "Left/Right",
            "previous": "Left"}
GAMEPAD = {"confirm": "A", "back": "B", "choose": "D-pad", "change": "D-pad Left/Right",
           "previous": "D-pad Left"}


def button(action: str, pad: bool) -> str:
    """The key or button for a menu action on the device in use."""
    return (GAMEPAD if pad else KEYBOARD)[action]


def hint(pad: bool, *pairs: tuple[str, str]) -> str:
    """'Enter  play   Esc  title' from (action, what it does) pairs."""
    return "   ".join(f"{button(action, pad)}  {doing}" for action, doing in pairs)
