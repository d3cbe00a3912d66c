"""The story beats a map scripts with the vocabulary, as downtown does: a death and a wound
fired by the nearest enemy, a hostage taken and held towards the police, a man who slips away
free, AIs that press on to their posts, and a partner beside you."""

from __future__ import annotations

import math

from game.debrief_crew import crew_fates
from game.sim.components import Body, Brain, Dead, Downed, Intent, Name, Position
from game.sim.events import ShotFired
from game.sim.mission import MissionState, ObjectiveState
from game.sim.mission.lines import parse_line
from game.sim.mission.registry import ACTIONS
from game.sim.mission.run_lines import condition_holds, run_actions
from game.sim.mission.vocabulary import Ctx, Names, check_args
from game.sim.prefabs import spawn_actor
from game.sim.units import metres
from tests.ai_worlds import ai_actor
from tests.worlds import open_world


def street() -> tuple:
    """McCauley, Breedan and Shiherlis at the kerb; a near and a far officer; a shopper."""
    world = open_world(1280, 1280)
    mission = world.resource(MissionState)
    mission.player = spawn_actor(world, "mccauley", 300, 300, name="McCauley")
    named = {"Breedan": spawn_actor(world, "breedan", 340, 300, name="Breedan"),
             "Shiherlis": spawn_actor(world, "shiherlis", 300, 340, name="Shiherlis"),
             "near cop": spawn_actor(world, "lapd", 600, 300, name="near cop"),
             "far cop": spawn_actor(world, "lapd", 1100, 1100, name="far cop"),
             "hostage": spawn_actor(world, "civilian", 320, 380, name="hostage")}
    return world, mission, named


def do(world, mission, text: str) -> None:
    run_actions(Ctx(world, mission), [parse_line(text)])


def shots(world) -> list[ShotFired]:
    return [e for e in world.take_outbox() if isinstance(e, ShotFired)]


def test_gun_down_kills_with_a_burst_from_the_nearest_enemy() -> None:
    world, mission, named = street()
    do(world, mission, "gun_down Breedan rounds=3")
    fired = shots(world)
    assert len(fired) == 3 and {s.shooter for s in fired} == {named["near cop"]}
    assert world.has(named["Breedan"], Dead)
    do(world, mission, "gun_down Breedan")  # the dead are not shot again
    assert shots(world) == []


def test_gun_down_by_a_named_shooter_with_his_own_gun() -> None:
    world, mission, named = street()
    do(world, mission, "gun_down hostage rounds=2 by=McCauley weapon=pistol")
    fired = shots(world)
    assert [(s.shooter, s.weapon) for s in fired] == [(mission.player, "pistol")] * 2
    assert world.has(named["hostage"], Dead)


def test_gun_down_by_a_shooter_who_is_down_does_not_happen() -> None:
    world, mission, named = street()
    do(world, mission, "wound Shiherlis")
    shots(world)
    do(world, mission, "gun_down Breedan by=Shiherlis")
    assert shots(world) == [] and not world.has(named["Breedan"], Dead)


def test_the_checker_refuses_a_gun_down_with_no_gun() -> None:
    verb = ACTIONS["gun_down"].VERB
    names = Names()
    names.add("who", "Waingro", "McCauley")
    assert check_args(verb, parse_line("gun_down Waingro by=McCauley weapon=pistol"), names) == []
    problems = check_args(verb, parse_line("gun_down Waingro weapon=none"), names)
    assert len(problems) == 1 and "'none'" in problems[0] and "pistol" in problems[0]


def test_retarget_points_an_open_objective_at_another_region() -> None:
    world, mission, _ = street()
    mission.objectives = [ObjectiveState("out", "Get out", 1, "reach", "eady-car"),
                          ObjectiveState("gone", "Gone", 2, "reach", "eady-car", done=True)]
    do(world, mission, "retarget out far-gap")
    do(world, mission, "retarget gone far-gap")
    assert [o.target for o in mission.objectives] == ["far-gap", "eady-car"]


