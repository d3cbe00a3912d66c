"""The published rubric (docs/grading.md) is the one the code applies; grades are not lenient;
the conduct ledger scores both sides on the same events."""

from __future__ import annotations

from pathlib import Path

from game.debrief.grade import grade_run
from game.debrief.rubric_table import BEGIN, END, rubric_markdown
from game.debrief_report import build_report
from game.sim.components import Faction, Surrendered
from game.sim.conduct import Conduct
from game.sim.events import ActorDamaged, ActorDowned, ActorKilled, AlarmRaised, MissionEnded
from game.sim.mission import MissionState
from game.sim.systems.record_conduct import record_conduct
from game.sim.world import World

DOC = Path(__file__).resolve().parents[1] / "docs" / "grading.md"


def clean(**changes: float) -> dict[str, float]:
    numbers: dict[str, float] = {"civilians_hurt": 0, "civilians_killed": 0, "guards_hurt": 0,
                                 "guards_killed": 0, "surrendered_shot": 0, "own_losses": 0,
                                 "walk_away_late": 0, "shots": 0, "accuracy": -1.0,
                                 "poor_accuracy": 0}
    numbers.update(changes)
    return numbers


def test_the_doc_prints_the_rubric_the_code_applies() -> None:
    text = DOC.read_text(encoding="utf-8")
    published = text[text.index(BEGIN):text.index(END) + len(END)]
    assert published == rubric_markdown(), \
        "docs/grading.md is stale: paste `python -m game.debrief.rubric_table` between markers"


def test_an_a_at_14_percent_accuracy_is_not_given() -> None:
    numbers = clean(shots=50, accuracy=0.14, poor_accuracy=1)
    assert grade_run("crew", numbers, True).letter == "B"
    assert grade_run("crew", clean(shots=50, accuracy=0.5), True).letter == "A"


def test_two_guards_dead_and_a_civilian_hurt_is_no_better_than_c() -> None:
    numbers = clean(guards_killed=2, civilians_hurt=1)
    assert grade_run("crew", numbers, True).letter == "C"
    assert grade_run("crew", clean(civilians_killed=1), True).letter == "D"
    assert grade_run("crew", clean(), False).letter == "F"


def test_accuracy_needs_ten_shots_before_it_counts() -> None:
    mission = MissionState("m", "M", "crew", outcome="success")
    few = build_report(mission, 60, Conduct(shots=3, hostile_hits=0))
    assert few.numbers["accuracy"] == -1.0 and few.grade == "A"
    many = build_report(mission, 60, Conduct(shots=30, hostile_hits=3))
    assert many.numbers["accuracy"] == 0.1 and many.grade == "B"


def _world(side: str) -> tuple[World, MissionState, dict[str, int]]:
    world = World.seeded(1)
    ids = {name: world.spawn(Faction(faction)) for name, faction in
           (("me", side), ("crew2", "crew"), ("cop", "lapd"), ("guard", "guard"),
            ("bystander", "civilian"))}
    mission = MissionState("m", "M", side, player=ids["me"])
    world.set_resource(mission)
    return world, mission, ids


def test_both_sides_are_scored_on_the_same_events() -> None:
    world, mission, ids = _world("lapd")
    world.add(ids["crew2"], Surrendered(0.0))
    world.events += [
        ActorDamaged(1, ids["crew2"], ids["me"], 30, 0, 0),  # a suspect with hands up: RoE
        ActorDamaged(1, ids["bystander"], ids["crew2"], 10, 0, 0),  # the crew hurt a civilian
        ActorDamaged(1, ids["guard"], ids["me"], 10, 0, 0),
        ActorKilled(1, ids["guard"], ids["me"], "guard", 0, 0),
        ActorDowned(1, ids["cop"], ids["crew2"], "lapd", 0, 0),
    ]
    record_conduct(world, 1 / 60)
    conduct = world.resource(Conduct)
    assert conduct.side("lapd").count("surrendered_shot") == 1
    assert conduct.side("lapd").count("guards_killed") == 1
    assert conduct.side("crew").count("civilians_hurt") == 1
    assert conduct.loss("lapd").total == 1 and conduct.hostile_hits == 1
    report = build_report(mission, 60, conduct)
    assert report.grade == "F"  # still running: not a success
    mission.outcome = "success"
    assert build_report(mission, 60, conduct).grade == "D"
    assert any("surrendering 1" in line for line in report.lines)


def test_the_walk_away_is_timed_from_the_first_heat() -> None:
    world, mission, _ = _world("crew")
    world.time_s = 10.0
    world.events.append(AlarmRaised(600, 0, 0))
    record_conduct(world, 1 / 60)
    world.events[:] = [MissionEnded(60 * 50, "success", "away")]
    record_conduct(world, 1 / 60)
    conduct = world.resource(Conduct)
    mission.outcome = "success"
    report = build_report(mission, 51, conduct)
    assert report.numbers["walk_away_late"] == 1 and report.grade == "A"  # 90 points
    assert any("too long" in line for line in report.lines)


def test_a_hired_gun_on_a_side_is_not_one_of_its_officers() -> None:
    from game.sim.components import Appearance

    world, _, ids = _world("crew")
    world.add(ids["cop"], Appearance("lapd"))
    gunman = world.spawn(Faction("lapd"), Appearance("civilian"))  # made hostile by a mission
    world.events += [ActorKilled(1, gunman, ids["me"], "lapd", 0, 0),
                     ActorKilled(1, ids["cop"], ids["me"], "lapd", 0, 0)]
    record_conduct(world, 1 / 60)
    assert world.resource(Conduct).loss("lapd").total == 1
