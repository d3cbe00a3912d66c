"""Write docs/mission-reference.md from the mission vocabulary's code.

Run after adding or changing a condition or action: python tools/gen_mission_reference.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from game.sim.mission.reference import render_reference  # noqa: E402


def main() -> int:
    target = ROOT / "docs" / "mission-reference.md"
    target.write_text(render_reference(), encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
