"""Writes the local player's Intent from the devices' Controls and the camera."""

from __future__ import annotations

import math

from game.input.controls import Controls
from game.render.camera import Camera
from game.sim.components import Intent, Position

STICK_AIM_DISTANCE = 220.0  # px ahead of the player when aiming with a stick


def write_player_intent(intent: Intent, controls: Controls, camera: Camera,
                        pos: Position) -> None:
    intent.move_x, intent.move_y = controls.move_x, controls.move_y
    if controls.aim_stick is not None:
        sx, sy = controls.aim_stick
        length = math.hypot(sx, sy) or 1.0
        intent.aim_x = pos.x + sx / length * STICK_AIM_DISTANCE
        intent.aim_y = pos.y + sy / length * STICK_AIM_DISTANCE
    elif controls.aim_screen is not None:
        intent.aim_x, intent.aim_y = camera.to_world(*controls.aim_screen)
    intent.fire, intent.reload, intent.interact = controls.fire, controls.reload, \
        controls.interact
    intent.drop = controls.drop
