"""What check-map says about a map's mission data: every trigger and phase line against the
vocabulary (unknown verbs with 'did you mean', wrong arguments, names that do not exist) and
objectives the game would silently never finish."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from game.level.errors import Problem
from game.level.model import LevelModel, MapObject
from game.level.read_mission import MissionData, read_lines
from game.missions import flags_for, hooks_for
from game.sim.mission.lines import Line
from game.sim.mission.registry import ACTIONS, CONDITIONS
from game.sim.mission.vocabulary import Names, check_args

LINE_PROPS = {"Trigger": (("when", CONDITIONS), ("do", ACTIONS)),
              "Phase": (("on_enter", ACTIONS),)}


def check_mission(level: LevelModel, data: MissionData) -> list[Problem]:
    names = map_names(level, data)
    problems = [Problem(level.path, obj.where(), f"{prop} line {n}: {msg}",
                        'put values with spaces in "double quotes"')
                for obj, prop, n, msg in data.broken]
    for obj in level.objects:
        for prop, verbs in LINE_PROPS.get(obj.cls, ()):
            for line in read_lines(obj, prop):
                problems += _check_line(level, obj, prop, line, verbs, names)
    problems += list(_check_objectives(level, data))
    return problems


def map_names(level: LevelModel, data: MissionData) -> Names:
    names = Names()
    objects = level.objects
    names.add("object", *(o.name for o in objects))
    names.add("region", *(o.name for o in objects if o.cls == "Region"))
    names.add("vehicle", *(o.name for o in objects if o.cls == "Vehicle"))
    names.add("route", *(o.name for o in objects if o.cls == "PatrolPath"))
    names.add("door", *(o.name for o in objects if o.cls == "Door"))
    names.add("objective", *(o.properties["id"] for o in objects if o.cls == "Objective"))
    names.add("phase", *(p.name for p in data.phases))
    names.add("line", *data.lines)
    names.add("layer", *data.spawn_groups)
    package = str(level.properties.get("package") or "")
    names.add("hook", *hooks_for(package))
    names.add("flag", *flags_for(package))
    names.add("loot", *(str(o.properties.get("group", "")) for o in objects if o.cls == "Loot"))
    who = {o.name for o in objects if o.cls in ("Character", "Vehicle", "Spawn", "Target", "Loot")}
    who |= {str(o.properties.get("name") or "") for o in objects if o.cls == "Character"}
    who |= {str(o.properties.get("group") or "") for o in objects if o.cls == "Character"}
    who |= set(data.spawn_groups)
    names.add("who", *who)
    for trigger in data.triggers:
        for line in trigger.do:
            _declare(names, line)
    for phase in data.phases:
        for line in phase.on_enter:
            _declare(names, line)
    return names


def _declare(names: Names, line: Line) -> None:
    """Names that lines themselves create: countdowns, flags, spawned loot."""
    if line.verb == "countdown" and line.args:
        names.add("countdown", line.args[0])
    elif line.verb == "set_flag" and line.args:
        names.add("flag", line.args[0])
    elif line.verb == "seal_zone" and line.args:
        names.add("flag", f"sealed:{line.args[0]}")
    elif line.verb in ("spawn_loot", "give_loot"):
        names.add("loot", line.option("group"))
        names.add("who", line.option("name", "loot" if line.verb == "give_loot" else ""))
        if line.verb == "spawn_loot" and line.args:
            names.add("who", line.args[0])


def _check_line(level: LevelModel, obj: MapObject, prop: str, line: Line,
                verbs: dict, names: Names) -> list[Problem]:
    where = f"{prop} line {line.number}"
    if line.verb == "not" and prop == "when" and line.args:
        inner = Line(line.args[0], line.args[1:], line.options, line.number, line.text)
        return _check_line(level, obj, prop, inner, verbs, names)
    module = verbs.get(line.verb)
    if module is None:
        other = ACTIONS if verbs is CONDITIONS else CONDITIONS
        kind = "condition" if verbs is CONDITIONS else "action"
        if line.verb in other:
            message = f"'{line.verb}' is an {'action' if kind == 'condition' else 'condition'}" \
                      f", not a {kind}"
            fix = "move it to 'do'" if kind == "condition" else "move it to 'when'"
        else:
            close = difflib.get_close_matches(line.verb, list(verbs), n=1)
            message = f"unknown {kind} '{line.verb}'" + (f" — did you mean '{close[0]}'?"
                                                        if close else "")
            fix = "see docs/mission-reference.md for the vocabulary"
        return [Problem(level.path, obj.where(), f"{where}: {message}", fix)]
    return [Problem(level.path, obj.where(), f"{where}: {message}",
                    f"usage: {module.VERB.usage()}")
            for message in check_args(module.VERB, line, names)]


def _check_objectives(level: LevelModel, data: MissionData) -> Iterator[Problem]:
    objectives = level.objects_of("Objective")
    requires = {o.properties["id"]: [r.strip() for r in str(o.properties["requires"]).split(",")
                                     if r.strip()] for o in objectives}
    completed = {line.args[0] for t in data.triggers for line in t.do
                 if line.verb == "complete" and line.args}
    completed |= {line.args[0] for p in data.phases for line in p.on_enter
                  if line.verb == "complete" and line.args}
    regions = {o.name: o for o in level.objects if o.cls == "Region"}
    for obj in objectives:
        p = obj.properties
        if _in_cycle(p["id"], requires):
            yield Problem(level.path, obj.where(), f"'{p['id']}' requires itself through "
                          f"{' -> '.join(_cycle(p['id'], requires))}",
                          "remove one of the requires so the chain has a start")
        region = regions.get(p["target"])
        if p["kind"] in ("reach", "hold", "escort", "carry", "prevent") and region is not None \
                and (region.points or not (region.width and region.height)):
            yield Problem(level.path, obj.where(), f"{p['kind']} target '{p['target']}' is a "
                          "point or polygon Region, which nobody can stand inside",
                          "draw the Region with the Rectangle tool")
        if p["kind"] == "scripted" and p["id"] not in completed \
                and not level.properties.get("package"):
            yield Problem(level.path, obj.where(), f"scripted objective '{p['id']}' is never "
                          "completed: no Trigger does 'complete " + p["id"] + "' and the map "
                          "has no mission package", f"add a Trigger with do = complete {p['id']}")
        if p["kind"] in ("escort", "carry", "prevent", "protect") and not p.get("subject"):
            yield Problem(level.path, obj.where(), f"a {p['kind']} objective needs a subject",
                          "set subject to the actor, group or loot it is about")


def _in_cycle(start: str, requires: dict[str, list[str]]) -> bool:
    return bool(_cycle(start, requires))


def _cycle(start: str, requires: dict[str, list[str]]) -> list[str]:
    """The chain start -> ... -> start through requires, or [] when there is none."""
    stack = [(start, [start])]
    seen: set[str] = set()
    while stack:
        here, trail = stack.pop()
        for need in requires.get(here, []):
            if need == start:
                return [*trail, start]
            if need not in seen:
                seen.add(need)
                stack.append((need, [*trail, need]))
    return []
