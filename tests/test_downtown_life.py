"""Downtown life: civilians who duck behind cars or freeze in the line of fire, car alarms set off
by rounds and bumps that the AI hears, and what a player sees and reads of them."""

from __future__ import annotations

import math

from game.audio.captions import captions_for
from game.bots.objective_bot import ObjectiveBot
from game.level.build_car_alarms import place_car_alarms
from game.level.build_world import build_world
from game.level.load_level import load_level
from game.level.missions import resolve_mission
from game.missions import bot_for
from game.render.postures import posed_sprites
from game.session import MissionSession
from game.sim.ai.alertness import schedule_noise
from game.sim.ai.panic_state import Panic, settle_style
from game.sim.ballistics import share_through
from game.sim.car_alarms import CarAlarm, CarAlarmStopped, CarAlarmTripped
from game.sim.collision_map import CollisionMap, Solid
from game.sim.components import Appearance, Awareness, Velocity
from game.sim.conduct import Conduct
from game.sim.events import ActorDamaged, NoiseMade
from game.sim.systems.sound_car_alarms import PULSE_S
from game.sim.vehicles import spawn_vehicle
from game.sim.world import World
from tests.ai_worlds import (
    TILE,
    ai_actor,
    at_tile,
    awareness,
    brain,
    intent_of,
    need,
    position,
    puppet,
    run_until,
)
from tests.worlds import open_world

CAR = [Solid(14 * TILE, 5 * TILE, TILE, 3 * TILE, "car_body", blocks_sight=False),
       Solid(14 * TILE, 8 * TILE, TILE, 2 * TILE, "engine_block", blocks_sight=False)]
"""A car parked north-south: the body at rows 5-7, the engine block at rows 8-9."""


def _fire_into_the_air(world: World, shooter: int) -> None:
    intent = intent_of(world, shooter)
    pos = position(world, shooter)
    intent.aim_x, intent.aim_y = pos.x, pos.y - 400.0
    intent.fire = world.tick % 20 < 10


def _panicky(world: World, tile: tuple[float, float], style: str) -> int:
    civilian = ai_actor(world, "civilian", tile, 0.0, behaviour="idle")
    world.add(civilian, Panic(style, freeze_s=4.0))
    return civilian


def test_a_ducking_civilian_crouches_behind_the_car_on_the_far_side_from_the_shooter() -> None:
    world = open_world(30 * TILE, 16 * TILE, CAR)
    civilian = _panicky(world, (12, 8), "duck")  # west of the car, the shooter further west
    shooter = puppet(world, "crew", (5, 8), weapon="pistol")
    ducked, _ = run_until(world, lambda: need(world, civilian, Panic).posture == "crouch", 8.0,
                          lambda: _fire_into_the_air(world, shooter))
    assert ducked, f"the civilian never ducked (mode {brain(world, civilian).mode})"
    spot = position(world, civilian)
    assert spot.x > 15 * TILE, "it should crouch on the far (east) side of the car"
    cmap = world.resource(CollisionMap)
    assert share_through(cmap, *at_tile(5, 8), spot.x, spot.y) <= 0.2  # shielded
    run_until(world, lambda: False, 2.0, lambda: _fire_into_the_air(world, shooter))
    assert need(world, civilian, Panic).posture == "crouch"  # stays down while it is loud
    assert math.dist((spot.x, spot.y), (position(world, civilian).x,
                                        position(world, civilian).y)) < TILE


def test_a_ducking_civilian_gets_up_and_flees_once_it_has_been_quiet() -> None:
    world = open_world(40 * TILE, 16 * TILE, CAR)
    civilian = _panicky(world, (12, 8), "duck")
    shooter = puppet(world, "crew", (5, 8), weapon="pistol")
    run_until(world, lambda: need(world, civilian, Panic).posture == "crouch", 8.0,
              lambda: _fire_into_the_air(world, shooter))
    intent_of(world, shooter).fire = False
    got_up, _ = run_until(world, lambda: need(world, civilian, Panic).done, 10.0)
    assert got_up and need(world, civilian, Panic).posture == ""
    run_until(world, lambda: False, 1.0)
    assert brain(world, civilian).mode == "flee"


