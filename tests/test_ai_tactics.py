"""Tactics: cover that works by material, taking it, flanking, never firing through a friend,
fleeing civilians, surrender, falling back when hurt, bounding and suppressing fire."""

from __future__ import annotations

import math

from game.sim.ai.cover_choice import cover_spot
from game.sim.ai.flanking import flank_angle
from game.sim.ai.resources import cover_index
from game.sim.ballistics import share_through
from game.sim.collision_map import CollisionMap, Solid
from game.sim.components import Health, Surrendered, Weapon
from game.sim.events import ActorDamaged, ActorSurrendered, Event, ShotFired
from game.sim.world import World
from tests.ai_worlds import (
    TILE,
    ai_actor,
    at_tile,
    awareness,
    brain,
    intent_of,
    position,
    puppet,
    run_until,
)
from tests.worlds import open_world, run

CAR = [Solid(14 * TILE, 5 * TILE, TILE, 3 * TILE, "car_body", blocks_sight=False),
       Solid(14 * TILE, 8 * TILE, TILE, 2 * TILE, "engine_block", blocks_sight=False)]
"""A car parked north-south: the body at rows 5-7, the engine block at rows 8-9."""


def _shoot_at(world: World, shooter: int, target: int, seconds: float) -> list[Event]:
    """The shooter holds the trigger on the target, reloading when empty."""
    intent = intent_of(world, shooter)
    weapon = world.get(shooter, Weapon)
    assert weapon is not None

    def aim() -> None:
        pos = position(world, target)
        intent.aim_x, intent.aim_y = pos.x, pos.y
        intent.fire, intent.reload = True, weapon.ammo == 0

    _, events = run_until(world, lambda: False, seconds, aim)
    intent.fire = False
    return events


def _hits_on(events: list[Event], victim: int) -> list[ActorDamaged]:
    return [e for e in events if isinstance(e, ActorDamaged) and e.victim == victim]


def test_a_cop_behind_the_engine_block_survives_the_open_side_and_is_hit_from_the_flank() -> None:
    world = open_world(30 * TILE, 16 * TILE, CAR)
    cop = puppet(world, "lapd", (15, 9), 180.0)  # crouched behind the engine block
    front = puppet(world, "crew", (4, 9), weapon="rifle")
    events = _shoot_at(world, front, cop, 3.0)
    assert sum(isinstance(e, ShotFired) for e in events) > 20
    assert not _hits_on(events, cop)
    health = world.get(cop, Health)
    assert health is not None and health.hp == health.max_hp
    position(world, front).x, position(world, front).y = at_tile(24, 3)  # round the flank
    assert _hits_on(_shoot_at(world, front, cop, 2.0), cop)


def test_a_car_door_is_poor_cover() -> None:
    world = open_world(30 * TILE, 16 * TILE, CAR)
    cop = puppet(world, "lapd", (15, 6), 180.0)  # behind the body, not the engine
    front = puppet(world, "crew", (4, 6), weapon="rifle")
    assert _hits_on(_shoot_at(world, front, cop, 3.0), cop)


def test_a_cop_under_fire_takes_cover_behind_the_engine_block() -> None:
    world = open_world(30 * TILE, 16 * TILE, CAR)
    cop = ai_actor(world, "lapd", (19, 9), 180.0)
    shooter = puppet(world, "crew", (4, 9), weapon="pistol")
    _shoot_at(world, shooter, cop, 0.3)  # a couple of rounds: the cop knows where they came from
    taken, _ = run_until(world, lambda: brain(world, cop).cover >= 0 and math.dist(
        cover_spot(world, brain(world, cop).cover),
        (position(world, cop).x, position(world, cop).y)) < 12.0, 6.0)
    assert taken
    point = cover_index(world).points[brain(world, cop).cover]
    assert point.material == "engine_block"
    cmap = world.resource(CollisionMap)
    assert share_through(cmap, *at_tile(4, 9), point.x, point.y) == 0.0


