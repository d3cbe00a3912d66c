"""Downtown's parked cars have glass windows: a round across a car's cabin goes through glass
(and is heard and seen as glass), one across its bonnet dies in the engine block; sight passes
the windows and the AI still takes cover behind the engine, not behind the glass."""

from __future__ import annotations

import math

import pygame

from game.audio.sound_board import _sound_for
from game.level.build_car_alarms import place_car_alarms
from game.level.build_world import build_world
from game.level.load_level import load_level
from game.paths import maps_dir
from game.render.camera import Camera
from game.render.draw_world import WorldRenderer
from game.render.effects import Effects
from game.sim.ai.cover_choice import SAFE, choose_cover
from game.sim.ai.cover_points import exposure
from game.sim.ai.resources import cover_index
from game.sim.car_alarms import CarAlarmTripped
from game.sim.collision_map import CollisionMap, has_line_of_sight
from game.sim.components import Lifetime, Position, Projectile
from game.sim.events import Event, ProjectilePierced, ProjectileStopped
from game.sim.prefabs import spawn_actor
from game.sim.units import metres
from game.sim.weapons import damage_kept, weapon_spec
from game.sim.world import World
from tests.ai_worlds import run_until
from tests.worlds import open_world
from tools.maps import downtown_layout as plan

T = plan.T
CAR_W, CAR_H = 128, 64  # a parked sedan: 4 x 2 tiles, bonnet (engine block) to the west
WINDSCREEN_X, ENGINE_X = 51, 19  # px from a car's west end: mid-windscreen, mid-engine


def _level():
    return load_level(maps_dir() / "downtown.tmx")


def _parked_cars() -> list[tuple[float, float]]:
    """Top-left corner (px) of every parked car the plan puts on the street and in the lot."""
    cars = [(c, 29) for c, _ in plan.NORTH_CARS] + [(c, 39) for c, _ in plan.SOUTH_CARS]
    cars += [(c, r) for c, r, _ in plan.LOT_CARS]
    return [(c * T, r * T) for c, r in cars]


def _inside(solid, x: float, y: float, w: float, h: float) -> bool:
    return x <= solid.x and solid.x + solid.w <= x + w and y <= solid.y and \
        solid.y + solid.h <= y + h


