"""Object checks the game would otherwise get silently wrong: objects off the map, two player
Spawns for a side, ambiguous names, patrols with nowhere to go, rotated Regions, and what the
game ignores (unclassed shapes) said as warnings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from game.level.errors import Problem
from game.level.model import LevelModel, MapObject

CLASSES_WITH_SPRITES = ("Spawn", "Character", "Target", "Vehicle", "Loot", "Door")
"""Tile objects of these Types are drawn by the game as actors; the rest as props. Actors and
vehicles must also stand on the map itself."""


MAX_PER_TYPE = {"Character": 300, "Target": 300, "Vehicle": 100, "Objective": 200,
                "Light": 500, "Spawn": 64}


def extent(obj: MapObject) -> tuple[float, float, float, float]:
    """The box (left, top, right, bottom) holding the object's shape."""
    if obj.points:
        xs, ys = [p[0] for p in obj.points], [p[1] for p in obj.points]
        return min(xs), min(ys), max(xs), max(ys)
    return obj.x, obj.y, obj.x + obj.width, obj.y + obj.height


def outside_map(level: LevelModel) -> list[Problem]:
    """Objects reaching more than one tile past the map's edge (they would be built nowhere a
    player can go, and a huge one costs the collision and cover builders dearly)."""
    width, height = level.pixel_size
    margin = max(level.tile_w, level.tile_h)
    found = []
    for obj in level.objects:
        left, top, right, bottom = extent(obj)
        if obj.cls in CLASSES_WITH_SPRITES:
            x, y = obj.centre if obj.width or obj.height else (obj.x, obj.y)
            left, top, right, bottom = x - margin, y - margin, x + margin, y + margin
        if left < -margin or top < -margin or right > width + margin or bottom > height + margin:
            found.append(Problem(level.path, obj.where(), f"object lies outside the "
                                 f"{width}x{height} px map", "move it onto the map (or delete "
                                 "it)", kind="outside map"))
    return found


def object_problems(level: LevelModel) -> list[Problem]:
    return [*_too_many(level), *_two_player_spawns(level), *_ambiguous_targets(level),
            *_rotated_regions(level)]


def _too_many(level: LevelModel) -> Iterator[Problem]:
    """Every actor thinks each tick and every objective is checked: a map with thousands of
    them (a paste gone wrong) would crawl rather than play."""
    counts = Counter(o.cls for o in level.objects)
    for cls, cap in MAX_PER_TYPE.items():
        if counts[cls] > cap:
            yield Problem(level.path, f"{cls} objects", f"{counts[cls]} {cls} objects, over the "
                          f"limit of {cap}", f"delete {cls} objects (a duplicate pasted many "
                          "times?)")


def object_warnings(level: LevelModel) -> list[Problem]:
    """What the game ignores or makes do with, which may surprise a designer: unclassed shapes
    nothing refers to, patrols with no path (they hold their post)."""
    named = {str(o.properties.get("target", "")) for o in level.objects_of("Objective")}
    found = []
    for obj in level.objects:
        if obj.cls or obj.tile or (obj.name and obj.name in named):
            continue
        found.append(Problem(level.path, obj.where(), "object has no Type: the game ignores it",
                             "set its Type if it should do something (a note can stay)",
                             severity="warning", kind="no Type"))
    return found + list(_patrols_without_path(level))


def _two_player_spawns(level: LevelModel) -> Iterator[Problem]:
    sides = Counter(o.properties["side"] for o in level.objects_of("Spawn")
                    if o.properties.get("player", True))
    for side, count in sorted(sides.items()):
        if count > 1:
            spawns = [o for o in level.objects_of("Spawn") if o.properties["side"] == side]
            yield Problem(level.path, spawns[1].where(), f"{count} player Spawns for side "
                          f"'{side}' (the game takes the first)", "keep one Spawn with player "
                          "ticked per side; untick player on the others")


def _ambiguous_targets(level: LevelModel) -> Iterator[Problem]:
    for objective in level.objects_of("Objective"):
        kind, target = objective.properties["kind"], objective.properties["target"]
        if kind in ("kill", "survive") or not target:
            continue  # a kill target names a group, which is many by design
        pool = level.objects_of("Region") if kind in ("reach", "hold") else level.objects
        same = [o for o in pool if o.name == target and o is not objective]
        if len(same) > 1:
            yield Problem(level.path, objective.where(), f"target '{target}' names "
                          f"{len(same)} objects ({', '.join(o.where() for o in same[:3])})",
                          "give each object its own name")


def _patrols_without_path(level: LevelModel) -> Iterator[Problem]:
    for obj in level.objects_of("Character"):
        if obj.properties["behaviour"] == "patrol" and not obj.properties["path"]:
            yield Problem(level.path, obj.where(), "behaviour is patrol but path is empty: "
                          "it holds its post", "set path to a PatrolPath object, or pick "
                          "another behaviour", severity="warning", kind="patrol without path")


def _rotated_regions(level: LevelModel) -> Iterator[Problem]:
    for obj in level.objects_of("Region"):
        if obj.rotation:
            yield Problem(level.path, obj.where(), "rotated Regions are not supported",
                          "set Rotation to 0 (cover a slanted area with several Regions)",
                          kind="rotated Region")
