"""The player's progress between runs: where the campaign resumes, the chapters finished, the
best grade and best time of every mission on each side, and unlocks.

Saved as ``progress.json`` in the user's data folder (platformdirs; ``HEAT_DATA_DIR`` overrides
it, for tests and portable installs), written atomically: a kill at any moment leaves the old
file or the new one, whole. A damaged file is refused in one line and nothing is lost: bad
entries are dropped and the good ones kept, the old bytes are kept aside as
``progress.json.bad`` (``.bad.2``... never overwriting an older copy), and fields this version
does not know are written back unchanged.

API (values are immutable; every change returns a new ``Progress``)::

    progress, notice = load_progress()        # never raises; notice is "" or one line to show
    progress = record_result(progress, "armored-car", "crew", "B", 212.5)   # a won mission
    progress = finish_chapter(progress, "armored-car", next_chapter="double-cross")
    progress = unlock(progress, "side:lapd")
    problem = save_progress(progress)          # never raises; "" or one line to show
    progress = mark_place(progress, "eady", card=2)  # reading a chapter: Continue comes back here
    progress.resume_chapter                    # where Continue starts ("" until one is done)
    progress.resume_card                       # the card of it being read (0: the first)
    progress.best("armored-car", "crew")       # MissionBest(grade="B", time_s=212.5) or None
    progress.has_finished("armored-car"); progress.is_unlocked("side:lapd")
"""

from __future__ import annotations

import copy
import dataclasses
import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.safe_files import (
    UnusableFileError,
    clip,
    keep_aside_then_save,
    load_json_file,
    move_aside_if_file,
    write_atomically,
)

FORMAT = "heat-progress"
VERSION = 1
GRADES = ("S", "A", "B", "C", "D", "E")  # best first; "F" (a lost mission) is never a best
MAX_FILE_BYTES = 1024 * 1024
MAX_NAME = 80
MAX_TIME_S = 10 * 24 * 3600.0
MAX_CARD = 99
KNOWN = ("format", "version", "resume_chapter", "resume_card", "finished", "best", "unlocks")


@dataclass(frozen=True, slots=True)
class MissionBest:
    """The best grade and, separately, the fastest won run of one mission on one side."""

    grade: str
    time_s: float


@dataclass(frozen=True, slots=True)
class Progress:
    resume_chapter: str = ""  # the chapter Continue starts; "" before the first is finished
    finished: tuple[str, ...] = ()  # chapter ids, in the order first finished
    bests: tuple[tuple[str, str, MissionBest], ...] = ()  # (mission id, side, best), sorted
    unlocks: tuple[str, ...] = ()  # sorted names ("side:lapd", "rematch:armored-car", ...)
    resume_card: int = 0  # the card of ``resume_chapter`` the player was reading
    # What the file held beyond the fields above, written back so a newer game's data survives.
    kept: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def best(self, mission_id: str, side: str) -> MissionBest | None:
        for mission, on_side, best in self.bests:
            if (mission, on_side) == (mission_id, side):
                return best
        return None

    def has_finished(self, chapter_id: str) -> bool:
        return chapter_id in self.finished

    def is_unlocked(self, name: str) -> bool:
        return name in self.unlocks


class ProgressError(ValueError):
    """A result that cannot be recorded (a programming error, not a player's file)."""


def progress_path() -> Path:
    override = os.environ.get("HEAT_DATA_DIR")
    if override:
        return Path(override) / "progress.json"
    from platformdirs import user_data_path

    return user_data_path("heat", appauthor=False) / "progress.json"


