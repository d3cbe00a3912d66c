"""Per-mission Python packages: only what cannot be map data. A package exposes HOOKS, a dict
of hook name -> function(world, mission), run by the `call HOOK` action."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

Hook = Callable[[Any, Any], None]


def hooks_for(package: str) -> dict[str, Hook]:
    """The hooks of game/missions/PACKAGE ({} when there is no such package)."""
    if not package or not package.isidentifier():
        return {}
    try:
        module = importlib.import_module(f"game.missions.{package}")
    except ModuleNotFoundError:
        return {}
    return dict(getattr(module, "HOOKS", {}))


def flags_for(package: str) -> tuple[str, ...]:
    """Flags a package's hooks raise (FLAGS), so lines may test them with `flag NAME`."""
    if not package or not package.isidentifier():
        return ()
    try:
        module = importlib.import_module(f"game.missions.{package}")
    except ModuleNotFoundError:
        return ()
    return tuple(getattr(module, "FLAGS", ()))


def bot_for(package: str) -> Any | None:
    """A package's own bot (its BOT class, made fresh), for missions the generic objective bot
    cannot play alone; None when the package has none."""
    if not package or not package.isidentifier():
        return None
    try:
        module = importlib.import_module(f"game.missions.{package}")
    except ModuleNotFoundError:
        return None
    maker = getattr(module, "BOT", None)
    return maker() if maker is not None else None


def debrief_for(package: str) -> Callable[[Any, Any], list[str]] | None:
    """A package's DEBRIEF function, (world, mission) -> lines the debrief adds (how its own
    beats came out, e.g. a hostage); None when the package has none."""
    if not package or not package.isidentifier():
        return None
    try:
        module = importlib.import_module(f"game.missions.{package}")
    except ModuleNotFoundError:
        return None
    return getattr(module, "DEBRIEF", None)
