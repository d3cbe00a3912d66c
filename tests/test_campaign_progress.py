"""Where Continue resumes: the card being read is saved with the chapter, survives a relaunch,
and a damaged value costs only itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.progress import (
    Progress,
    ProgressError,
    finish_chapter,
    load_progress,
    mark_place,
    save_progress,
)


def test_the_card_being_read_survives_a_save_and_a_load(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    assert save_progress(mark_place(Progress(), "eady", 2), path) == ""
    loaded, notice = load_progress(path)
    assert notice == "" and (loaded.resume_chapter, loaded.resume_card) == ("eady", 2)


def test_finishing_a_chapter_resumes_the_next_on_its_first_card() -> None:
    progress = finish_chapter(mark_place(Progress(), "eady", 3), "eady", "hanna")
    assert (progress.resume_chapter, progress.resume_card) == ("hanna", 0)


@pytest.mark.parametrize("card", [-1, 100, 1.5, True, "2"])
def test_a_bad_card_is_refused_when_marked(card: object) -> None:
    with pytest.raises(ProgressError):
        mark_place(Progress(), "eady", card)  # type: ignore[arg-type]


@pytest.mark.parametrize("card", [-1, 1000, "two", None, 2.5])
def test_a_damaged_card_in_the_file_costs_only_itself(tmp_path: Path, card: object) -> None:
    path = tmp_path / "progress.json"
    data = {"format": "heat-progress", "version": 1, "resume_chapter": "eady",
            "resume_card": card, "finished": ["range"], "best": {}, "unlocks": []}
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded, notice = load_progress(path)
    assert (loaded.resume_chapter, loaded.resume_card, loaded.finished) == ("eady", 0,
                                                                            ("range",))
    assert "resume_card" in notice and "\n" not in notice
    assert (tmp_path / "progress.json.bad").is_file()  # the old bytes kept aside


def test_an_older_file_without_a_card_resumes_on_the_first(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    path.write_text(json.dumps({"format": "heat-progress", "version": 1,
                                "resume_chapter": "waingro"}), encoding="utf-8")
    loaded, notice = load_progress(path)
    assert notice == "" and (loaded.resume_chapter, loaded.resume_card) == ("waingro", 0)
