"""The debrief's numbers: time, take, accuracy that counts, both sides' conduct on the same
events, both sides' losses, heat, and the grade by the published rubric (docs/grading.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

from game.debrief.from_casualties import conduct_from_casualties
from game.debrief.grade import grade_run
from game.debrief.lines import (
    accuracy_line,
    code_line,
    grade_lines,
    losses_line,
    rules_line,
    walk_away_line,
)
from game.debrief.numbers import side_numbers
from game.sim.conduct import Conduct
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
    points: int = 0
    numbers: dict[str, float] = field(default_factory=dict)  # what the rubric was applied to
    reasons: tuple[str, ...] = ()  # the grade's deductions and ceilings, in rubric order


def build_report(mission: MissionState, time_s: float,
                 conduct: Conduct | None = None, take: int | None = None) -> Report:
    """The debrief of a run; ``conduct`` is the world's ledger (rebuilt from the mission's
    casualty counts when the world kept none); ``take`` is what was carried out, when known
    (else the loot the player's side holds at the end)."""
    if conduct is None:
        conduct = conduct_from_casualties(mission)
    success = mission.outcome == "success"
    minutes, seconds = divmod(int(time_s), 60)
    numbers = side_numbers(conduct, mission.side, success)
    result = grade_run(mission.side, numbers, success)
    heat = heat_earned(mission.casualties)
    take = mission.take if take is None else take
    lines = [f"Take  ${take:,}   Time  {minutes}:{seconds:02d}   Heat  {heat}",
             accuracy_line(conduct), code_line(conduct), rules_line(conduct),
             losses_line(conduct)]
    walk = walk_away_line(conduct, mission.side, success)
    if walk:
        lines.append(walk)
    lines += grade_lines(result)
    return Report(tuple(lines), heat, result.letter, result.points, numbers, result.reasons)


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
