"""LAX as McCauley, played by the mission's bot: both ways out win — Eady's car on one seed, the
fence, the dark apron and the far gap on another — the choice follows the seed, the police by
the car force the tarmac, and crossing from the hotel onto the tarmac keeps what matters
(health, ammunition, who has seen whom): it is one world, not a reload."""

from __future__ import annotations

from dataclasses import replace

from game.missions import bot_for
from game.missions.lax.bot import CAR, TARMAC, LaxBot, choose_route
from game.scenes.outcome import OWN_ENDING as OWN_ENDING_BANNER
from game.scenes.outcome import end_banner
from game.session import MissionSession
from game.sim.components import Awareness, Health, Position, Weapon
from game.sim.mission.lookup import find, region
from game.sim.prefabs import spawn_actor
from game.sim.world import World
from tools.maps.lax_mission import OWN_ENDING

TICKS = 60 * 120


def _inside(world: World, name: str, pos: Position) -> bool:
    area = region(world, name)
    return area is not None and area.x <= pos.x <= area.x + area.w \
        and area.y <= pos.y <= area.y + area.h


def _play(seed: int) -> tuple[MissionSession, LaxBot, set[str], list[tuple]]:
    """The bot plays the crew; returns the regions it stood in and, at each tick it crossed
    onto the tarmac, the state before and after the crossing."""
    session = MissionSession.start("lax", "crew", seed)
    world, bot = session.world, bot_for("lax")
    assert isinstance(bot, LaxBot)
    me, visited, crossings = session.mission.player, set(), []
    was_on_tarmac = False
    for _ in range(TICKS):
        if session.mission.outcome != "running":
            break
        bot.think(world)
        before = _state(world, me)
        session.step()
        world.take_outbox()
        pos = world.get(me, Position)
        visited |= {n for n in ("tarmac", "dark-apron", "far-gap", "eady-car")
                    if _inside(world, n, pos)}
        on_tarmac = _inside(world, "tarmac", pos)
        if on_tarmac and not was_on_tarmac:
            crossings.append((before, _state(world, me)))
        was_on_tarmac = on_tarmac
    return session, bot, visited, crossings


def _state(world: World, me: int) -> tuple:
    hanna = find(world, "Hanna")
    aware = world.get(hanna, Awareness)
    return (world.get(me, Health).hp, world.get(me, Weapon).ammo,
            replace(aware) if aware is not None else None)


def _way_out(session: MissionSession) -> str:
    return next(o.target for o in session.mission.objectives if o.id == "out")


def _marked_as_the_players_own_ending(session: MissionSession) -> None:
    """McCauley getting away is not the story: the banner and the debrief's reason say so."""
    assert end_banner(session.world, session.mission) == OWN_ENDING_BANNER
    assert session.mission.reason == OWN_ENDING and "not the story" in OWN_ENDING


def test_even_seed_runs_for_eadys_car_and_wins() -> None:
    session, bot, visited, _ = _play(0)
    assert bot.route == CAR
    assert session.mission.outcome == "success"
    _marked_as_the_players_own_ending(session)
    assert "eady-car" in visited and "tarmac" not in visited
    assert _way_out(session) == "eady-car"


def test_odd_seed_runs_over_the_tarmac_to_the_far_gap_and_wins() -> None:
    session, bot, visited, crossings = _play(1)
    assert bot.route == TARMAC
    assert session.mission.outcome == "success"
    _marked_as_the_players_own_ending(session)
    assert {"tarmac", "dark-apron", "far-gap"} <= visited and "eady-car" not in visited
    assert crossings  # he went through the fence from the hotel side
    assert _way_out(session) == "far-gap"  # on the tarmac the marker shows the far gap
    (hp0, ammo0, aware0), (hp1, ammo1, aware1) = crossings[0]
    assert (hp1, ammo1) == (hp0, ammo0)  # nothing refilled, nothing lost at the fence
    assert aware0 is not None and aware1 is not None
    assert aware1.last_seen_s == aware0.last_seen_s and aware1.target == aware0.target
    assert aware0.state != "unaware"  # Hanna had already seen or heard him in the hotel


def test_police_by_the_car_send_him_over_the_tarmac_whatever_the_seed() -> None:
    session = MissionSession.start("lax", "crew", 0)
    world = session.world
    me = world.get(session.mission.player, Position)
    assert choose_route(world, me) == CAR
    car = region(world, "eady-car")
    spawn_actor(world, "lapd", car.x + car.w / 2, car.y, weapon="pistol")
    assert choose_route(world, me) == TARMAC
