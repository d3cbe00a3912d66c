"""The grade the bot earns on a real run is the rubric of docs/grading.md applied by hand (this
file reads the doc's tables itself, not game/debrief/rubric.py) to the run's numbers."""

from __future__ import annotations

import re
from pathlib import Path

from game.debrief_report import build_report
from game.sim.conduct import Conduct
from tests.bot_play import play_with_bot

DOC = Path(__file__).resolve().parents[1] / "docs" / "grading.md"


def _tables() -> dict[str, list[list[str]]]:
    """Each '#### heading' of the rubric section -> its table rows (cells, header dropped)."""
    tables: dict[str, list[list[str]]] = {}
    heading = ""
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("#### "):
            heading = line[5:]
            tables[heading] = []
        elif heading and line.startswith("|") and not line.startswith("|---"):
            tables[heading].append([cell.strip().strip("`") for cell in line.strip("|").split("|")])
    return {name: rows[1:] for name, rows in tables.items()}


def _by_hand(side: str, numbers: dict[str, float], success: bool) -> str:
    if not success:
        return "F"
    tables = _tables()
    code = next(rows for name, rows in tables.items() if f"playing the {side}" in name.lower()
                or (side == "lapd" and "LAPD" in name))
    points = int(re.search(r"\*\*(\d+) points\*\*", DOC.read_text()).group(1))
    for measure, _, off in code:
        points -= int(off) * int(numbers[measure])
    for below, off in tables["Accuracy (either side)"]:
        if 0 <= numbers["accuracy"] < float(below.rstrip("%")) / 100:
            points -= int(off)
            break
    order = "ABCDF"
    letter = next(letter for letter, least in tables["Letters"] if points >= int(least))
    for measure, at_least, best, _ in tables["Ceilings (the best grade allowed, whatever the "
                                              "points)"]:
        if numbers[measure] >= float(at_least) and order.index(best) > order.index(letter):
            letter = best
    return letter


def test_the_bots_grade_on_the_armored_car_is_the_published_rubric_by_hand() -> None:
    session = play_with_bot("armored-car", "crew", 0)
    mission = session.mission
    assert mission.outcome == "success"
    conduct = session.world.resource(Conduct)
    report = build_report(mission, session.world.time_s, conduct)
    numbers = report.numbers
    assert numbers["shots"] == conduct.shots == mission.shots_fired
    assert report.grade == _by_hand("crew", numbers, True), (report.grade, numbers)
    assert report.grade != "F"


def test_the_by_hand_reading_of_the_doc_is_not_lenient_either() -> None:
    numbers = {"civilians_hurt": 1, "civilians_killed": 0, "guards_hurt": 0,
               "guards_killed": 2, "surrendered_shot": 0, "own_losses": 0,
               "walk_away_late": 0, "shots": 40, "accuracy": 0.14, "poor_accuracy": 1}
    assert _by_hand("crew", numbers, True) == "D"  # 100-10-30-15 = 45
    assert _by_hand("crew", dict(numbers, civilians_hurt=0, guards_killed=0), True) == "B"
