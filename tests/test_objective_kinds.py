"""Objective kinds beyond kill and reach: hold a region, interact, survive, optional."""

from __future__ import annotations

from game.sim.components import Intent, Name, Position, Region
from game.sim.damage import deal_damage
from game.sim.mission import MissionState, ObjectiveState
from game.sim.prefabs import spawn_actor
from game.sim.step import step
from game.sim.units import TICK_HZ
from game.sim.world import World
from tests.worlds import open_world


def mission_world(*objectives: ObjectiveState) -> tuple[World, int]:
    world = open_world(640, 640)
    mission = world.resource(MissionState)
    mission.objectives = list(objectives)
    mission.player = spawn_actor(world, "mccauley", 100, 100)
    return world, mission.player


def run_seconds(world: World, seconds: float) -> None:
    for _ in range(round(seconds * TICK_HZ)):
        step(world)


def test_interact_needs_the_key_held_within_reach_for_its_time() -> None:
    world, player = mission_world(ObjectiveState("plant", "Plant", 1, "interact", "door",
                                                 hold_s=2.0))
    world.spawn(Position(300, 100), Name("door"))
    intent = world.get(player, Intent)
    intent.interact = True
    run_seconds(world, 3.0)  # held, but too far away
    mission = world.resource(MissionState)
    assert not mission.objectives[0].done
    world.get(player, Position).x = 270
    run_seconds(world, 1.5)
    assert not mission.objectives[0].done
    run_seconds(world, 0.6)
    assert mission.objectives[0].done and mission.outcome == "success"


def test_hold_resets_when_the_player_leaves_the_region() -> None:
    world, player = mission_world(ObjectiveState("hold", "Hold", 1, "hold", "roof", hold_s=2.0))
    world.spawn(Region("roof", 50, 50, 100, 100))
    run_seconds(world, 1.5)
    world.get(player, Position).x = 400
    run_seconds(world, 0.2)
    world.get(player, Position).x = 100
    run_seconds(world, 1.5)
    assert not world.resource(MissionState).objectives[0].done
    run_seconds(world, 0.6)
    assert world.resource(MissionState).objectives[0].done


def test_optional_objectives_do_not_block_success() -> None:
    world, _ = mission_world(
        ObjectiveState("wait", "Wait", 1, "survive", "", hold_s=1.0),
        ObjectiveState("extra", "Extra", 2, "kill", "nobody", optional=True),
    )
    run_seconds(world, 1.1)
    assert world.resource(MissionState).outcome == "success"


def test_kill_objective_counts_a_named_character() -> None:
    world, _ = mission_world(ObjectiveState("waingro", "Find him", 1, "kill", "Waingro"))
    victim = spawn_actor(world, "waingro", 300, 300, name="Waingro")
    run_seconds(world, 0.2)
    assert world.resource(MissionState).outcome == "running"
    deal_damage(world, victim, 0, 10_000.0)
    run_seconds(world, 0.1)
    assert world.resource(MissionState).outcome == "success"
