"""Writes the rubric (game/debrief/rubric.py) as the markdown docs/grading.md publishes:
``python -m game.debrief.rubric_table`` prints it; the test compares it with the doc."""

from __future__ import annotations

from game.debrief.rubric import (
    ACCURACY_PENALTIES,
    CEILINGS,
    LETTERS,
    MIN_SHOTS,
    PENALTIES,
    START_POINTS,
)

BEGIN, END = "<!-- rubric:begin -->", "<!-- rubric:end -->"
SIDE_TITLES = {"crew": "The crew's code (playing the crew)",
               "lapd": "The unit's rules of engagement (playing the LAPD)"}


def rubric_markdown() -> str:
    out = [BEGIN, "", f"Every run starts at **{START_POINTS} points**.", ""]
    for side, penalties in PENALTIES.items():
        out += [f"#### {SIDE_TITLES[side]}", "", "| measure | what | points off, each |",
                "|---|---|---|"]
        out += [f"| `{p.measure}` | {p.label} | {p.points} |" for p in penalties]
        out.append("")
    out += ["#### Accuracy (either side)", "",
            f"Hits on hostiles / shots fired, counted from **{MIN_SHOTS} shots**.", "",
            "| accuracy below | points off |", "|---|---|"]
    out += [f"| {below:.0%} | {off} |" for below, off in ACCURACY_PENALTIES]
    out += ["", "Only the first row that applies counts.", "", "#### Letters", "",
            "| letter | least points |", "|---|---|"]
    out += [f"| {letter} | {least} |" for letter, least in LETTERS]
    out += ["", "#### Ceilings (the best grade allowed, whatever the points)", "",
            "| measure | at least | best grade | why |", "|---|---|---|---|"]
    out += [f"| `{c.measure}` | {c.at_least:g} | {c.best} | {c.why} |" for c in CEILINGS]
    out += ["", END]
    return "\n".join(out)


if __name__ == "__main__":
    print(rubric_markdown())
