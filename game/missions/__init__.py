"""Per-mission Python packages: only what cannot be map data. A package exposes HOOKS, a dict
of hook name -> function(world, mission), run by the `call HOOK` action; FLAGS its hooks raise;
BOT, a bot class for missions the generic objective bot cannot play alone; DEBRIEF, lines the
debrief adds."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType
from typing import Any

Hook = Callable[[Any, Any], None]


def _package(package: str) -> ModuleType | None:
    """game/missions/PACKAGE, or None when the name is empty, not a name, or not a package."""
    if not package or not package.isidentifier():
        return None
    try:
        return importlib.import_module(f"game.missions.{package}")
    except ModuleNotFoundError:
        return None


def hooks_for(package: str) -> dict[str, Hook]:
    """The hooks of game/missions/PACKAGE ({} when there is no such package)."""
    return dict(getattr(_package(package), "HOOKS", {}))


def flags_for(package: str) -> tuple[str, ...]:
    """Flags a package's hooks raise (FLAGS), so lines may test them with `flag NAME`."""
    return tuple(getattr(_package(package), "FLAGS", ()))


def bot_for(package: str) -> Any | None:
    """A package's own bot (its BOT class, made fresh), for missions the generic objective bot
    cannot play alone; None when the package has none."""
    maker = getattr(_package(package), "BOT", None)
    return maker() if maker is not None else None


def debrief_for(package: str) -> Callable[[Any, Any], list[str]] | None:
    """A package's DEBRIEF function, (world, mission) -> lines the debrief adds (how its own
    beats came out, e.g. a hostage); None when the package has none."""
    return getattr(_package(package), "DEBRIEF", None)
