"""Procedural asset generators for HEAT.

Every image and sound in ``assets/`` is produced by the modules in this
package; nothing is downloaded.  Importing the package selects SDL's dummy
video and audio drivers so the generators run on headless machines.
"""

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
