"""The debrief's numbers: time, take, shots, casualties by who caused them, heat and a grade."""

from __future__ import annotations

from dataclasses import dataclass

from game.sim.mission import MissionState

HEAT_PER = {"civilian hurt": 3, "civilian killed": 15, "guard hurt": 2, "guard killed": 8,
            "lapd hurt": 4, "lapd killed": 12}
SIDE_NAMES = {"civilian": "Civilians", "guard": "Guards", "lapd": "Police", "crew": "Crew"}
BY_NAMES = {"you": "you", "crew": "the crew", "lapd": "police",
            "guard": "guards", "civilian": "civilians", "nobody": "the blast"}


@dataclass(frozen=True, slots=True)
class Report:
    lines: tuple[str, ...]
    heat: int
    grade: str


def build_report(mission: MissionState, time_s: float) -> Report:
    minutes, seconds = divmod(int(time_s), 60)
    accuracy = mission.hits / mission.shots_fired if mission.shots_fired else 0.0
    lines = [f"Time  {minutes}:{seconds:02d}", f"Take  ${mission.take:,}",
             f"Shots fired  {mission.shots_fired}   Hits  {mission.hits} ({accuracy:.0%})"]
    lines += casualty_lines(mission.casualties)
    heat = heat_earned(mission.casualties)
    lines.append(f"Heat earned  {heat}")
    return Report(tuple(lines), heat, grade(mission, heat))


def casualty_lines(casualties: dict[str, int]) -> list[str]:
    """One line per side and wound: 'Guards killed  1 (Waingro 1)'."""
    grouped: dict[str, dict[str, int]] = {}
    for key, count in sorted(casualties.items()):
        what, by = key.split(":")
        grouped.setdefault(what, {})[by] = count
    lines = []
    for what, by in grouped.items():
        side, wound = what.split(" ")
        if side == "crew":
            continue
        who = ", ".join(f"{BY_NAMES.get(b, b.split('/')[-1])} {n}" for b, n in by.items())
        lines.append(f"{SIDE_NAMES.get(side, side)} {wound}  {sum(by.values())} ({who})")
    return lines


def heat_earned(casualties: dict[str, int]) -> int:
    """How much attention the job drew; the police's own losses to each other do not count."""
    total = 0
    for key, count in casualties.items():
        what, by = key.split(":")
        if by.split("/")[0] in ("you", "crew", "nobody"):  # 'crew/Waingro' is the crew's
            total += HEAT_PER.get(what, 0) * count
    return total


def grade(mission: MissionState, heat: int) -> str:
    if mission.outcome != "success":
        return "F"
    score = 100 - heat + (10 if mission.take else 0)
    for letter, floor in (("A", 90), ("B", 75), ("C", 60), ("D", 0)):
        if score >= floor:
            return letter
    return "D"