def test_a_flanker_reaches_a_flank_position() -> None:
    low_wall = [Solid(20 * TILE, 6 * TILE, TILE, 5 * TILE, "engine_block", blocks_sight=False)]
    world = open_world(40 * TILE, 24 * TILE, low_wall)
    crook = puppet(world, "mccauley", (21, 8), 180.0)  # behind low cover, seen but covered
    squad = [ai_actor(world, "lapd", (6, ty)) for ty in (6, 8, 10)]
    flanker = squad[-1]
    threat = (position(world, crook).x, position(world, crook).y)
    front = at_tile(6, 7)
    flanked, _ = run_until(world, lambda: brain(world, flanker).mode == "flanking", 15.0)
    assert flanked and brain(world, flanker).role == "flanker"
    spot = (position(world, flanker).x, position(world, flanker).y)
    assert flank_angle(threat, front, spot) > math.radians(60)
    assert share_through(world.resource(CollisionMap), *spot, *threat) > 0.8
    assert all(brain(world, m).role == "rifleman" for m in squad[:-1])


def test_a_crew_member_never_shoots_through_the_player() -> None:
    world = open_world(30 * TILE, 16 * TILE)
    crewman = ai_actor(world, "crew", (4, 8), weapon="rifle")
    player = puppet(world, "mccauley", (8, 8))  # right in the line of fire
    cop = puppet(world, "lapd", (18, 8), 180.0)
    health = world.get(cop, Health)
    assert health is not None
    health.hp = health.max_hp = 10_000.0  # keeps standing: the test is about the line
    _, events = run_until(world, lambda: False, 8.0)
    assert not _hits_on(events, player)
    assert _hits_on(events, cop), "the crew member never found a clear line"
    assert any(isinstance(e, ShotFired) and e.shooter == crewman for e in events)


def test_a_panicked_civilian_runs_away_from_the_shooter() -> None:
    world = open_world(40 * TILE, 24 * TILE)
    civilian = ai_actor(world, "civilian", (14, 12), 90.0, behaviour="wander")
    shooter = puppet(world, "crew", (10, 12), weapon="pistol")
    start = math.dist(at_tile(14, 12), at_tile(10, 12))
    intent = intent_of(world, shooter)
    intent.aim_x, intent.aim_y = at_tile(10, 0)  # shots into the air

    def pull() -> None:
        intent.fire = world.tick % 20 < 10

    run_until(world, lambda: False, 5.0, pull)
    assert brain(world, civilian).mode == "flee"
    now = math.dist((position(world, civilian).x, position(world, civilian).y),
                    (position(world, shooter).x, position(world, shooter).y))
    assert now > start + 6 * TILE


def test_a_civilian_at_gunpoint_puts_its_hands_up() -> None:
    world = open_world(30 * TILE, 16 * TILE)
    teller = ai_actor(world, "civilian", (10, 8), 0.0, behaviour="idle")
    puppet(world, "mccauley", (13, 8), 180.0, weapon="rifle")
    gave_up, events = run_until(world, lambda: world.has(teller, Surrendered), 4.0)
    assert gave_up and brain(world, teller).mode == "surrendered"
    assert [e.actor for e in events if isinstance(e, ActorSurrendered)] == [teller]
    start = (position(world, teller).x, position(world, teller).y)
    run(world, 120)
    assert (position(world, teller).x, position(world, teller).y) == start  # stays put


