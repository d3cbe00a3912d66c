"""Footstep sounds from how far each nearby actor walked, on the surface under their feet."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from game.audio.sound_board import SoundBoard
from game.level.model import LevelModel
from game.sim.components import Dead, Mover, Position
from game.sim.units import metres
from game.sim.world import World

STRIDE_PX = metres(1.4)
EARSHOT_PX = metres(14)
SURFACE_SOUND = {"asphalt": "footstep_asphalt", "grass": "footstep_asphalt"}


@dataclass
class Footsteps:
    walked: dict[int, float] = field(default_factory=dict)

    def update(self, world: World, level: LevelModel, board: SoundBoard, player: int) -> None:
        listener = world.get(player, Position)
        if listener is None:
            return
        dead = world.store(Dead)
        for eid, pos, _ in world.query(Position, Mover):
            if eid in dead:
                continue
            distance = math.hypot(pos.x - listener.x, pos.y - listener.y)
            if distance > EARSHOT_PX:
                continue
            walked = self.walked.get(eid, 0.0) + math.hypot(pos.x - pos.prev_x,
                                                             pos.y - pos.prev_y)
            if walked >= STRIDE_PX:
                walked -= STRIDE_PX
                surface = level.surface_at(pos.x, pos.y)
                gain = 0.5 * (1.0 - distance / EARSHOT_PX)
                board.play(SURFACE_SOUND.get(surface, "footstep_concrete"), gain)
            self.walked[eid] = walked
