"""The World: entity ids, component stores, queries, deferred despawn, events and independence."""

from __future__ import annotations

from game.bots.objective_bot import ObjectiveBot
from game.session import MissionSession
from game.sim.body_grid import BodyGrid
from game.sim.collision_map import CollisionMap
from game.sim.components import Body, Health, Intent, Mover, Name, Position, Velocity
from game.sim.events import DryFired, Event
from game.sim.state_hash import state_hash
from game.sim.step import step
from game.sim.world import OUTBOX_LIMIT, World


def test_spawn_hands_out_ascending_ids_and_stores_components() -> None:
    world = World.seeded(1)
    first = world.spawn(Position(1.0, 2.0), Name("a"))
    second = world.spawn(Position(3.0, 4.0))
    assert (first, second) == (1, 2)
    assert world.get(first, Name) == Name("a")
    assert world.get(second, Name) is None
    pos = world.get(second, Position)
    assert pos is not None and (pos.x, pos.y) == (3.0, 4.0)


def test_add_and_remove_change_one_component_only() -> None:
    world = World.seeded(1)
    eid = world.spawn(Position(0.0, 0.0))
    world.add(eid, Health(10.0, 10.0))
    assert world.has(eid, Health) and world.has(eid, Position)
    world.remove(eid, Health)
    assert not world.has(eid, Health)
    assert world.has(eid, Position)
    world.remove(eid, Velocity)  # removing what is not there is harmless
    assert world.alive(eid)


def test_query_yields_matching_entities_in_ascending_id_order() -> None:
    world = World.seeded(1)
    ids = [world.spawn(Position(float(i), 0.0)) for i in range(6)]
    # Attach the second component in reverse order so store insertion order is descending.
    for eid in reversed(ids):
        if eid % 2 == 0:
            world.add(eid, Velocity(float(eid), 0.0))
    rows = list(world.query(Position, Velocity))
    assert [row[0] for row in rows] == [2, 4, 6]
    assert all(vel.vx == float(eid) for eid, _, vel in rows)
    assert [eid for eid, _ in world.query(Position)] == ids


def test_query_rows_survive_components_changing_underneath() -> None:
    world = World.seeded(1)
    for i in range(5):
        world.spawn(Position(float(i), 0.0), Health(1.0, 1.0))
    seen = []
    for eid, _, _ in world.query(Position, Health):
        seen.append(eid)
        world.remove(eid, Health)  # a system killing as it goes
        world.add(eid, Name(f"corpse {eid}"))
    assert seen == [1, 2, 3, 4, 5]
    assert list(world.query(Position, Health)) == []
    assert len(list(world.query(Name))) == 5


def test_query_of_a_kind_never_stored_is_empty() -> None:
    world = World.seeded(1)
    world.spawn(Position(0.0, 0.0))
    assert list(world.query(Position, Body)) == []


def test_despawn_is_deferred_until_flush() -> None:
    world = World.seeded(1)
    keep = world.spawn(Position(0.0, 0.0), Name("keep"))
    doomed = world.spawn(Position(5.0, 5.0), Name("doomed"))
    world.despawn(doomed)
    # Systems still iterating this tick see the entity's components...
    assert world.get(doomed, Name) == Name("doomed")
    assert [eid for eid, _ in world.query(Name)] == [keep, doomed]
    # ...but it already counts as gone.
    assert not world.alive(doomed)
    world.flush_despawned()
    assert world.get(doomed, Name) is None
    assert world.get(doomed, Position) is None
    assert [eid for eid, _ in world.query(Name)] == [keep]
    assert world.alive(keep)


def test_ids_are_not_reused_after_despawn() -> None:
    world = World.seeded(1)
    eid = world.spawn(Position(0.0, 0.0))
    world.despawn(eid)
    world.flush_despawned()
    assert world.spawn(Position(0.0, 0.0)) == eid + 1


def test_take_outbox_drains_once() -> None:
    world = World.seeded(1)
    world.emit(DryFired(0, 1))
    world.emit(DryFired(0, 2))
    assert world.take_outbox() == [DryFired(0, 1), DryFired(0, 2)]
    assert world.take_outbox() == []
    world.emit(DryFired(1, 3))
    assert world.take_outbox() == [DryFired(1, 3)]


def test_outbox_is_bounded_and_keeps_the_newest_events() -> None:
    world = World.seeded(1)
    total = OUTBOX_LIMIT + 500
    for i in range(total):
        world.emit(Event(i))
    taken = world.take_outbox()
    assert len(taken) == OUTBOX_LIMIT
    assert taken[0] == Event(total - OUTBOX_LIMIT)
    assert taken[-1] == Event(total - 1)


def test_resources_are_keyed_by_type() -> None:
    world = World.seeded(1)
    world.set_resource(Name("level"))
    world.set_resource(Name("replaced"))
    assert world.resource(Name) == Name("replaced")


def test_two_worlds_do_not_share_entities_events_or_rng() -> None:
    a, b = World.seeded(7), World.seeded(7)
    a.spawn(Position(0.0, 0.0))
    a.spawn(Position(0.0, 0.0))
    a.emit(DryFired(0, 1))
    a.rng.random()
    assert b.spawn(Position(0.0, 0.0)) == 1
    assert b.take_outbox() == []
    assert list(b.query(Position)) == [(1, Position(0.0, 0.0))]
    fresh = World.seeded(7)
    fresh.rng.random()
    assert a.rng.random() == fresh.rng.random()


def test_worlds_with_the_same_seed_draw_the_same_numbers() -> None:
    # The plain constructor must be as deterministic as World.seeded: the seed is the seed.
    a, b = World(seed=3), World(seed=3)
    assert [a.rng.random() for _ in range(3)] == [b.rng.random() for _ in range(3)]
    assert state_hash(a) == state_hash(b)


def test_a_world_without_mission_rules_can_be_stepped() -> None:
    # The smallest moving world: collision resources and one walking body, no mission at all
    # (a bench scene, an attract-mode backdrop, a unit test).
    world = World.seeded(1)
    world.set_resource(CollisionMap.build(320.0, 320.0, 32.0, []))
    world.set_resource(BodyGrid())
    eid = world.spawn(Position(100.0, 100.0), Velocity(), Body(10.0), Mover(160.0, 1600.0),
                      Intent(move_x=1.0))
    for _ in range(30):
        step(world)
    pos = world.get(eid, Position)
    assert pos is not None and pos.x > 150.0
    assert world.tick == 30


def _bot_run(session: MissionSession, bot: ObjectiveBot) -> None:
    bot.think(session.world)
    session.step()


def test_interleaved_missions_in_one_process_match_solo_runs() -> None:
    solo, solo_bot = MissionSession.start("sandbox", seed=4), ObjectiveBot()
    for _ in range(300):
        _bot_run(solo, solo_bot)
    a, a_bot = MissionSession.start("sandbox", seed=4), ObjectiveBot()
    b, b_bot = MissionSession.start("sandbox", seed=9), ObjectiveBot()
    for _ in range(300):
        _bot_run(a, a_bot)
        _bot_run(b, b_bot)
        _bot_run(b, b_bot)
    assert a.mission.shots_fired > 0  # the bot used the RNG (aim spread) along the way
    assert state_hash(a.world) == state_hash(solo.world)
    assert (a.world.tick, b.world.tick) == (300, 600)
