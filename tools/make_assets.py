"""Regenerate every file under ``assets/`` from code: ``python tools/make_assets.py``.

Runs the generators in ``tools/art`` (tileset image and .tsx, character,
vehicle and item sprites, sound effects, title backdrop, briefing-card
illustrations, the layered score) and then writes
``assets/LICENSE.md``.  Output is deterministic: every run writes identical
bytes.  An optional argument names a different output folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

from art import (
    cards,
    items,
    music,
    provenance,
    sounds,
    sprites,
    sprites_postures,
    tiles,
    tiles_downtown,
    tileset_tsx,
    title,
    vehicles,
)

ASSETS = Path(__file__).resolve().parent.parent / "assets"


def make_all(assets: Path) -> list[Path]:
    """Run every generator into ``assets`` and return the files written."""
    files: list[Path] = []
    for module in (tiles, tileset_tsx, tiles_downtown, sprites, sprites_postures, vehicles, items,
                   sounds, title, cards, music):
        files += module.build(assets)
    files += provenance.build(assets, files)
    return files


def main(argv: list[str]) -> int:
    """Entry point; ``argv[1]`` may override the output folder."""
    assets = Path(argv[1]).resolve() if len(argv) > 1 else ASSETS
    files = make_all(assets)
    for path in files:
        print(path.relative_to(assets).as_posix())
    print(f"{len(files)} files written to {assets}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