def test_a_guard_caught_at_gunpoint_surrenders_and_drops_the_gun() -> None:
    world = open_world(30 * TILE, 16 * TILE)
    guard = ai_actor(world, "guard", (10, 8), 0.0, behaviour="guard")
    robber = puppet(world, "mccauley", (14, 8), 180.0, weapon="rifle")  # 4 m, gun on him
    health = world.get(robber, Health)
    assert health is not None
    health.hp = health.max_hp = 10_000.0
    gave_up, events = run_until(world, lambda: world.has(guard, Surrendered), 6.0)
    assert gave_up and not world.has(guard, Weapon)
    assert [e.actor for e in events if isinstance(e, ActorSurrendered)] == [guard]
    assert brain(world, guard).mode == "surrendered"
    shots = [e for e in run(world, 120) if isinstance(e, ShotFired) and e.shooter == guard]
    assert not shots


def test_a_hurt_cop_falls_back_to_cover_further_away() -> None:
    blocks = [Solid(24 * TILE, 5 * TILE, TILE, 6 * TILE, "concrete")]
    world = open_world(40 * TILE, 16 * TILE, blocks)
    cop = ai_actor(world, "lapd", (16, 8), 180.0)
    shooter = puppet(world, "mccauley", (6, 8), weapon="pistol")
    health = world.get(cop, Health)
    assert health is not None
    health.hp = 0.2 * health.max_hp
    start = math.dist(at_tile(16, 8), at_tile(6, 8))
    intent = intent_of(world, shooter)
    intent.aim_x, intent.aim_y, intent.fire = *at_tile(6, 0), True  # a warning shot
    retreated, _ = run_until(world, lambda: brain(world, cop).mode == "retreat", 3.0)
    intent.fire = False
    assert retreated
    run(world, 240)
    now = math.dist((position(world, cop).x, position(world, cop).y), at_tile(6, 8))
    assert now > start + 3 * TILE
    assert awareness(world, cop).state == "combat"


def test_a_cop_suppresses_the_spot_where_the_enemy_went_out_of_sight() -> None:
    block = [Solid(20 * TILE, 2 * TILE, 2 * TILE, 4 * TILE, "concrete")]
    world = open_world(30 * TILE, 16 * TILE, block)
    cop = ai_actor(world, "lapd", (6, 8), weapon="rifle")
    crook = puppet(world, "mccauley", (20, 8), 180.0)
    health = world.get(crook, Health)
    assert health is not None
    health.hp = health.max_hp = 10_000.0
    fought, _ = run_until(world, lambda: awareness(world, cop).state == "combat", 4.0)
    assert fought
    position(world, crook).x, position(world, crook).y = at_tile(21, 1)  # behind the block
    blind_shots = 0
    for _ in range(240):
        events = run(world, 1)
        if not awareness(world, cop).seen:
            blind_shots += sum(isinstance(e, ShotFired) and e.shooter == cop for e in events)
    assert blind_shots > 0


def test_a_squad_advances_in_bounds_with_at_most_half_moving_at_once() -> None:
    crook_cover = [Solid(9 * TILE, 7 * TILE, TILE, 7 * TILE, "engine_block", False)]
    barriers = [Solid(col * TILE, row * TILE, TILE, 2 * TILE, "concrete", False)
                for col in (16, 22) for row in (4, 8, 12, 16)]
    world = open_world(46 * TILE, 22 * TILE, crook_cover + barriers)
    crook = puppet(world, "mccauley", (10, 10), 0.0)  # seen over its low cover, never hit
    squad = [ai_actor(world, "lapd", (31, row), 180.0) for row in (6, 9, 12, 15)]
    target = at_tile(10, 10)

    def mean_distance() -> float:
        return sum(math.dist((position(world, m).x, position(world, m).y), target)
                   for m in squad) / len(squad)

    start = mean_distance()
    most_bounding, advanced = 0, set()
    for _ in range(15 * 60):
        run(world, 1)
        bounding = [m for m in squad if brain(world, m).bounding]
        most_bounding = max(most_bounding, len(bounding))
        advanced.update(m for m in squad if brain(world, m).mode == "advance")
    assert world.get(crook, Health) is not None
    assert advanced, "nobody moved up"
    assert most_bounding <= len(squad) // 2
    assert mean_distance() < start - 4 * TILE
