"""Checks a loaded level makes sense as a mission: sides, spawns, references, reachability."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from game.level.errors import Problem
from game.level.model import LevelModel, MapObject
from game.level.validate_objects import object_problems
from game.sim.ai.pathfind import nearest_open
from game.sim.collision_map import CollisionMap
from game.sim.navigation import NavGrid

STANDING_CLASSES = ("Spawn", "Character", "Target")


def validate_level(level: LevelModel, sides: list[str]) -> list[Problem]:
    problems = list(_check_sides(level, sides))
    problems += _check_references(level)
    problems += _check_standing(level)
    problems += _check_objectives(level)
    problems += object_problems(level)
    if not problems:
        problems += _check_reachable(level, sides)
    return problems


def playable_sides(level: LevelModel) -> list[str]:
    return [s.strip() for s in str(level.properties.get("sides") or "crew").split(",")
            if s.strip()]


def _problem(level: LevelModel, where: str, message: str, fix: str) -> Problem:
    return Problem(level.path, where, message, fix)


def _check_sides(level: LevelModel, sides: list[str]) -> Iterator[Problem]:
    for side in sides:
        if side not in ("crew", "lapd"):
            yield _problem(level, "map properties", f"sides lists unknown side '{side}'",
                           "use crew, lapd or crew,lapd")
        elif not any(o.properties["side"] == side for o in level.objects_of("Spawn")):
            yield _problem(level, "Spawn objects", f"no Spawn for playable side '{side}'",
                           f"place a Spawn (templates/spawn-{side}.tx) with side = {side}")


def _check_references(level: LevelModel) -> Iterator[Problem]:
    by_id = {o.id: o for o in level.objects}
    wanted = (("Character", "path", "PatrolPath"), ("Vehicle", "route", "PatrolPath"),
              ("Character", "leader", "Character"))
    for cls, prop, target_cls in wanted:
        for obj in level.objects_of(cls):
            ref = int(obj.properties.get(prop) or 0)
            if ref and (ref not in by_id or by_id[ref].cls != target_cls):
                yield _problem(level, obj.where(), f"{prop} points at object {ref}, which is "
                               f"not a {target_cls}", f"pick a {target_cls} object for {prop}")
    for path in level.objects_of("PatrolPath"):
        if len(path.points) < 2:
            yield _problem(level, path.where(), "a PatrolPath needs at least two points",
                           "draw it with the Polyline tool")


def _check_standing(level: LevelModel) -> Iterator[Problem]:
    cmap = CollisionMap.build(*level.pixel_size, level.tile_w, level.solids)
    for obj in level.objects:
        if obj.cls in STANDING_CLASSES and cmap.point_solid(*standing_point(obj)) is not None:
            yield _problem(level, obj.where(), f"{obj.cls} stands inside a wall",
                           "move it onto open ground")


def _check_objectives(level: LevelModel) -> Iterator[Problem]:
    objectives = level.objects_of("Objective")
    ids = [o.properties["id"] for o in objectives]
    for obj in objectives:
        p = obj.properties
        if ids.count(p["id"]) > 1:
            yield _problem(level, obj.where(), f"objective id '{p['id']}' is used twice",
                           "give every Objective its own id")
        for need in (r.strip() for r in str(p["requires"]).split(",") if r.strip()):
            if need not in ids:
                yield _problem(level, obj.where(), f"requires '{need}', which is no "
                               "Objective's id", f"use one of: {', '.join(ids)}")
        if needs_place(obj) and not objective_places(level, obj):
            yield _problem(level, obj.where(), f"target '{p['target']}' matches nothing for a "
                           f"{p['kind']} objective", _target_fix(p["kind"]))


def _target_fix(kind: str) -> str:
    if kind == "kill":
        return "set target to a Target group or a Character's name"
    if kind in ("reach", "hold", "escort", "carry", "prevent"):
        return "set target to the name of a Region"
    if kind in ("kill_n", "arrest_n"):
        return "set target to a group, a faction or a Character's name"
    return "set target to the name of an object on the map"


def needs_place(obj: MapObject) -> bool:
    """Survive objectives, and scripted ones without a target, happen anywhere."""
    kind = obj.properties["kind"]
    if kind in ("survive", "protect", "fail"):
        return False
    return not (kind == "scripted" and not obj.properties["target"])


def objective_places(level: LevelModel, obj: MapObject) -> list[tuple[float, float]]:
    """Where an objective is done: its targets' positions, or its region's centre."""
    kind, target = obj.properties["kind"], obj.properties["target"]
    if kind in ("kill", "kill_n", "arrest_n"):
        found = [o for o in level.objects_of("Target") if o.properties["group"] == target]
        found += [o for o in level.objects_of("Character")
                  if target in (o.name, o.properties["name"], o.properties.get("group"),
                                o.properties["faction"])]
        found += [o for o in level.objects if o.layer == f"spawn:{target}"]
        side = target.removeprefix("faction:")
        found += [o for o in level.objects_of("Character") if o.properties["faction"] == side]
        found += [o for o in level.objects_of("Spawn") if o.properties["side"] == side]
    elif kind == "collect_n":
        found = [o for o in level.objects if o.cls == "Loot"
                 and target in (o.properties["group"], "")]
    elif kind in ("reach", "hold", "escort", "carry", "prevent"):
        found = [o for o in level.objects_of("Region") if o.name == target]
    else:
        found = [o for o in level.objects if o.name == target and o is not obj]
    return [standing_point(o) for o in found]


def standing_point(obj: MapObject) -> tuple[float, float]:
    """Point objects stand where placed; rectangles and ellipses at their centre."""
    return obj.centre if obj.width or obj.height else (obj.x, obj.y)


def _check_reachable(level: LevelModel, sides: list[str]) -> Iterator[Problem]:
    grid = NavGrid.from_rows(level.walkable, level.tile_w)
    reached: set[tuple[int, int]] = set()
    for side in sides:
        spawn = next(o for o in level.objects_of("Spawn") if o.properties["side"] == side)
        start = standing_point(spawn)
        # A flood fills a whole component: a side starting in the one already filled shares it.
        if nearest_open(grid, *grid.tile_of(*start)) not in reached:
            reached = reachable_tiles(grid, start)
        for obj in filter(needs_place, level.objects_of("Objective")):
            if not any(_reaches(grid, reached, place) for place in objective_places(level, obj)):
                yield _problem(level, obj.where(), f"'{obj.properties['id']}' cannot be reached "
                               f"on foot from the {side} spawn", "open a way through the walls")


def reachable_tiles(grid: NavGrid, start: tuple[float, float]) -> set[tuple[int, int]]:
    """Every tile find_path can reach from ``start``, found once: its diagonal steps need both
    side tiles open, so they reach exactly the tiles that side-by-side steps do. One flood per
    side instead of an A* per objective that explores the whole map when the answer is no."""
    first = nearest_open(grid, *grid.tile_of(*start))  # where the AI's A* starts, too
    if first is None:
        return set()
    reached, todo = {first}, deque([first])
    while todo:
        x, y = todo.popleft()
        for nxt in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if nxt not in reached and grid.open(*nxt):
                reached.add(nxt)
                todo.append(nxt)
    return reached


def _reaches(grid: NavGrid, reached: set[tuple[int, int]], goal: tuple[float, float]) -> bool:
    """The goal's tile or one of its eight neighbours is reached (targets may stand in cover)."""
    gx, gy = grid.tile_of(*goal)
    return any((gx + dx, gy + dy) in reached and grid.open(gx + dx, gy + dy)
               for dx in (-1, 0, 1) for dy in (-1, 0, 1))
