"""Regenerate maps/objecttypes.json (Tiled 1.8's Type dropdown) from maps/heat.tiled-project.

Run after editing the project's classes in Tiled: python tools/sync_tiled_types.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from game.level.object_types import render_object_types  # noqa: E402
from game.level.schema import load_schema  # noqa: E402


def main() -> int:
    project = ROOT / "maps" / "heat.tiled-project"
    target = ROOT / "maps" / "objecttypes.json"
    target.write_text(render_object_types(load_schema(project), project), encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