def record_result(progress: Progress, mission_id: str, side: str, grade: str,
                  time_s: float) -> Progress:
    """Progress with a won run counted: the better grade and the faster time are kept, each on
    its own. A lost run ("F") changes nothing."""
    if grade == "F":
        return progress
    problem = (_name_problem(mission_id) or _name_problem(side) or _grade_problem(grade)
               or _time_problem(time_s))
    if problem:
        raise ProgressError(f"cannot record {mission_id!r}/{side!r}: {problem}")
    old = progress.best(mission_id, side)
    if old is not None:
        grade = min(grade, old.grade, key=GRADES.index)
        time_s = min(float(time_s), old.time_s)
    others = [b for b in progress.bests if (b[0], b[1]) != (mission_id, side)]
    bests = tuple(sorted([*others, (mission_id, side, MissionBest(grade, float(time_s)))],
                         key=lambda b: (b[0], b[1])))
    return dataclasses.replace(progress, bests=bests)


def finish_chapter(progress: Progress, chapter_id: str, next_chapter: str = "") -> Progress:
    """Progress with a chapter finished and Continue pointing at ``next_chapter``."""
    for name in (chapter_id, next_chapter):
        if name and _name_problem(name):
            raise ProgressError(f"cannot finish chapter {name!r}: {_name_problem(name)}")
    finished = progress.finished + (() if chapter_id in progress.finished else (chapter_id,))
    return dataclasses.replace(progress, finished=finished, resume_chapter=next_chapter,
                               resume_card=0)


def mark_place(progress: Progress, chapter_id: str, card: int = 0) -> Progress:
    """Progress with Continue pointing at ``card`` of ``chapter_id`` (the player is there)."""
    if _name_problem(chapter_id):
        raise ProgressError(f"cannot resume at {chapter_id!r}: {_name_problem(chapter_id)}")
    if _card_problem(card):
        raise ProgressError(f"cannot resume at {chapter_id!r}: {_card_problem(card)}")
    return dataclasses.replace(progress, resume_chapter=chapter_id, resume_card=card)


def unlock(progress: Progress, name: str) -> Progress:
    if _name_problem(name):
        raise ProgressError(f"cannot unlock {name!r}: {_name_problem(name)}")
    return dataclasses.replace(progress, unlocks=tuple(sorted({*progress.unlocks, name})))


def _name_problem(name: object) -> str:
    if not isinstance(name, str) or not 0 < len(name) <= MAX_NAME or not name.isprintable():
        return f"{clip(name)} is not a name of 1 to {MAX_NAME} printable characters"
    return ""


def _card_problem(card: object) -> str:
    if isinstance(card, bool) or not isinstance(card, int) or not 0 <= card <= MAX_CARD:
        return f"card {clip(card)} is not a whole number from 0 to {MAX_CARD}"
    return ""


def _grade_problem(grade: object) -> str:
    return "" if grade in GRADES else f"grade {clip(grade)} is not one of {', '.join(GRADES)}"


def _time_problem(time_s: object) -> str:
    if (isinstance(time_s, bool) or not isinstance(time_s, int | float)
            or not math.isfinite(time_s) or not 0 <= time_s <= MAX_TIME_S):
        return f"time {clip(time_s)} is not a number of seconds from 0 to {MAX_TIME_S:g}"
    return ""


def progress_to_dict(progress: Progress) -> dict[str, Any]:
    data = copy.deepcopy(progress.kept)
    best: dict[str, dict[str, dict[str, object]]] = {}
    for mission, side, mission_best in progress.bests:
        best.setdefault(mission, {})[side] = {"grade": mission_best.grade,
                                              "time_s": mission_best.time_s}
    data.update({"format": FORMAT, "version": VERSION,
                 "resume_chapter": progress.resume_chapter, "resume_card": progress.resume_card,
                 "finished": list(progress.finished),
                 "best": best, "unlocks": list(progress.unlocks)})
    return data


