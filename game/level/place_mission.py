"""Puts a level's mission data into a new world: triggers, phases, lines, spawn groups, the
mission package, Character groups, Loot and Doors."""

from __future__ import annotations

from game.level.model import LevelModel, MapObject
from game.level.read_mission import read_mission
from game.level.validate_level import standing_point
from game.sim.components import Name, Position
from game.sim.mission import MissionState
from game.sim.mission.components import Door, Group, Loot
from game.sim.mission.doors import move_door
from game.sim.world import World


def place_mission(world: World, level: LevelModel, mission: MissionState) -> None:
    data = read_mission(level)
    mission.triggers, mission.phases = data.triggers, data.phases
    mission.lines, mission.spawn_groups = data.lines, data.spawn_groups
    mission.package = str(level.properties.get("package") or "")
    initial = next((p for p in data.phases if p.initial), None)
    if initial is not None:
        mission.next_phase = initial.name  # entered on the first tick, on_enter and all
    for obj in level.objects_of("Loot"):
        p = obj.properties
        name = obj.name or "loot"
        world.spawn(Position(*standing_point(obj)), Name(name),
                    Loot(name, int(p["value"]), float(p["weight_kg"]), str(p["group"])))
    for obj in level.objects_of("Door"):
        _place_door(world, obj)


def _place_door(world: World, obj: MapObject) -> None:
    p = obj.properties
    door = Door(obj.name, obj.x, obj.y, obj.width, obj.height, open=True,
                locked=bool(p["locked"]), material=str(p["material"]))
    eid = world.spawn(door, Position(*obj.centre))
    if obj.name:
        world.add(eid, Name(obj.name))
    if not p.get("open", False):
        move_door(world, door, opened=False, announce=False)


def group_of(world: World, eid: int, obj: MapObject) -> None:
    """A Character's `group` property as a Group component (none when empty)."""
    group = str(obj.properties.get("group") or "")
    if group:
        world.add(eid, Group(group))
