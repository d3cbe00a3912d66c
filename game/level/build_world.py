"""Builds a World from a LevelModel: collision, actors and their brains, targets, regions, cover,
light and mission rules."""

from __future__ import annotations

import math

from game.level.build_car_alarms import place_car_alarms
from game.level.build_vehicles import spawn_vehicles
from game.level.errors import MapError, map_errors_only
from game.level.model import LevelModel, MapObject
from game.level.place_mission import group_of, place_mission
from game.level.validate_level import playable_sides, standing_point
from game.sim.ai.cover_points import (
    CoverPoints,
    derive_cover_points,
    placed_cover_point,
    points_around,
)
from game.sim.ai.lighting import LightField, LightSource, parse_color
from game.sim.ai.panic_state import add_panic
from game.sim.body_grid import BodyGrid
from game.sim.collision_map import CollisionMap
from game.sim.components import (
    Downable,
    Faction,
    Name,
    PlayerControlled,
    Position,
    Region,
    Route,
    SquadOrder,
    Target,
)
from game.sim.light_model import add_lamps
from game.sim.mission import MissionState, ObjectiveState
from game.sim.navigation import NavGrid
from game.sim.prefabs import add_ai, spawn_actor
from game.sim.units import metres
from game.sim.world import World

UNNAMED_ROLES = frozenset({"crew", "lapd", "guard", "civilian", "dummy"})
"""Roles without a name of their own; every other role is a named character who goes down
(and can be dragged) before dying."""


def build_world(level: LevelModel, mission_id: str, side: str = "crew", seed: int = 0) -> World:
    """The world for one side; a fault while building is a MapError naming the map."""
    with map_errors_only(level.path, "building the world"):
        return _build_world(level, mission_id, side, seed)


def _build_world(level: LevelModel, mission_id: str, side: str, seed: int) -> World:
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
    _spawn_other_sides(world, level, side)
    characters = {obj.id: _spawn_character(world, obj) for obj in level.objects_of("Character")}
    _give_brains(world, level, characters, mission.player)
    _set_ai_resources(world, level)
    for obj in level.objects_of("Target"):
        eid = spawn_actor(world, "dummy", *standing_point(obj), _angle(obj), name=obj.name)
        world.add(eid, Target(obj.properties["group"]))
    for obj in level.objects_of("Region"):
        world.spawn(Region(obj.name, obj.x, obj.y, obj.width, obj.height,
                           obj.properties["kind"]))
    spawn_vehicles(world, level)
    add_lamps(world)
    _mark_interact_targets(world, level)
    place_mission(world, level, mission)
    place_car_alarms(world, level)
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
    world.add(eid, SquadOrder())
    if first.properties["role"] not in UNNAMED_ROLES:
        world.add(eid, Downable())
    return eid


def _spawn_other_sides(world: World, level: LevelModel, side: str) -> None:
    """On a map both sides can play, the other side's player Spawn is that side's leader,
    played by the AI (it pursues that side's objectives)."""
    for obj in level.objects_of("Spawn"):
        other = obj.properties["side"]
        if other == side or other not in playable_sides(level):
            continue
        if obj is not next(o for o in level.objects_of("Spawn") if o.properties["side"] == other):
            continue
        role = obj.properties["role"]
        eid = spawn_actor(world, role, *standing_point(obj), _angle(obj), name=obj.name)
        faction = world.get(eid, Faction)
        if faction is not None:
            faction.side = other
        if role not in UNNAMED_ROLES:
            world.add(eid, Downable())
        add_ai(world, eid, "hold")


def _spawn_character(world: World, obj: MapObject) -> int:
    p = obj.properties
    weapon = p["weapon"]
    eid = spawn_actor(world, p["role"], *standing_point(obj), _angle(obj),
                      weapon=None if weapon == "default" else ("" if weapon == "none" else weapon),
                      name=p["name"] or obj.name)
    faction = world.get(eid, Faction)
    # "civilian" is the class default: an lapd or guard role left at it keeps its own side.
    if faction is not None and p["faction"] != "civilian":
        faction.side = p["faction"]
    if p["role"] not in UNNAMED_ROLES:
        world.add(eid, Downable())
    group_of(world, eid, obj)
    add_panic(world, eid, str(p.get("panic") or "flee"))
    return eid


def _give_brains(world: World, level: LevelModel, characters: dict[int, int],
                 player: int) -> None:
    """Every Character gets senses and a brain: its behaviour, its patrol route (a PatrolPath
    resolved to points) and its leader (a Character, or the player for the player's side)."""
    paths = {o.id: o for o in level.objects_of("PatrolPath")}
    player_side = world.get(player, Faction)
    for obj in level.objects_of("Character"):
        eid = characters[obj.id]
        faction = world.get(eid, Faction)
        if faction is None or faction.side == "target":
            continue
        p = obj.properties
        leader = characters.get(int(p["leader"] or 0), 0)
        if not leader and p["behaviour"] == "follow" and player_side is not None \
                and player_side.side == faction.side:
            leader = player
        path = paths.get(int(p["path"] or 0))
        route = Route(path.points, bool(path.properties["loop"]),
                      float(path.properties["pause_s"])) if path is not None else None
        add_ai(world, eid, p["behaviour"], leader=leader, route=route)


def _set_ai_resources(world: World, level: LevelModel) -> None:
    """Cover points (beside solids, and from Cover objects) and the light level."""
    cmap, grid = world.resource(CollisionMap), world.resource(NavGrid)
    points = derive_cover_points(cmap, grid)
    for obj in level.objects_of("Cover"):
        height, material = obj.properties["height"], obj.properties["material"]
        if obj.width and obj.height and not obj.rotation:
            points += points_around(cmap, obj.x, obj.y, obj.width, obj.height, height, material)
        else:
            points.append(placed_cover_point(cmap, grid, *standing_point(obj), height, material))
    world.set_resource(CoverPoints.build(points))
    lights = tuple(LightSource(*standing_point(o), metres(float(o.properties["radius_m"])),
                               float(o.properties["intensity"]),
                               parse_color(o.properties.get("color")),
                               bool(o.properties.get("flicker")))
                   for o in level.objects_of("Light"))
    ambient = float(level.properties.get("ambient_light", 0.6))
    night = bool(level.properties.get("night", ambient < 0.5))
    world.set_resource(LightField(ambient, lights, night))


def _objective(obj: MapObject) -> ObjectiveState:
    p = obj.properties
    requires = tuple(r.strip() for r in str(p["requires"]).split(",") if r.strip())
    return ObjectiveState(p["id"], p["text"], int(p["order"]), p["kind"], p["target"], requires,
                          bool(p["optional"]), float(p["hold_s"]), side=str(p["side"]),
                          count=int(p["count"]), subject=str(p["subject"]))


def _angle(obj: MapObject) -> float:
    return math.radians(obj.rotation)