def test_a_civilian_who_freezes_in_the_line_of_fire_stands_still_with_hands_up() -> None:
    world = open_world(40 * TILE, 16 * TILE)
    frozen = _panicky(world, (12, 9), "freeze")  # a metre off the line: caught, not hit
    runner = ai_actor(world, "civilian", (12, 12), 0.0, behaviour="idle")  # plain: flees
    puppet(world, "lapd", (20, 8), 180.0)
    shooter = puppet(world, "crew", (5, 8), weapon="pistol")
    intent = intent_of(world, shooter)

    def fire_at_the_cop() -> None:  # across the civilian: it stands in the line of fire
        intent.aim_x, intent.aim_y = at_tile(20, 8)
        intent.fire = world.tick % 20 < 10

    froze, _ = run_until(world, lambda: need(world, frozen, Panic).posture == "hands_up", 3.0,
                         fire_at_the_cop)
    assert froze
    start = (position(world, frozen).x, position(world, frozen).y)
    run_until(world, lambda: False, 2.5, fire_at_the_cop)
    here = (position(world, frozen).x, position(world, frozen).y)
    assert math.dist(start, here) < 4.0
    assert brain(world, frozen).mode == "freeze"
    assert math.dist(at_tile(12, 12), (position(world, runner).x,
                                       position(world, runner).y)) > 3 * TILE
    intent.fire = False
    thawed, _ = run_until(world, lambda: brain(world, frozen).mode == "flee", 6.0)
    assert thawed and need(world, frozen, Panic).posture == ""


def test_a_frozen_civilian_takes_the_rounds_and_is_scored_as_a_civilian_hurt() -> None:
    world = open_world(40 * TILE, 16 * TILE)
    frozen = _panicky(world, (12, 8), "freeze")
    target = puppet(world, "lapd", (20, 8), 180.0)
    shooter = puppet(world, "crew", (5, 8), weapon="pistol")
    intent = intent_of(world, shooter)

    def fire_at_the_cop() -> None:
        intent.aim_x, intent.aim_y = at_tile(20, 8)
        intent.fire = world.tick % 20 < 10

    _, events = run_until(world, lambda: False, 2.0, fire_at_the_cop)
    hits = [e for e in events if isinstance(e, ActorDamaged)]
    assert any(e.victim == frozen for e in hits), "the frozen civilian should block the rounds"
    assert need(world, frozen, Panic).posture == "hands_up"
    assert frozen in world.resource(Conduct).side("crew").civilians_hurt
    on_civilian = sum(e.victim == frozen for e in hits)
    assert on_civilian > sum(e.victim == target for e in hits)  # it shields the cop


def test_a_shot_car_sets_its_alarm_off_and_it_pulses_until_its_time_runs_out() -> None:
    world = open_world(30 * TILE, 16 * TILE, CAR)
    alarm = world.spawn(CarAlarm(14 * TILE, 5 * TILE, TILE, 5 * TILE, 3.0))
    shooter = puppet(world, "crew", (5, 7), weapon="pistol")
    intent = intent_of(world, shooter)
    intent.aim_x, intent.aim_y = at_tile(14, 7)
    intent.fire = True
    tripped, events = run_until(world, lambda: need(world, alarm, CarAlarm).until_s > 0, 1.0)
    intent.fire = False
    assert tripped
    assert [e.alarm for e in events if isinstance(e, CarAlarmTripped)] == [alarm]
    _, after = run_until(world, lambda: False, 3.5)
    everything = events + after
    pulses = [e for e in everything if isinstance(e, NoiseMade) and e.kind == "alarm"]
    assert 3.0 / PULSE_S - 1 <= len(pulses) <= 3.0 / PULSE_S + 1
    assert [e.alarm for e in after if isinstance(e, CarAlarmStopped)] == [alarm]
    assert need(world, alarm, CarAlarm).until_s < 0


def test_a_passing_car_that_bumps_a_parked_one_sets_it_off_and_a_guard_turns_to_look() -> None:
    world = open_world(40 * TILE, 20 * TILE, CAR)
    alarm = world.spawn(CarAlarm(14 * TILE, 5 * TILE, TILE, 5 * TILE, 10.0))
    guard = ai_actor(world, "guard", (26, 16), 0.0, behaviour="hold")  # faces away, east
    route = (at_tile(14.5, 7), at_tile(14.5, 2))
    spawn_vehicle(world, "sedan", *at_tile(6, 7), 0.0, route=route, driving=True,
                  speed_mps=6.0)
    noticed, events = run_until(world, lambda: awareness(world, guard).state != "unaware", 8.0)
    assert any(isinstance(e, CarAlarmTripped) for e in events)
    assert noticed and awareness(world, guard).state == "suspicious"
    car = need(world, alarm, CarAlarm)
    assert math.dist((awareness(world, guard).last_x, awareness(world, guard).last_y),
                     car.centre) < TILE


