"""What a verb looks like: its parameters and options, the names a map offers, and checking
a parsed line against both (the checker's 'wrong args', 'no such name' and 'did you mean')."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from game.sim.mission.lines import Line

if TYPE_CHECKING:
    from game.sim.mission.state import MissionState
    from game.sim.world import World

ENUMS: dict[str, tuple[str, ...]] = {
    "event": ("shot", "alarm", "explosion", "loot_taken", "zone_sealed", "vehicle_rammed",
              "actor_killed", "actor_downed", "surrendered", "fuse_lit"),
    "side": ("crew", "lapd"),
    "faction": ("crew", "lapd", "guard", "civilian"),
    "behaviour": ("idle", "hold", "patrol", "guard", "wander", "flee", "follow", "advance",
                  "cover"),
    "alert": ("unaware", "suspicious", "searching", "combat"),
    "weapon": ("none", "pistol", "shotgun", "rifle", "carbine"),
    "gun": ("pistol", "shotgun", "rifle", "carbine"),
    "direction": ("north", "south", "east", "west"),
}
"""Closed sets of words some parameters take."""

NAME_KINDS = ("objective", "phase", "countdown", "region", "who", "vehicle", "route", "object",
              "layer", "line", "hook", "door", "flag")
"""Parameters that name something the map (or the mission package) defines."""


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    kind: str  # a NAME_KINDS entry, an ENUMS key, number, int, text or condition
    optional: bool = False


@dataclass(frozen=True, slots=True)
class Verb:
    name: str
    params: tuple[Param, ...] = ()
    options: tuple[Param, ...] = ()  # key=value options, all optional

    def usage(self) -> str:
        parts = [self.name]
        for p in self.params:
            word = "CONDITION..." if p.kind == "condition" else p.name.upper()
            parts.append(f"[{word}]" if p.optional else word)
        parts += [f"[{o.name}={o.kind.upper()}]" for o in self.options]
        return " ".join(parts)


@dataclass
class Ctx:
    """What a condition or action sees: the world, its mission and its trigger's memory."""

    world: World
    mission: MissionState
    memory: dict[str, Any] = field(default_factory=dict)
    key: str = ""


@dataclass
class Names:
    """Every name a map defines, by kind, for checking lines."""

    known: dict[str, set[str]] = field(default_factory=dict)

    def add(self, kind: str, *names: str) -> None:
        self.known.setdefault(kind, set()).update(n for n in names if n)

    def of(self, kind: str) -> set[str]:
        return self.known.get(kind, set())


def check_args(verb: Verb, line: Line, names: Names) -> list[str]:
    """Problems with one line's arguments (empty when it is fine); the verb is known."""
    problems: list[str] = []
    params = verb.params
    if params and params[-1].kind == "condition":
        head = params[:-1]
        if len(line.args) <= len(head):
            return [f"'{verb.name}' needs a condition after it"]
    else:
        least = sum(1 for p in params if not p.optional)
        if not least <= len(line.args) <= len(params):
            return [f"'{verb.name}' takes {_count(least, len(params))}, got {len(line.args)}"]
        head = params
    for param, value in zip(head, line.args, strict=False):
        problems += check_value(param, value, names)
    allowed = {o.name: o for o in verb.options}
    for key, value in line.options:
        option = allowed.get(key)
        if option is None:
            choices = ", ".join(allowed) or "none"
            problems.append(f"'{verb.name}' has no option '{key}' (options: {choices})")
        else:
            problems += check_value(option, value, names)
    return problems


def check_value(param: Param, value: str, names: Names) -> list[str]:
    kind = param.kind
    if kind in ("number", "int"):
        try:
            float(value) if kind == "number" else int(value)
        except ValueError:
            return [f"{param.name} '{value}' is not a{'n integer' if kind == 'int' else ' number'}"]
        return []
    if kind in ENUMS:
        return [] if value in ENUMS[kind] else [_unknown(param.name, value, ENUMS[kind])]
    if kind == "who":
        return check_who(param.name, value, names)
    if kind in NAME_KINDS and value not in names.of(kind):
        return [_unknown(kind, value, sorted(names.of(kind)))]
    return []


def check_who(label: str, value: str, names: Names) -> list[str]:
    if value == "player" or value == "loot":
        return []
    prefix, colon, rest = value.partition(":")
    if colon and prefix == "faction":
        return [] if rest in ENUMS["faction"] else [_unknown("faction", rest, ENUMS["faction"])]
    if colon and prefix == "loot":
        return [] if rest in names.of("loot") else [_unknown("loot group", rest,
                                                              sorted(names.of("loot")))]
    if value in names.of("who") or value in ENUMS["faction"]:
        return []
    return [_unknown(label, value, sorted(names.of("who")))]


def _unknown(label: str, value: str, choices: Any) -> str:
    choices = list(choices)
    close = difflib.get_close_matches(value, choices, n=1)
    hint = f" — did you mean '{close[0]}'?" if close else ""
    listed = f" (known: {', '.join(choices[:8])}{', ...' if len(choices) > 8 else ''})" \
        if choices and not close else ""
    return f"no {label} named '{value}'{hint}{listed}"


def _count(least: int, most: int) -> str:
    if least == most:
        return f"{least} argument{'s' if least != 1 else ''}"
    return f"{least} to {most} arguments"
