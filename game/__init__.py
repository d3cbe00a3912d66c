"""HEAT: a top-down crime-action game after Michael Mann's Heat (1995)."""

import os

# pygame prints a banner on import; the game has its own title screen.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

__version__ = "0.1.0"