def progress_from_dict(data: dict[str, Any]) -> tuple[Progress, list[str]]:
    """Progress from a decoded file and what was dropped from it ("what (why)" each)."""
    if data.get("format") != FORMAT:
        return Progress(), [f"everything (format {clip(data.get('format'))} is not {FORMAT})"]
    if data.get("version") != VERSION:
        return Progress(), [f"everything (version {clip(data.get('version'))} is not "
                            f"{VERSION})"]
    dropped: list[str] = []
    resume = data.get("resume_chapter", "")
    if resume != "" and _name_problem(resume):
        dropped.append(f"resume_chapter ({_name_problem(resume)})")
        resume = ""
    card = data.get("resume_card", 0)
    if _card_problem(card):
        dropped.append(f"resume_card ({_card_problem(card)})")
        card = 0
    finished = _names(data.get("finished", []), "finished", dropped)
    unlocks = tuple(sorted(set(_names(data.get("unlocks", []), "unlocks", dropped))))
    bests = _bests(data.get("best", {}), dropped)
    kept = {k: copy.deepcopy(v) for k, v in data.items() if k not in KNOWN}
    return Progress(resume, tuple(dict.fromkeys(finished)), bests, unlocks, card if resume
                    else 0, kept), dropped


def _names(value: object, what: str, dropped: list[str]) -> list[str]:
    if not isinstance(value, list):
        dropped.append(f"{what} ({clip(value)} is not a list)")
        return []
    good = [name for name in value if not _name_problem(name)]
    if len(good) < len(value):
        dropped.append(f"{len(value) - len(good)} of {what} (not names)")
    return good


def _bests(value: object, dropped: list[str]) -> tuple[tuple[str, str, MissionBest], ...]:
    if not isinstance(value, dict):
        dropped.append(f"best ({clip(value)} is not an object)")
        return ()
    bests = []
    for mission, sides in value.items():
        if _name_problem(mission) or not isinstance(sides, dict):
            dropped.append(f"best.{clip(mission)} (not a mission's sides)")
            continue
        for side, entry in sides.items():
            problem = _name_problem(side) or _entry_problem(entry)
            if problem:
                dropped.append(f"best.{clip(mission)}.{clip(side)} ({problem})")
            else:
                bests.append((mission, side, MissionBest(entry["grade"],
                                                         float(entry["time_s"]))))
    return tuple(sorted(bests, key=lambda b: (b[0], b[1])))


def _entry_problem(entry: object) -> str:
    if not isinstance(entry, dict):
        return f"{clip(entry)} is not an object of grade and time_s"
    return _grade_problem(entry.get("grade")) or _time_problem(entry.get("time_s"))


def load_progress(path: Path | None = None) -> tuple[Progress, str]:
    """The saved progress, or a fresh one; the notice is "" or one line saying what was
    refused, and where the old file is kept."""
    path = path or progress_path()
    return load_json_file(path, MAX_FILE_BYTES, progress_from_dict, Progress,
                          everything="everything", not_object="not a JSON object",
                          unusable=_unusable, repaired=_repaired)


def _unusable(path: Path, trouble: UnusableFileError) -> str:
    try:
        moved = move_aside_if_file(path)
    except UnusableFileError as failed:
        return f"{path} {trouble}: progress not loaded; the file {failed}"
    if moved is None:
        return f"{path} {trouble}: progress not loaded and cannot be saved — move it away"
    return f"{path} {trouble}: progress not loaded; the file is moved aside as {moved.name}"


def _repaired(path: Path, data: bytes, progress: Progress, dropped: list[str]) -> tuple[
        Progress, str]:
    """Keep the damaged bytes aside first, then save what was good in them."""
    refused = f"{path}: damaged progress, dropped {', '.join(dropped)}"
    return progress, keep_aside_then_save(
        path, data, lambda: save_progress(progress, path), refused,
        kept="the old file is kept as", unsaved="what was kept could not be saved")


def save_progress(progress: Progress, path: Path | None = None) -> str:
    """Write the progress atomically; "" or one line saying why it was not saved."""
    path = path or progress_path()
    try:
        text = json.dumps(progress_to_dict(progress), indent=1)  # kept fields may hold NaN
        write_atomically(path, text.encode("utf-8"), make_folder=True)
    except UnusableFileError as trouble:
        return f"{path}: progress not saved: the file {trouble}"
    except (TypeError, ValueError) as exc:
        return f"{path}: progress not saved: {exc}"
    return ""
