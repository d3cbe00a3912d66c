"""A mission in progress, independent of any window: load, build, step, restart, hot-swap."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.level.build_world import build_world
from game.level.load_level import load_level
from game.level.missions import resolve_mission
from game.level.model import LevelModel
from game.sim.collision_map import CollisionMap
from game.sim.components import Position
from game.sim.mission import MissionState
from game.sim.mission.carry_over import carry_over
from game.sim.step import step
from game.sim.world import World


@dataclass
class MissionSession:
    mission_id: str
    map_path: Path
    side: str
    seed: int
    level: LevelModel
    world: World

    @classmethod
    def start(cls, name: str, side: str = "crew", seed: int = 0) -> MissionSession:
        """Resolve, load and build; raises UnknownMissionError or MapError with a one-line cause."""
        mission_id, path = resolve_mission(name)
        level = load_level(path)
        return cls(mission_id, path, side, seed, level, build_world(level, mission_id, side, seed))

    @property
    def mission(self) -> MissionState:
        return self.world.resource(MissionState)

    def step(self) -> None:
        step(self.world)

    def restart(self) -> None:
        self.world = build_world(self.level, self.mission_id, self.side, self.seed)

    def reload(self, keep_mission: bool = True) -> None:
        """Load the map again from disk and rebuild the world, keeping the player where they
        stood if that spot is open in the new map, and (``keep_mission``) the clock and the
        mission's progress. A bad map raises MapError and changes nothing."""
        level = load_level(self.map_path)
        world = build_world(level, self.mission_id, self.side, self.seed)
        if keep_mission:
            carry_over(self.world, self.mission, world, world.resource(MissionState))
        old = self.world.get(self.mission.player, Position)
        self.level, self.world = level, world
        new = world.get(self.mission.player, Position)
        if old is None or new is None:
            return
        if world.resource(CollisionMap).point_solid(old.x, old.y) is None:
            new.x, new.y = old.x, old.y
            new.prev_x, new.prev_y = old.x, old.y
