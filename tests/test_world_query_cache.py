"""World.query keeps its rows between calls: they must follow every add, remove, replace and
flush, never a mutation in place, and stay in ascending id order."""

from __future__ import annotations

from game.sim.components import Health, Name, Position, Velocity
from game.sim.world import World


def ids(rows: list[tuple]) -> list[int]:
    return [row[0] for row in rows]


def test_query_follows_spawn_add_remove_and_flush() -> None:
    world = World.seeded(1)
    a = world.spawn(Position(0.0, 0.0), Velocity(0.0, 0.0))
    b = world.spawn(Position(1.0, 0.0))
    assert ids(world.query(Position, Velocity)) == [a]
    world.add(b, Velocity(1.0, 0.0))
    assert ids(world.query(Position, Velocity)) == [a, b]
    world.remove(a, Velocity)
    assert ids(world.query(Position, Velocity)) == [b]
    c = world.spawn(Velocity(2.0, 0.0), Position(2.0, 0.0))
    assert ids(world.query(Position, Velocity)) == [b, c]
    world.despawn(b)
    assert ids(world.query(Position, Velocity)) == [b, c]  # gone only at the end of the tick
    world.flush_despawned()
    assert ids(world.query(Position, Velocity)) == [c]
    assert ids(world.query(Position)) == [a, c]


def test_a_replaced_component_is_the_one_returned() -> None:
    world = World.seeded(1)
    eid = world.spawn(Position(0.0, 0.0), Health(5.0, 5.0))
    first = world.query(Health)[0][1]
    world.add(eid, Health(1.0, 5.0))
    (_, now), = world.query(Health)
    assert now is not first and now.hp == 1.0


def test_mutation_in_place_is_seen_without_rebuilding() -> None:
    world = World.seeded(1)
    eid = world.spawn(Position(0.0, 0.0))
    world.query(Position)
    pos = world.get(eid, Position)
    assert pos is not None
    pos.x = 9.0
    assert world.query(Position)[0][1].x == 9.0


def test_callers_may_change_the_returned_list() -> None:
    world = World.seeded(1)
    for i in range(3):
        world.spawn(Name(f"n{i}"))
    rows = world.query(Name)
    rows.clear()
    assert ids(world.query(Name)) == [1, 2, 3]


def test_removing_what_is_absent_keeps_the_rows() -> None:
    world = World.seeded(1)
    world.spawn(Position(0.0, 0.0))
    first = world.query(Position)
    world.remove(1, Velocity)
    world.remove(7, Position)
    assert world.query(Position) == first
    assert world.versions.get(Velocity, 0) == 0
