"""Test-wide setup: SDL runs headless (no window, no sound card); Hypothesis is deterministic."""

from __future__ import annotations

import os

from hypothesis import settings

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

# Same examples every run, nothing remembered between runs: a red test is red for everyone.
settings.register_profile("heat", derandomize=True, database=None, deadline=None)
settings.load_profile("heat")
