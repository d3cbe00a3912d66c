"""Debrief numbers: casualties named by who caused them, heat, and the grade."""

from __future__ import annotations

from game.debrief_report import build_report, casualty_lines, heat_earned
from game.sim.mission import MissionState


def test_casualties_are_credited_to_who_caused_them() -> None:
    lines = casualty_lines({"guard killed:crew/Waingro": 1, "civilian hurt:lapd": 2,
                            "civilian hurt:you": 1, "crew hurt:lapd": 3})
    assert "Guards killed  1 (Waingro 1)" in lines
    assert "Civilians hurt  3 (police 2, you 1)" in lines
    assert not any(line.startswith("Crew") for line in lines)


def test_heat_counts_only_what_the_crew_did() -> None:
    assert heat_earned({"civilian hurt:lapd": 5}) == 0
    assert heat_earned({"guard killed:crew/Waingro": 1, "lapd hurt:you": 2}) == 8 + 2 * 4


def test_a_clean_job_grades_higher_than_a_bloody_one_and_a_failure_is_f() -> None:
    clean = MissionState("armored-car", "The Armored Car", "crew", outcome="success",
                         take=1_600_000)
    bloody = MissionState("armored-car", "The Armored Car", "crew", outcome="success",
                          take=1_600_000, casualties={"civilian killed:you": 3})
    failed = MissionState("armored-car", "The Armored Car", "crew", outcome="failed")
    assert build_report(clean, 100).grade == "A"
    assert build_report(bloody, 100).grade in "CD"
    assert build_report(failed, 100).grade == "F"
