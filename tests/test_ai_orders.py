"""Orders to the crew: follow in a formation (not a conga line), hold here, go there, cover me."""

from __future__ import annotations

import math
import statistics

import pytest

from game.sim.ai.orders import give_order
from game.sim.ai.resources import cover_index
from game.sim.collision_map import Solid
from game.sim.components import SquadOrder
from game.sim.events import OrderGiven
from game.sim.world import World
from tests.ai_worlds import TILE, ai_actor, at_tile, brain, intent_of, position, puppet
from tests.worlds import open_world, run


def _crew(world: World, count: int = 3) -> tuple[int, list[int]]:
    player = puppet(world, "mccauley", (6, 12))
    world.add(player, SquadOrder())
    crew = [ai_actor(world, "crew", (3, 10 + 2 * i), behaviour="follow", leader=player)
            for i in range(count)]
    return player, crew


def _walk(world: World, player: int, dx: float, dy: float, seconds: float) -> None:
    intent = intent_of(world, player)
    intent.move_x, intent.move_y = dx, dy
    pos = position(world, player)
    intent.aim_x, intent.aim_y = pos.x + dx * 1000.0, pos.y + dy * 1000.0
    run(world, round(seconds * 60))
    intent.move_x = intent.move_y = 0.0


def test_followers_keep_a_wedge_beside_and_behind_the_leader_not_a_line() -> None:
    world = open_world(60 * TILE, 24 * TILE)
    player, crew = _crew(world)
    _walk(world, player, 1.0, 0.0, 6.0)  # east along y = 12
    lead = position(world, player)
    run(world, 30)
    offsets = [(position(world, c).x - lead.x, position(world, c).y - lead.y) for c in crew]
    assert all(math.hypot(dx, dy) < 6 * TILE for dx, dy in offsets), offsets
    assert all(dx < 0 for dx, _ in offsets)  # behind the leader ...
    sideways = sorted(dy for _, dy in offsets)
    assert sideways[0] < -TILE and sideways[-1] > TILE  # ... on both sides of its track
    assert statistics.pstdev(dy for _, dy in offsets) > TILE


def test_hold_keeps_the_crew_where_they_stand() -> None:
    world = open_world(60 * TILE, 24 * TILE)
    player, crew = _crew(world)
    _walk(world, player, 1.0, 0.0, 2.0)
    run(world, 60)
    give_order(world, player, "hold")
    run(world, 30)
    spots = [(position(world, c).x, position(world, c).y) for c in crew]
    _walk(world, player, 1.0, 0.0, 4.0)
    for c, spot in zip(crew, spots, strict=True):
        assert math.dist((position(world, c).x, position(world, c).y), spot) < TILE
        assert brain(world, c).mode == "hold"


def test_go_there_sends_the_crew_to_the_point_and_they_stay() -> None:
    world = open_world(60 * TILE, 24 * TILE)
    player, crew = _crew(world)
    goal = at_tile(30, 6)
    give_order(world, player, "goto", *goal)
    events = world.take_outbox()
    assert [(e.order, e.x, e.y) for e in events if isinstance(e, OrderGiven)] == \
        [("goto", *goal)]
    run(world, 8 * 60)
    for c in crew:
        assert math.dist((position(world, c).x, position(world, c).y), goal) < 3 * TILE
    spots = [(position(world, c).x, position(world, c).y) for c in crew]
    assert len({(round(x), round(y)) for x, y in spots}) == len(crew)  # each its own place
    give_order(world, player, "follow")
    run(world, 8 * 60)
    for c in crew:
        assert math.dist((position(world, c).x, position(world, c).y),
                         (position(world, player).x, position(world, player).y)) < 6 * TILE


def test_cover_me_puts_the_crew_in_cover_near_the_leader_facing_where_it_aims() -> None:
    barriers = [Solid(10 * TILE, 8 * TILE, TILE, 3 * TILE, "concrete"),
                Solid(10 * TILE, 13 * TILE, TILE, 3 * TILE, "concrete")]
    world = open_world(40 * TILE, 24 * TILE, barriers)
    player, crew = _crew(world, 2)
    intent = intent_of(world, player)
    intent.aim_x, intent.aim_y = at_tile(30, 12)  # the leader looks east
    give_order(world, player, "cover")
    run(world, 5 * 60)
    points = cover_index(world).points
    for c in crew:
        b = brain(world, c)
        assert b.mode == "cover me" and b.cover >= 0
        point = points[b.cover]
        assert point.dir_x > 0.5  # the barrier is between it and where the leader aims
        assert math.dist((position(world, c).x, position(world, c).y),
                         (point.x, point.y)) < 12.0


def test_unknown_orders_are_refused() -> None:
    world = open_world(10 * TILE, 10 * TILE)
    with pytest.raises(ValueError, match="unknown order"):
        give_order(world, 1, "dance")
