"""Builds a World from a LevelModel: collision, actors, targets, regions and mission rules."""

from __future__ import annotations

import math

from game.level.errors import MapError
from game.level.model import LevelModel, MapObject
from game.level.validate_level import standing_point
from game.sim.body_grid import BodyGrid
from game.sim.collision_map import CollisionMap
from game.sim.components import Name, PlayerControlled, Position, Region, Target
from game.sim.mission import MissionState, ObjectiveState
from game.sim.navigation import NavGrid
from game.sim.prefabs import spawn_actor
from game.sim.world import World


def build_world(level: LevelModel, mission_id: str, side: str = "crew", seed: int = 0) -> World:
    world = World.seeded(seed)
    width, height = level.pixel_size
    world.set_resource(CollisionMap.build(width, height, level.tile_w, level.solids))
    world.set_resource(BodyGrid())
    world.set_resource(level)
    world.set_resource(NavGrid.from_rows(level.walkable, level.tile_w))
    mission = MissionState(
        mission_id, level.properties.get("title") or mission_id, side,
        time_limit_s=float(level.properties.get("time_limit_s") or 0.0),
        objectives=[_objective(o) for o in level.objects_of("Objective")],
    )
    world.set_resource(mission)
    mission.player = _spawn_player(world, level, side)
    for obj in level.objects_of("Character"):
        weapon = obj.properties["weapon"]
        spawn_actor(world, obj.properties["role"], *standing_point(obj), _angle(obj),
                    weapon=None if weapon == "default" else ("" if weapon == "none" else weapon),
                    name=obj.properties["name"] or obj.name)
    for obj in level.objects_of("Target"):
        eid = spawn_actor(world, "dummy", *standing_point(obj), _angle(obj), name=obj.name)
        world.add(eid, Target(obj.properties["group"]))
    for obj in level.objects_of("Region"):
        world.spawn(Region(obj.name, obj.x, obj.y, obj.width, obj.height,
                           obj.properties["kind"]))
    _mark_interact_targets(world, level)
    return world


def _mark_interact_targets(world: World, level: LevelModel) -> None:
    """An interact objective's target that is not an actor gets a marker where it stands."""
    named = {n.name for _, n in world.query(Name)}
    for objective in level.objects_of("Objective"):
        target = objective.properties["target"]
        if objective.properties["kind"] != "interact" or target in named:
            continue
        for obj in level.objects:
            if obj.name == target and obj is not objective:
                world.spawn(Position(*standing_point(obj)), Name(target))
                named.add(target)
                break


def _spawn_player(world: World, level: LevelModel, side: str) -> int:
    spawns = [o for o in level.objects_of("Spawn") if o.properties["side"] == side]
    if not spawns:
        raise MapError.single(level.path, "Spawn objects", f"no Spawn for side '{side}'",
                              f"place a Spawn object with side = {side}")
    first = spawns[0]
    eid = spawn_actor(world, first.properties["role"], *standing_point(first), _angle(first),
                      name=first.name)
    world.add(eid, PlayerControlled())
    return eid


def _objective(obj: MapObject) -> ObjectiveState:
    p = obj.properties
    requires = tuple(r.strip() for r in str(p["requires"]).split(",") if r.strip())
    return ObjectiveState(p["id"], p["text"], int(p["order"]), p["kind"], p["target"], requires,
                          bool(p["optional"]), float(p["hold_s"]))


def _angle(obj: MapObject) -> float:
    return math.radians(obj.rotation)
