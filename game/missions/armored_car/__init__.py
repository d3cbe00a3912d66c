"""The armored car's own Python: only what cannot be map data (Waingro's temper, the outro)."""

from __future__ import annotations

HOOKS: dict = {}
