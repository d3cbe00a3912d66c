"""Doors: shut, they block movement, sight and rounds; actions and a held Interact move them."""

from __future__ import annotations

from game.sim.collision_map import CollisionMap, has_line_of_sight
from game.sim.components import Intent, Name, Position
from game.sim.mission import MissionState
from game.sim.mission.components import Door
from game.sim.mission.doors import move_door
from game.sim.mission.lines import parse_line
from game.sim.mission.registry import ACTIONS
from game.sim.mission.vocabulary import Ctx
from game.sim.prefabs import spawn_actor
from game.sim.step import step
from game.sim.units import TICK_HZ
from tests.worlds import open_world


def door_world() -> tuple:
    world = open_world(640, 320)
    door = Door("vault", 300, 100, 16, 96, open=True)
    world.spawn(door, Position(308, 148), Name("vault"))
    move_door(world, door, opened=False, announce=False)
    mission = world.resource(MissionState)
    mission.player = spawn_actor(world, "mccauley", 200, 148)
    return world, door, mission


def test_a_shut_door_blocks_sight_and_movement_and_an_open_one_does_not() -> None:
    world, door, mission = door_world()
    cmap = world.resource(CollisionMap)
    assert not has_line_of_sight(cmap, 200, 148, 420, 148)
    intent = world.get(mission.player, Intent)
    intent.move_x = 1.0
    for _ in range(2 * TICK_HZ):
        step(world)
    assert world.get(mission.player, Position).x < 300
    ACTIONS["open"].run(Ctx(world, mission), parse_line("open vault"))
    assert door.open and has_line_of_sight(cmap, 200, 148, 420, 148)
    for _ in range(2 * TICK_HZ):
        step(world)
    assert world.get(mission.player, Position).x > 320


def test_interact_beside_a_door_opens_it_and_a_locked_one_stays_shut() -> None:
    world, door, mission = door_world()
    world.get(mission.player, Position).x = 280
    world.get(mission.player, Intent).interact = True
    step(world)
    assert door.open
    ACTIONS["lock"].run(Ctx(world, mission), parse_line("lock vault"))
    assert not door.open and door.locked
    for _ in range(TICK_HZ):
        step(world)
    assert not door.open
