"""The debrief's text: both sides' conduct on the same events, losses, accuracy, the grade."""

from __future__ import annotations

from game.debrief.grade import Grade
from game.debrief.numbers import accuracy
from game.debrief.rubric import MIN_SHOTS, WALK_AWAY_S
from game.sim.conduct import Conduct
from game.sim.mission import MissionState
from game.sim.mission.state import HELD_KINDS


def accuracy_line(conduct: Conduct) -> str:
    share = accuracy(conduct)
    head = f"Shots  {conduct.shots}   hits on hostiles  {conduct.hostile_hits}"
    if share is None:
        return f"{head}   (accuracy counts from {MIN_SHOTS} shots)"
    return f"{head}   accuracy {share:.0%}"


def code_line(conduct: Conduct) -> str:
    crew = conduct.side("crew")
    return (f"Crew's code:  civilians hurt {crew.count('civilians_hurt')}, killed "
            f"{crew.count('civilians_killed')} · guards hurt {crew.count('guards_hurt')}, "
            f"killed {crew.count('guards_killed')} · surrendered shot "
            f"{crew.count('surrendered_shot')}")


def rules_line(conduct: Conduct) -> str:
    unit = conduct.side("lapd")
    return (f"LAPD's rules:  hostages/civilians hurt {unit.count('civilians_hurt')}, killed "
            f"{unit.count('civilians_killed')} · suspects shot after surrendering "
            f"{unit.count('surrendered_shot')}")


def losses_line(conduct: Conduct) -> str:
    officers = conduct.loss("lapd").total
    noun = "officer" if officers == 1 else "officers"
    return (f"Losses:  crew {conduct.loss('crew').total} down or dead · "
            f"the unit {officers} {noun} down or dead")


def walk_away_line(conduct: Conduct, side: str, success: bool) -> str | None:
    """Seconds from the first alarm or police shot to the way out ("it went loud": the take
    line's Heat, the attention the job drew, may still be 0 then)."""
    if side != "crew" or conduct.heat_at_s < 0 or conduct.end_s < 0 or not success:
        return None
    after = conduct.end_s - conduct.heat_at_s
    verdict = "inside the code" if after <= WALK_AWAY_S else "too long"
    return f"Walk-away:  out {after:.0f} s after it went loud ({verdict})"


def grade_lines(grade: Grade, limit: int = 2) -> list[str]:
    shown = list(grade.reasons[:limit])
    more = len(grade.reasons) - len(shown)
    if more > 0:
        shown.append(f"... and {more} more (docs/grading.md)")
    return [f"Grade {grade.letter} ({grade.points} points): " + "; ".join(shown)] if shown \
        else [f"Grade {grade.letter} ({grade.points} points): a clean job"]


def objectives_line(mission: MissionState) -> str:
    """'Objectives  3 of 5': the side played's own objectives only (the other side's belong to
    its AI; fail conditions are not objectives to meet). A run that met every required one but
    not every optional one says so, beside the title's "All objectives complete"."""
    mine = [o for o in mission.objectives if o.for_side(mission.side) and o.kind != "fail"]
    over = mission.outcome != "running"
    met = [o.done or (over and o.kind in HELD_KINDS and not o.failed) for o in mine]
    line = f"Objectives  {sum(met)} of {len(mine)}"
    optional = sum(o.optional for o in mine)
    optional_met = sum(ok for o, ok in zip(mine, met, strict=True) if o.optional)
    if over and optional_met < optional and \
            all(ok for o, ok in zip(mine, met, strict=True) if not o.optional):
        line += f"  (all required met; optional {optional_met} of {optional})"
    return line
