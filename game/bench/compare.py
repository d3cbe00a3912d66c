"""``heat bench --compare``: HEAT against its peers in one run, so the machine's drift cancels
out of the ratios: map drawing against pyscroll, movement + collision against esper."""

from __future__ import annotations

import importlib.util
import os
import sys

from game.bench.compare_map import compare_map_draw, report_map_draw
from game.bench.compare_systems import compare_systems, report_systems
from game.paths import maps_dir

PEERS = ("pyscroll", "esper")
MAP = "armored-car.tmx"  # the largest shipped map
AGENTS = 200


def missing_peers() -> list[str]:
    return [name for name in PEERS if importlib.util.find_spec(name) is None]


def run_compare(frames: int, agents: int = AGENTS) -> int:
    missing = missing_peers()
    if missing:
        print(f"heat bench --compare: {' and '.join(missing)} not installed — install the "
              f"bench extra: pip install 'heat-game[bench]' (or pip install pyscroll esper)",
              file=sys.stderr)
        return 2
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    pygame.display.init()
    pygame.display.set_mode((1, 1))
    print(f"heat bench --compare: one process, {frames} frames/ticks each")
    report_map_draw(MAP.removesuffix(".tmx"), compare_map_draw(maps_dir() / MAP, frames))
    pygame.quit()
    report_systems(agents, compare_systems(agents, frames), "all walking")
    report_systems(agents, compare_systems(agents, frames, 2), "every 2nd standing")
    return 0
