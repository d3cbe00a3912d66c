"""AI reaction and aim settle: no shot at a target just spotted before the reaction time, and the
first bursts at it wider than the settled ones; the same for every side."""

from __future__ import annotations

import math

import pytest

from game.sim.ai.aim_settle import settle_factor
from game.sim.ai.profiles import profile_for
from game.sim.components import Gunner, Velocity
from game.sim.events import ShotFired
from game.sim.step import step
from game.sim.units import TICK_HZ
from game.sim.world import World
from tests.ai_worlds import ai_actor, need, puppet
from tests.worlds import open_world

SHOOTER_SIDES = (("lapd", "crew"), ("crew", "lapd"))


def _face_off(seed: int, shooter: str, target: str) -> tuple[World, int, int]:
    """An AI rifleman 8 m from a standing enemy that faces it, in the open."""
    world = open_world(40 * 32.0, 20 * 32.0, seed=seed)
    gunner = ai_actor(world, shooter, (10, 10), 0.0, weapon="rifle")
    enemy = puppet(world, target, (18, 10), 180.0)
    return world, gunner, enemy


def _watch(world: World, gunner: int, seconds: float) -> tuple[float, float, list[float]]:
    """When the gunner took its target, when it first fired, and each burst's aim error."""
    took = first = -1.0
    errors: list[float] = []
    gun = need(world, gunner, Gunner)
    for _ in range(int(seconds * TICK_HZ)):
        left = gun.burst_left
        step(world)
        if gun.target and took < 0:
            took = world.time_s
        if gun.burst_left > left:
            errors.append(math.hypot(gun.error_x, gun.error_y))
        shots = [e for e in world.take_outbox()
                 if isinstance(e, ShotFired) and e.shooter == gunner]
        if shots and first < 0:
            first = world.time_s
    return took, first, errors


@pytest.mark.parametrize(("shooter", "target"), SHOOTER_SIDES)
def test_an_ai_does_not_fire_at_a_target_it_just_spotted(shooter: str, target: str) -> None:
    least = profile_for(shooter).first_shot_s[0]
    for seed in range(3):
        world, gunner, _ = _face_off(seed, shooter, target)
        took, first, _ = _watch(world, gunner, 4.0)
        assert took >= 0.0 and first >= 0.0, "the gunner never took its target or fired"
        assert first - took >= least - 1e-6, \
            f"seed {seed}: first shot {first - took:.2f} s after spotting, before {least} s"


def test_the_first_bursts_at_a_new_target_fly_wider_than_settled_ones() -> None:
    first, settled = [], []
    for seed in range(12):
        world, gunner, _ = _face_off(seed, "lapd", "crew")
        _, _, errors = _watch(world, gunner, 4.0)
        assert len(errors) >= 4, f"seed {seed}: only {len(errors)} bursts in 4 s"
        first.append(errors[0])
        settled.extend(errors[3:])
    mean_first, mean_settled = sum(first) / len(first), sum(settled) / len(settled)
    assert mean_first > 1.6 * mean_settled, (mean_first, mean_settled)


def test_a_moving_target_is_harder_to_hold_than_a_standing_one() -> None:
    world, gunner, enemy = _face_off(0, "lapd", "crew")
    gun = need(world, gunner, Gunner)
    gun.target = enemy
    standing = settle_factor(world, gunner, gun)
    world.add(enemy, Velocity(160.0, 0.0))
    assert settle_factor(world, gunner, gun) > standing * 1.2