def test_a_car_alarm_masks_footsteps_but_not_gunfire() -> None:
    aware = Awareness()
    schedule_noise(aware, "alarm", 10.0, 20.0, 1.0)
    schedule_noise(aware, "step", 50.0, 60.0, 0.5)  # sooner, but drowned out
    assert (aware.heard_kind, aware.heard_x) == ("alarm", 10.0)
    schedule_noise(aware, "shot", 90.0, 90.0, 1.5)
    assert aware.heard_kind == "shot"


def test_a_car_alarm_is_captioned_with_its_direction() -> None:
    event = CarAlarmTripped(1, 3, 100.0, 500.0, 20.0)
    lines = captions_for([event], 1, (500.0, 500.0), (0.0, 0.0, 1280.0, 720.0))
    assert lines == ["[car alarm, left]"]


def test_ducking_and_frozen_civilians_are_drawn_crouched_and_with_hands_up() -> None:
    world = World.seeded(0)
    ducking = world.spawn(Appearance("civilian"), Panic("duck", posture="crouch"))
    frozen = world.spawn(Appearance("civilian"), Panic("freeze", posture="hands_up"))
    calm = world.spawn(Appearance("civilian"), Panic("duck"))
    assert posed_sprites(world) == {ducking: "civilian_crouch", frozen: "civilian_handsup"}
    assert calm not in posed_sprites(world)


def test_random_panic_is_settled_from_the_seed_and_flee_adds_nothing() -> None:
    assert settle_style(3, 40, "flee") is None
    picks = [settle_style(seed, eid, "random") for seed in range(4) for eid in range(30)]
    styles = {p.style if p else "flee" for p in picks}
    assert styles == {"flee", "duck", "freeze"}
    again = [settle_style(seed, eid, "random") for seed in range(4) for eid in range(30)]
    assert picks == again


def test_downtown_opts_in_and_other_missions_do_not() -> None:
    path = resolve_mission("downtown")[1]
    level = load_level(path)
    world = build_world(level, "downtown", "crew", seed=0)
    assert len(world.store(Panic)) >= 8
    alarms = world.store(CarAlarm)
    assert len(alarms) >= 20  # one per parked car, engine block and body joined
    assert all(a.w > 100 for a in alarms.values())
    for other in ("sandbox", "lax", "armored-car"):
        level = load_level(resolve_mission(other)[1])
        world = build_world(level, other, "crew", seed=0)
        assert not world.store(Panic) and not world.store(CarAlarm), other


def test_touching_alarm_covers_make_one_car() -> None:
    class _Level:
        def __init__(self, objects: list) -> None:
            self.objects = objects

        def objects_of(self, kind: str) -> list:
            return self.objects

    class _Obj:
        def __init__(self, x: float, w: float, alarm_s: float) -> None:
            self.x, self.y, self.width, self.height = x, 0.0, w, 40.0
            self.properties = {"alarm_s": alarm_s}

    world = World.seeded(0)
    place_car_alarms(world, _Level([_Obj(0, 26, 20), _Obj(26, 90, 20), _Obj(300, 90, 0)]))
    alarms = list(world.store(CarAlarm).values())
    assert [(a.x, a.w, a.sound_s) for a in alarms] == [(0, 116, 20)]


def test_a_car_alarm_needs_a_moving_car_to_be_bumped() -> None:
    world = open_world(40 * TILE, 20 * TILE, CAR)
    alarm = world.spawn(CarAlarm(14 * TILE, 5 * TILE, TILE, 5 * TILE, 10.0))
    parked = spawn_vehicle(world, "sedan", *at_tile(12.9, 7), math.pi / 2)  # within reach
    need(world, parked, Velocity).vx = 0.0
    run_until(world, lambda: False, 1.0)
    assert need(world, alarm, CarAlarm).until_s < 0


def test_in_the_downtown_shootout_civilians_duck_and_freeze_and_car_alarms_go_off() -> None:
    session = MissionSession.start("downtown", "lapd", 0)
    world = session.world
    bot = bot_for(session.mission.package) or ObjectiveBot()
    trips, postures = 0, set()
    while session.mission.outcome == "running" and world.tick < 1500:
        bot.think(world)
        session.step()
        trips += sum(isinstance(e, CarAlarmTripped) for e in world.take_outbox())
        postures |= {p.posture for p in world.store(Panic).values()}
    assert trips >= 1, "no parked car's alarm went off in a street fight"
    assert {"crouch", "hands_up"} <= postures