def test_every_parked_car_and_the_bus_have_glass_windows_in_the_map_data() -> None:
    level = _level()
    cars = _parked_cars()
    assert len(cars) == 23
    for x, y in cars:
        inside = [s for s in level.solids if _inside(s, x, y, CAR_W, CAR_H)]
        kinds = {s.material for s in inside}
        assert kinds == {"engine_block", "car_body", "glass"}, (x // T, y // T, kinds)
        glass = [s for s in inside if s.material == "glass"]
        assert all(not s.blocks_sight for s in glass)
        spans = {(s.x - x, s.x - x + s.w) for s in glass}
        assert spans == {(42, 60), (94, 106)}, spans  # the windscreen and the rear window
    bx, by = plan.BUS_AT[0] * T, plan.BUS_AT[1] * T
    bus = {s.material for s in level.solids if _inside(s, bx, by, 12 * T, 3 * T)}
    assert bus == {"engine_block", "car_body", "glass"}
    front = [s for s in level.solids if _inside(s, bx + 11 * T - 2, by + T, T + 2, T)]
    assert {s.material for s in front} == {"glass", "car_body"}  # the bus's windscreen


def _fire_across(world: World, x: float, south_car_y: float) -> list[Event]:
    """A rifle round fired due south across the boulevard at a car parked at x (no spread:
    the test picks the line)."""
    rifle = weapon_spec("rifle")
    world.spawn(Position(x, south_car_y - 5 * T),
                Projectile(0, 0.0, rifle.speed, rifle.damage, rifle.range_px, rifle.penetration),
                Lifetime(rifle.range_px / rifle.speed + 0.1))
    _, events = run_until(world, lambda: False, 1.0)
    return events


def _in_car(events: list[Event], car_y: float) -> list[Event]:
    """The impacts inside the car's rows (the round may go on to a shop window beyond)."""
    return [e for e in events if isinstance(e, ProjectilePierced | ProjectileStopped)
            and car_y <= e.y <= car_y + CAR_H]


def _first_south_car() -> tuple[float, float]:
    return plan.SOUTH_CARS[0][0] * T, 39 * T


def test_a_round_through_a_window_pierces_as_glass_and_one_into_the_engine_stops() -> None:
    level = _level()
    x, y = _first_south_car()
    world = open_world(*level.pixel_size, level.solids)
    place_car_alarms(world, level)
    everything = _fire_across(world, x + WINDSCREEN_X, y)
    tripped = [e for e in everything if isinstance(e, CarAlarmTripped)]
    assert len(tripped) == 1 and x < tripped[0].x < x + CAR_W  # the shot car's alarm goes off
    events = _in_car(everything, y)
    pierced = [e for e in events if isinstance(e, ProjectilePierced)]
    assert [e.material for e in pierced] == ["glass", "glass"]  # in and out of the cabin
    rifle = weapon_spec("rifle")
    kept = damage_kept("glass", rifle.penetration)
    assert math.isclose(pierced[0].damage_left, rifle.damage * kept, rel_tol=1e-6)
    assert math.isclose(pierced[1].damage_left, rifle.damage * kept * kept, rel_tol=1e-6)
    assert not any(isinstance(e, ProjectileStopped) for e in events)

    world = open_world(*level.pixel_size, level.solids)
    events = _in_car(_fire_across(world, x + ENGINE_X, y), y)
    stopped = [e for e in events if isinstance(e, ProjectileStopped) and e.material]
    assert stopped and {e.material for e in stopped} == {"engine_block"}
    assert not any(isinstance(e, ProjectilePierced) for e in events)


def test_a_shot_window_sounds_like_glass_and_leaves_glass_that_stays(screen) -> None:
    level = _level()
    x, y = _first_south_car()
    world = open_world(*level.pixel_size, level.solids)
    events = [e for e in _fire_across(world, x + WINDSCREEN_X, y)
              if isinstance(e, ProjectilePierced)]
    assert {_sound_for(e, world)[0] for e in events} == {"impact_glass"}
    fx = Effects()
    fx.consume(events, player=0)
    assert {kind for kind, *_ in fx.decals} == {"glass"}

    assets, _ = screen
    renderer, world = WorldRenderer(level, assets), World.seeded(0)
    camera = Camera(1280, 720, *level.pixel_size)
    camera.centre_on(x + CAR_W / 2, y + CAR_H / 2)
    canvas = pygame.Surface((1280, 720))
    left, top = camera.to_screen(x + WINDSCREEN_X - 12, y + 10)
    window = pygame.Rect(round(left), round(top), 24, 44)

    def seen() -> bytes:
        renderer.draw(canvas, world, camera, 0.0)
        return pygame.image.tobytes(canvas.subsurface(window), "RGB")

    whole = seen()
    renderer.effects.consume(events, player=0)
    seen()
    renderer.effects.update(2.0)  # the sparks die away ...
    broken = seen()
    assert broken != whole, "the shot-out window should show broken glass"
    renderer.effects.update(30.0)
    assert seen() == broken, "... and the broken glass stays"


def test_sight_passes_the_windows_and_cover_is_taken_behind_the_engine_block() -> None:
    level = _level()
    x, y = _first_south_car()
    cmap = CollisionMap.build(*level.pixel_size, level.tile_w, level.solids)
    assert has_line_of_sight(cmap, x + WINDSCREEN_X, y - 3 * T, x + WINDSCREEN_X, y + 3 * T)
    world = build_world(level, "downtown", "crew", 0)
    threat = (x + 2 * T, y - 6 * T)  # across the boulevard to the north
    here = (x + WINDSCREEN_X, y + CAR_H + 20)  # on the kerb side, behind the windscreen
    eid = spawn_actor(world, "crew", *here, 0.0)
    index = choose_cover(world, eid, here, threat, metres(20), "hold")
    assert index >= 0
    point = cover_index(world).points[index]
    assert point.material == "engine_block" and point.stops
    assert x <= point.x <= x + 32 + 16, "the cover taken should be behind the bonnet"
    behind_glass = (x + WINDSCREEN_X, y + CAR_H + 12)
    assert exposure(cmap, *behind_glass, x + WINDSCREEN_X, y - 6 * T) > SAFE  # no cover
