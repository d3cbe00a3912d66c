"""The mission catalogue: short ids to map files, and turning a command-line name into a map."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.paths import maps_dir


@dataclass(frozen=True, slots=True)
class MissionSpec:
    """A mission id and its map; which sides can play it is the map's to say (Mission.sides)."""

    id: str
    map_file: str


CATALOGUE: tuple[MissionSpec, ...] = (
    MissionSpec("sandbox", "sandbox.tmx"),
    MissionSpec("armored-car", "armored-car.tmx"),
    MissionSpec("drive-in", "drive-in.tmx"),
    MissionSpec("stakeout", "stakeout.tmx"),
    MissionSpec("downtown", "downtown.tmx"),
    MissionSpec("lax", "lax.tmx"),
)


class UnknownMissionError(ValueError):
    pass


def resolve_mission(name: str) -> tuple[str, Path]:
    """A mission id (``sandbox``) or a path to a .tmx; returns (mission id, map path)."""
    for spec in CATALOGUE:
        if spec.id == name:
            return spec.id, maps_dir() / spec.map_file
    path = Path(name)
    if path.suffix.lower() == ".tmx":
        if not path.is_file():
            what = "is not a regular file" if path.exists() else "map file not found"
            raise UnknownMissionError(f"{name}: {what} — check the path")
        return path.stem, path
    ids = ", ".join(s.id for s in CATALOGUE)
    raise UnknownMissionError(
        f"{name}: unknown mission — use one of: {ids}, or a path to a .tmx map")


def is_playable(mission_id: str) -> bool:
    """A mission in the catalogue whose map ships with the game."""
    return any(s.id == mission_id and (maps_dir() / s.map_file).is_file() for s in CATALOGUE)


@dataclass(frozen=True, slots=True)
class MissionInfo:
    """What ``heat list`` shows of a mission, read from its map's Mission properties."""

    id: str
    title: str
    sides: tuple[str, ...]
    map_file: str


def mission_sides(mission_id: str) -> tuple[str, ...]:
    """The sides a catalogued mission's map can be played from; ("crew",) when the map is
    missing or broken (starting it then shows the map's own error)."""
    from game.level.errors import MapError
    from game.level.load_level import load_level
    from game.level.validate_level import playable_sides

    for spec in CATALOGUE:
        if spec.id == mission_id:
            try:
                return tuple(playable_sides(load_level(maps_dir() / spec.map_file))) or ("crew",)
            except (MapError, OSError):
                return ("crew",)
    return ("crew",)


def list_missions() -> list[MissionInfo]:
    """Every mission in the catalogue with its title and playable sides (Mission.title and
    Mission.sides in the map); a broken map raises MapError naming it."""
    from game.level.load_level import load_level
    from game.level.validate_level import playable_sides

    found = []
    for spec in CATALOGUE:
        level = load_level(maps_dir() / spec.map_file)
        title = str(level.properties.get("title") or spec.id)
        found.append(MissionInfo(spec.id, title, tuple(playable_sides(level)), spec.map_file))
    return found