def test_stand_takes_the_ais_in_hand_and_levels_their_guns() -> None:
    world, mission, named = street()
    chris = ai_actor(world, "shiherlis", (10, 10))
    world.add(chris, Name("Chris"))
    intent = world.get(chris, Intent)
    intent.move_x, intent.fire = 1.0, True
    do(world, mission, "stand Chris aim=hostage")
    do(world, mission, "stand McCauley aim=hostage")  # the player is never taken in hand
    her = world.get(named["hostage"], Position)
    assert not world.has(chris, Brain) and (intent.move_x, intent.move_y, intent.fire) == (
        0.0, 0.0, False)
    assert (intent.aim_x, intent.aim_y) == (her.x, her.y)
    assert world.has(mission.player, Position) and world.get(mission.player, Intent).aim_x != her.x


def test_run_off_bolts_one_way_heavier() -> None:
    world, mission, _ = street()
    waingro = ai_actor(world, "waingro", (12, 12))
    world.add(waingro, Name("Waingro"))
    mass = world.get(waingro, Body).mass
    do(world, mission, "run_off Waingro north shove=6")
    intent = world.get(waingro, Intent)
    assert (intent.move_x, intent.move_y, intent.fire) == (0.0, -1.0, False)
    assert world.get(waingro, Body).mass == mass * 6 and not world.has(waingro, Brain)


def test_wound_puts_him_down_alive_and_only_once() -> None:
    world, mission, named = street()
    do(world, mission, "wound Shiherlis")
    assert len(shots(world)) == 2
    chris = named["Shiherlis"]
    assert world.has(chris, Downed) and not world.has(chris, Dead)
    do(world, mission, "wound Shiherlis")
    assert shots(world) == []


def test_the_hostage_is_held_between_the_taker_and_the_police() -> None:
    world, mission, named = street()
    taker = ai_actor(world, "cheritto", (20, 20))
    world.add(taker, Name("Cheritto"))
    do(world, mission, "take_hostage Cheritto hostage")
    him, her = world.get(taker, Position), world.get(named["hostage"], Position)
    cop = world.get(named["near cop"], Position)
    assert math.hypot(her.x - him.x, her.y - him.y) < metres(1.0)
    assert math.hypot(cop.x - her.x, cop.y - her.y) < math.hypot(cop.x - him.x, cop.y - him.y)
    brain = world.get(taker, Brain)
    assert brain.behaviour == "hold" and (brain.home_x, brain.home_y) == (him.x, him.y)


def test_slip_away_takes_him_off_the_map_and_the_roll_call_says_so() -> None:
    world, mission, named = street()
    do(world, mission, "slip_away Breedan")
    world.flush_despawned()  # as the end of the tick does
    assert world.get(named["Breedan"], Position) is None
    assert "Breedan" in mission.hook_state["got_away"]
    assert crew_fates(world, mission).get("Breedan") == "got away"


def test_press_on_sends_a_holding_ai_to_its_post_and_leaves_the_arrived() -> None:
    world, mission, _ = street()
    runner = ai_actor(world, "crew", (5, 30))
    arrived = ai_actor(world, "crew", (30, 30))
    for eid in (runner, arrived):
        brain = world.get(eid, Brain)
        brain.home_x, brain.home_y = world.get(arrived, Position).x, world.get(arrived,
                                                                              Position).y
    do(world, mission, "press_on faction:crew")
    assert world.get(runner, Brain).mode == "retreat"
    assert world.get(arrived, Brain).mode != "retreat"


def test_beside_counts_the_wounded_but_not_the_dead() -> None:
    world, mission, _ = street()
    near = parse_line("beside Shiherlis player 4")
    ctx = Ctx(world, mission)
    assert condition_holds(ctx, near)
    assert not condition_holds(ctx, parse_line("beside Shiherlis player 0.5"))
    do(world, mission, "wound Shiherlis")
    assert condition_holds(ctx, near)
    do(world, mission, "gun_down Shiherlis")
    assert not condition_holds(ctx, near)


def test_behave_follow_puts_them_behind_the_player() -> None:
    world, mission, _ = street()
    detective = ai_actor(world, "drucker", (10, 10))
    world.add(detective, Name("Drucker"))
    do(world, mission, "behave Drucker follow")
    brain = world.get(detective, Brain)
    assert brain.behaviour == "follow" and brain.leader == mission.player
