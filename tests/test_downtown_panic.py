"""Civilians who panic: those a trigger brings in carry a panic style like those placed at the
start, and a freeze-style civilian freezes only when caught in the line of fire between the
crew and the police (anywhere else it ducks), stays frozen while it is in the line, and the
police hold their fire while it stands there."""

from __future__ import annotations

import math

from game.bots.objective_bot import ObjectiveBot
from game.missions import bot_for
from game.session import MissionSession
from game.sim.ai.panic_line import LINE_REACH_PX, caught_in_line, lines_of_fire
from game.sim.ai.panic_state import Panic, settle_style
from game.sim.ballistics import share_through
from game.sim.collision_map import CollisionMap, Solid
from game.sim.components import Awareness, Faction, Name, Weapon
from game.sim.events import ShotFired
from game.sim.mission import MissionState
from game.sim.mission.components import Group
from game.sim.mission.doings import spawn_group
from game.sim.mission.state import SpawnSpec
from tests.ai_worlds import (
    TILE,
    ai_actor,
    at_tile,
    brain,
    intent_of,
    need,
    position,
    puppet,
    run_until,
)
from tests.worlds import open_world

CAR = [Solid(14 * TILE, 11 * TILE, 3 * TILE, 2 * TILE, "car_body", blocks_sight=False),
       Solid(17 * TILE, 11 * TILE, TILE, 2 * TILE, "engine_block", blocks_sight=False)]
"""A car parked east-west south of the line the tests shoot along (row 8)."""


def _crowd(*styles: str) -> list[SpawnSpec]:
    return [SpawnSpec("character", "civilian", (5 + 2 * i) * TILE, 5 * TILE, 0.0,
                      f"walker-{i}", "civilian", "none", "wander", panic=style)
            for i, style in enumerate(styles)]


def test_civilians_a_spawn_group_brings_in_carry_the_panic_style_they_were_given() -> None:
    world = open_world(30 * TILE, 10 * TILE, seed=7)
    mission = world.resource(MissionState)
    mission.spawn_groups["crowd"] = _crowd("freeze", "duck", "flee", "random")
    frozen, ducker, runner, drawn = spawn_group(world, mission, "crowd")
    assert need(world, frozen, Panic).style == "freeze"
    assert need(world, ducker, Panic).style == "duck"
    assert world.get(runner, Panic) is None  # plain fleeing, as for the placed ones
    expected = settle_style(world.seed, drawn, "random")
    assert world.get(drawn, Panic) == expected  # settled from the seed, like at the start


def test_the_downtown_shoppers_come_out_with_a_panic_style_settled_from_the_seed() -> None:
    session = MissionSession.start("downtown", "lapd", 0)
    world, mission = session.world, session.mission
    assert {spec.panic for spec in mission.spawn_groups["shoppers"]} == {"random"}
    bot = bot_for(mission.package) or ObjectiveBot()
    shoppers: list[int] = []
    while not shoppers and world.tick < 1200:
        bot.think(world)
        session.step()
        world.take_outbox()
        shoppers = [eid for eid, group in world.store(Group).items()
                    if group.name == "shoppers"]
    assert len(shoppers) == 3, "the street phase should bring the shoppers out of the market"
    for eid in shoppers:
        assert world.get(eid, Panic) == settle_style(world.seed, eid, "random")
    styled = 0
    for seed in range(4):  # flee adds no component: some seed must give one a livelier style
        other = MissionSession.start("downtown", "crew", seed)
        spawned = spawn_group(other.world, other.mission, "shoppers")
        styled += sum(other.world.get(eid, Panic) is not None for eid in spawned)
    assert styled >= 1


def _firing_puppets(world) -> tuple[int, int]:
    """A robber at (5, 8) and an officer at (20, 8), face to face along row 8."""
    cop = puppet(world, "lapd", (20, 8), 180.0)
    robber = puppet(world, "crew", (5, 8), weapon="pistol")
    return robber, cop


def test_the_line_of_fire_runs_from_a_shooter_to_where_it_aims_and_is_a_metre_and_a_half_wide(
) -> None:
    world = open_world(30 * TILE, 16 * TILE)
    robber, _ = _firing_puppets(world)
    bystanders = {where: ai_actor(world, "civilian", where, behaviour="idle")
                  for where in ((12, 9), (12, 9.6), (3, 8), (23, 8))}
    assert not lines_of_fire(world)  # nobody has fired, nobody fights: no line
    intent = intent_of(world, robber)
    intent.aim_x, intent.aim_y = at_tile(20, 8)
    need(world, robber, Weapon).last_shot_s = world.time_s
    assert LINE_REACH_PX == 48.0  # 1.5 m
    assert caught_in_line(world, bystanders[(12, 9)])  # a metre off the line
    assert not caught_in_line(world, bystanders[(12, 9.6)])  # 1.6 m off
    assert not caught_in_line(world, bystanders[(3, 8)])  # behind the shooter
    assert not caught_in_line(world, bystanders[(23, 8)])  # past the one shot at
    need(world, robber, Weapon).last_shot_s = world.time_s - 5.0
    assert not caught_in_line(world, bystanders[(12, 9)])  # the shooting stopped


