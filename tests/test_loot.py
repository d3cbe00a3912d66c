"""Loot: picked up with Interact, carried, slows its carrier by its weight, dropped with Drop
or when the carrier goes down, and counted as the take."""

from __future__ import annotations

from game.sim.components import Intent, Mover, Name, PlayerControlled, Position
from game.sim.damage import deal_damage
from game.sim.events import LootDropped, LootTaken
from game.sim.mission import MissionState
from game.sim.mission.components import Loot
from game.sim.prefabs import spawn_actor
from game.sim.step import step
from tests.worlds import open_world


def loot_world(weight_kg: float) -> tuple:
    world = open_world(640, 640)
    mission = world.resource(MissionState)
    mission.player = spawn_actor(world, "mccauley", 100, 100)
    world.add(mission.player, PlayerControlled())
    bag = world.spawn(Position(110, 100), Name("bag"), Loot("bag", 500_000, weight_kg, "bags"))
    return world, mission, bag


def test_holding_interact_over_loot_picks_it_up_and_it_slows_the_carrier() -> None:
    world, mission, bag = loot_world(40.0)
    speed = world.get(mission.player, Mover).max_speed
    step(world)
    assert world.get(bag, Loot).carrier == 0  # walking over it is not enough for the player
    world.get(mission.player, Intent).interact = True
    step(world)
    assert world.get(bag, Loot).carrier == mission.player
    assert any(isinstance(e, LootTaken) for e in world.events)
    assert mission.take == 500_000
    assert world.get(mission.player, Mover).max_speed < speed * 0.6
    intent = world.get(mission.player, Intent)
    intent.interact, intent.move_x = False, 1.0
    for _ in range(30):
        step(world)
    here = world.get(mission.player, Position)
    assert world.get(bag, Position).x == here.x  # it goes where its carrier goes
    intent.drop = True
    step(world)
    assert world.get(bag, Loot).carrier == 0 and mission.take == 0
    assert any(isinstance(e, LootDropped) for e in world.events)
    step(world)
    assert world.get(mission.player, Mover).max_speed == speed


def test_a_carrier_who_goes_down_drops_the_loot() -> None:
    world, mission, bag = loot_world(5.0)
    world.get(mission.player, Intent).interact = True
    step(world)
    deal_damage(world, mission.player, 0, 10_000.0)
    step(world)
    assert world.get(bag, Loot).carrier == 0
