"""Loads a .tmx into a checked LevelModel: XML checks, pytmx tiles, objects, collision, nav grid."""

from __future__ import annotations

from pathlib import Path

from game.level.errors import MapError, Problem, map_errors_only
from game.level.model import LevelModel
from game.level.read_image_layers import read_image_layers
from game.level.read_mission import read_mission
from game.level.read_mission_check import check_mission
from game.level.read_objects import ObjectReader, read_map_properties
from game.level.read_tiles import read_tiles
from game.level.read_tilesets import check_tilesets
from game.level.read_xml import check_layers, check_map_root, parse_xml
from game.level.schema import Schema, load_schema
from game.level.validate_level import playable_sides, validate_level
from game.level.validate_objects import object_warnings, outside_map
from game.paths import maps_dir
from game.sim.collision_map import Solid
from game.sim.navigation import walkable_from_solids


def default_schema() -> Schema:
    return load_schema(maps_dir() / "heat.tiled-project")


def load_level(path: Path | str, schema: Schema | None = None) -> LevelModel:
    """Read and validate a map; raises MapError listing every problem found, and turns any
    surprise in a map from elsewhere into one clear line rather than a traceback. Warnings
    (what the game ignores) do not stop loading: they wait in ``level.warnings``."""
    with map_errors_only(str(path), "map"):
        return _load(Path(path), schema)


def _load(path: Path, schema: Schema | None) -> LevelModel:
    file = str(path)
    schema = schema or default_schema()
    root = parse_xml(path)
    _raise_errors(check_map_root(root, file))
    tilesets = check_tilesets(root, path)
    problems = tilesets.problems + check_layers(root, file)
    _raise_errors(problems)
    tiles = read_tiles(path, root)
    image_layers, image_problems = read_image_layers(path, root)
    reader = ObjectReader(path, schema, object_tiles=tiles.object_tiles)
    objects = reader.read_all(root)
    properties, prop_problems = read_map_properties(root, schema, file)
    problems += tiles.problems + image_problems + reader.problems + prop_problems
    level = LevelModel(
        file, int(root.get("width", 0)), int(root.get("height", 0)),
        int(root.get("tilewidth", 0)), int(root.get("tileheight", 0)), properties,
        tiles.tiles, tiles.animations, tiles.layers, objects, surfaces=tiles.surfaces,
        image_layers=image_layers,
    )
    _raise_errors(problems + outside_map(level))
    level.solids = tiles.solids + _wall_solids(level, problems)
    level.walkable = walkable_grid(level)
    level.sources = _sources(path, schema, level, reader, tilesets.files)
    problems += object_warnings(level)
    if not _errors(problems):
        problems += validate_level(level, playable_sides(level))
    if not _errors(problems):
        problems += check_mission(level, read_mission(level))
    _raise_errors(problems)
    level.warnings = problems
    return level


def _errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def _raise_errors(problems: list[Problem]) -> None:
    """Stop at errors (carrying the warnings found so far with them)."""
    if _errors(problems):
        raise MapError(problems)


def _sources(path: Path, schema: Schema, level: LevelModel, reader: ObjectReader,
             tileset_files: list[Path]) -> list[str]:
    """Every file the level was built from: the map, tilesets, images, templates, project."""
    files = {str(path.resolve()), str(Path(schema.path).resolve())}
    files.update(image.image for image in level.tiles.values())
    files.update(layer.image for layer in level.image_layers)
    files.update(str(tx) for tx in reader.templates)
    files.update(str(ts) for ts in tileset_files)
    return sorted(files)


def _wall_solids(level: LevelModel, problems: list[Problem]) -> list[Solid]:
    solids = []
    for obj in level.objects_of("Wall"):
        if obj.width <= 0 or obj.height <= 0 or obj.points:  # a tile object is a rectangle
            problems.append(Problem(level.path, obj.where(), "a Wall must be a rectangle",
                                    "draw it with the Rectangle tool"))
        elif obj.rotation:
            problems.append(Problem(level.path, obj.where(), "rotated Walls are not supported",
                                    "set Rotation to 0 and cover the area with rectangles"))
        else:
            solids.append(Solid(obj.x, obj.y, obj.width, obj.height,
                                obj.properties["material"], obj.properties["blocks_sight"]))
    return solids


def walkable_grid(level: LevelModel) -> list[list[bool]]:
    """A tile is walkable unless a solid covers its middle half (for navigation)."""
    return walkable_from_solids(level.solids, level.width, level.height, level.tile_w,
                                level.tile_h)