def test_an_officer_in_a_fight_has_a_line_to_the_robber_he_sees_even_while_holding_fire(
) -> None:
    world = open_world(30 * TILE, 16 * TILE)
    robber = puppet(world, "crew", (5, 8), weapon="pistol")
    cop = ai_actor(world, "lapd", (20, 8), 180.0, weapon="rifle")
    between = ai_actor(world, "civilian", (12, 8), behaviour="idle")
    aware = need(world, cop, Awareness)
    aware.state, aware.target, aware.seen = "combat", robber, True
    assert caught_in_line(world, between)
    aware.seen = False  # lost sight of him: no line any more
    assert not caught_in_line(world, between)
    world.add(robber, Faction("civilian"))  # and never a line to someone not an enemy
    aware.seen = True
    assert not caught_in_line(world, between)


def test_a_freeze_style_civilian_caught_in_the_line_stays_frozen_while_it_is_live() -> None:
    world = open_world(40 * TILE, 16 * TILE, CAR)
    frozen = ai_actor(world, "civilian", (12, 9), behaviour="idle")
    world.add(frozen, Panic("freeze", freeze_s=3.0))
    robber, _ = _firing_puppets(world)
    intent = intent_of(world, robber)

    def fire_at_the_cop() -> None:
        intent.aim_x, intent.aim_y = at_tile(20, 8)
        intent.fire = world.tick % 30 < 5

    froze, _ = run_until(world, lambda: need(world, frozen, Panic).posture == "hands_up", 3.0,
                         fire_at_the_cop)
    assert froze, f"it should freeze in the line (mode {brain(world, frozen).mode})"
    start = (position(world, frozen).x, position(world, frozen).y)
    run_until(world, lambda: False, 6.0, fire_at_the_cop)  # twice its freeze_s
    assert brain(world, frozen).mode == "freeze", "still in the line: still frozen"
    assert math.dist(start, (position(world, frozen).x, position(world, frozen).y)) < 4.0
    intent.fire = False
    thawed, _ = run_until(world, lambda: brain(world, frozen).mode == "flee", 6.0)
    assert thawed and need(world, frozen, Panic).posture == "", "the line went quiet: it runs"


def test_a_freeze_style_civilian_out_of_the_line_ducks_behind_the_car_instead() -> None:
    world = open_world(40 * TILE, 16 * TILE, CAR)
    civilian = ai_actor(world, "civilian", (15, 10), behaviour="idle")  # 2 m off the line
    world.add(civilian, Panic("freeze", freeze_s=3.0))
    robber, _ = _firing_puppets(world)
    intent = intent_of(world, robber)
    postures: set[str] = set()

    def fire_at_the_cop() -> None:
        intent.aim_x, intent.aim_y = at_tile(20, 8)
        intent.fire = world.tick % 30 < 5
        postures.add(need(world, civilian, Panic).posture)

    ducked, _ = run_until(world, lambda: need(world, civilian, Panic).posture == "crouch", 6.0,
                          fire_at_the_cop)
    assert ducked, f"it should duck (mode {brain(world, civilian).mode})"
    assert "hands_up" not in postures
    spot = position(world, civilian)
    assert share_through(world.resource(CollisionMap), *at_tile(5, 8), spot.x, spot.y) <= 0.2
    assert spot.y > 10 * TILE, "behind the car, out of the line"


def test_the_police_hold_fire_while_a_frozen_civilian_stands_in_the_line() -> None:
    world = open_world(40 * TILE, 16 * TILE)
    robber = puppet(world, "crew", (5, 8), weapon="pistol")
    cop = ai_actor(world, "lapd", (20, 8), 180.0, weapon="rifle")
    frozen = ai_actor(world, "civilian", (12, 8), behaviour="idle")
    world.add(frozen, Panic("freeze", freeze_s=30.0))
    world.add(frozen, Name("bystander"))

    def cop_shots(events) -> int:
        return sum(isinstance(e, ShotFired) and e.shooter == cop for e in events)

    saw, _ = run_until(world, lambda: need(world, cop, Awareness).state == "combat", 3.0)
    assert saw, "the officer should see the robber and fight"
    need(world, frozen, Panic).posture = "hands_up"
    brain(world, frozen).mode = "freeze"
    need(world, frozen, Panic).until_s = world.time_s + 30.0
    _, events = run_until(world, lambda: False, 3.0)
    assert caught_in_line(world, frozen)
    assert brain(world, frozen).mode == "freeze"
    assert cop_shots(events) == 0, "a civilian in the line: the officer must hold fire"
    here = position(world, frozen)
    here.x, here.y = at_tile(12, 14)  # the civilian is pulled clear
    _, events = run_until(world, lambda: False, 3.0)
    assert cop_shots(events) > 0, "with the line clear the officer fires"
    assert need(world, robber, Faction).side == "crew"
