"""The README's Options table names every option the settings screen offers."""

from __future__ import annotations

from pathlib import Path

from game.scenes.options import OPTIONS

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_option_is_in_the_readme_options_table() -> None:
    text = README.read_text(encoding="utf-8")
    table = text[text.index("## Options"):text.index("## Command line")]
    rows = [line for line in table.splitlines() if line.startswith("|")]
    missing = [o.label for o in OPTIONS
               if not any(o.label.split(" (")[0].split()[0] in row for row in rows)
               or (o.label.startswith("Camera zoom") and "zoom" not in table)]
    assert not missing, f"README.md's Options table lacks {missing}"
