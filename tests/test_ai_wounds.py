"""Wounds: named characters go down before dying, can be dragged (pistol only), and bleed out."""

from __future__ import annotations

import math

from game.session import MissionSession
from game.sim.components import (
    Dead,
    Downable,
    Downed,
    Dragging,
    Intent,
    Mover,
    Position,
    Velocity,
    Weapon,
)
from game.sim.damage import BLEED_OUT_S, deal_damage
from game.sim.events import ActorDowned, ActorKilled, DragEnded, DragStarted, ShotFired
from game.sim.prefabs import spawn_actor
from game.sim.units import TICK_HZ
from game.sim.world import World
from tests.worlds import open_world, run


def _named(world: World, x: float, y: float, role: str = "crew") -> int:
    eid = spawn_actor(world, role, x, y)
    world.add(eid, Downable())
    return eid


def test_a_named_character_goes_down_and_an_extra_goes_straight_to_death() -> None:
    world = open_world(640.0, 320.0)
    named, extra = _named(world, 100.0, 100.0), spawn_actor(world, "crew", 200.0, 100.0)
    deal_damage(world, named, 0, 120.0)  # 100 hp: 20 past zero
    deal_damage(world, extra, 0, 120.0)
    events = world.take_outbox()
    assert world.has(named, Downed) and not world.has(named, Dead)
    assert world.has(extra, Dead)
    assert [e.victim for e in events if isinstance(e, ActorDowned)] == [named]
    intent = world.get(named, Intent)
    assert intent is not None
    intent.move_x, intent.fire = 1.0, True  # a downed character neither crawls nor shoots
    before = world.get(named, Position)
    assert before is not None
    x0 = before.x
    assert not any(isinstance(e, ShotFired) for e in run(world, 30))
    assert before.x == x0


def test_overkill_and_a_second_wound_kill_a_named_character() -> None:
    world = open_world(640.0, 320.0)
    blown = _named(world, 100.0, 100.0)
    deal_damage(world, blown, 0, 500.0)
    assert world.has(blown, Dead)
    finished = _named(world, 200.0, 100.0)
    deal_damage(world, finished, 0, 110.0)
    assert world.has(finished, Downed)
    deal_damage(world, finished, 0, 5.0)
    assert world.has(finished, Dead) and not world.has(finished, Downed)


def test_left_alone_the_downed_bleed_out() -> None:
    world = open_world(640.0, 320.0)
    eid = _named(world, 100.0, 100.0)
    deal_damage(world, eid, 0, 110.0)
    run(world, round((BLEED_OUT_S - 1.0) * TICK_HZ))
    assert world.has(eid, Downed)
    events = run(world, 2 * TICK_HZ)
    assert world.has(eid, Dead)
    assert [e.victim for e in events if isinstance(e, ActorKilled)] == [eid]


def test_holding_interact_drags_a_downed_friend_with_a_pistol_drawn() -> None:
    world = open_world(960.0, 320.0)
    dragger = spawn_actor(world, "crew", 100.0, 160.0, weapon="rifle")
    friend = _named(world, 120.0, 160.0)
    deal_damage(world, friend, 0, 110.0)
    intent, mover = world.get(dragger, Intent), world.get(dragger, Mover)
    assert intent is not None and mover is not None
    full_speed = mover.max_speed
    intent.interact = True
    events = run(world, 1)
    assert [(e.dragger, e.body) for e in events if isinstance(e, DragStarted)] == \
        [(dragger, friend)]
    weapon = world.get(dragger, Weapon)
    assert weapon is not None and weapon.kind == "pistol"  # pistol only while dragging
    intent.move_x, intent.aim_x, intent.aim_y = 1.0, 900.0, 160.0
    run(world, 2 * TICK_HZ)
    me, body = world.get(dragger, Position), world.get(friend, Position)
    assert me is not None and body is not None
    assert me.x > 200.0 and math.hypot(me.x - body.x, me.y - body.y) < 30.0
    vel = world.get(dragger, Velocity)
    assert vel is not None and vel.vx <= 0.5 * full_speed + 1e-6  # slow while hauling
    intent.interact, intent.move_x = False, 0.0
    events = run(world, 1)
    assert any(isinstance(e, DragEnded) for e in events)
    weapon = world.get(dragger, Weapon)
    assert weapon is not None and weapon.kind == "rifle"
    assert mover.max_speed == full_speed and not world.has(dragger, Dragging)


def test_enemies_and_the_dead_cannot_be_dragged() -> None:
    world = open_world(640.0, 320.0)
    dragger = spawn_actor(world, "crew", 100.0, 160.0)
    cop = _named(world, 120.0, 160.0, "lapd")
    deal_damage(world, cop, 0, 150.0)  # 105 through the vest
    assert world.has(cop, Downed)
    intent = world.get(dragger, Intent)
    assert intent is not None
    intent.interact = True
    assert not any(isinstance(e, DragStarted) for e in run(world, 5))


def test_the_player_going_down_fails_the_mission() -> None:
    session = MissionSession.start("sandbox", seed=0)
    player = session.mission.player
    assert session.world.has(player, Downable)  # McCauley is a named character
    deal_damage(session.world, player, 0, 130.0)
    assert session.world.has(player, Downed)
    run(session.world, 1)
    assert session.mission.outcome == "failed"
