"""Reads the mission's data from a level: Trigger and Phase objects, Lines tables, the groups
waiting in hidden spawn:NAME layers, Loot and Door objects. Parsing only: see
read_mission_check.py for what the checker says about the lines."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from game.level.model import LevelModel, MapObject
from game.level.validate_level import standing_point
from game.sim.mission import PhaseDef, SpawnSpec, TriggerState
from game.sim.mission.lines import Line, LineError, parse_block, parse_line


@dataclass
class MissionData:
    triggers: list[TriggerState] = field(default_factory=list)
    phases: list[PhaseDef] = field(default_factory=list)
    lines: dict[str, str] = field(default_factory=dict)
    spawn_groups: dict[str, list[SpawnSpec]] = field(default_factory=dict)
    broken: list[tuple[MapObject, str, int, str]] = field(default_factory=list)
    """(object, property, line number, message) for lines that cannot be split."""


def read_mission(level: LevelModel) -> MissionData:
    data = MissionData()
    for obj in level.objects_of("Trigger"):
        p = obj.properties
        data.triggers.append(TriggerState(
            obj.id, obj.name, read_lines(obj, "when", data), read_lines(obj, "do", data),
            bool(p["once"]), float(p["delay_s"]), str(p["side"]),
        ))
    for obj in level.objects_of("Phase"):
        p = obj.properties
        data.phases.append(PhaseDef(obj.name, bool(p["initial"]),
                                    read_lines(obj, "on_enter", data), str(p["text"])))
    for obj in level.objects_of("Lines"):
        data.lines.update({k: str(v) for k, v in obj.properties.items()})
    paths = {o.id: o for o in level.objects if o.cls == "PatrolPath"}
    for name, objects in level.waiting().items():
        data.spawn_groups[name] = [s for s in (_spec(o, name, paths) for o in objects) if s]
    return data


def read_lines(obj: MapObject, prop: str, data: MissionData | None = None) -> tuple[Line, ...]:
    found: list[Line] = []
    for number, raw in parse_block(obj.properties.get(prop, "")):
        try:
            line = parse_line(raw, number)
        except LineError as exc:
            if data is not None:
                data.broken.append((obj, prop, number, str(exc)))
            continue
        if line is not None:
            found.append(line)
    return tuple(found)


def _spec(obj: MapObject, layer: str, paths: dict[int, MapObject]) -> SpawnSpec | None:
    p = obj.properties
    x, y = standing_point(obj)
    angle = math.radians(obj.rotation)
    if obj.cls == "Character":
        path = paths.get(int(p["path"] or 0))
        return SpawnSpec("character", p["role"], x, y, angle, p["name"] or obj.name,
                         p["faction"], p["weapon"], p["behaviour"], p.get("group") or layer,
                         path.points if path is not None else (),
                         panic=str(p.get("panic") or "flee"))
    if obj.cls == "Vehicle":
        route = paths.get(int(p["route"] or 0))
        return SpawnSpec("vehicle", p["model"], *obj.centre, angle, obj.name, p["faction"],
                         group=layer, route=route.points if route is not None else (),
                         speed_mps=float(p["speed_mps"]))
    return None
