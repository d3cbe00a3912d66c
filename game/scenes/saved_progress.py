"""The menus' view of the saved progress (game/progress.py): read at start, saved on each win."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from game.progress import (
    Progress,
    ProgressError,
    finish_chapter,
    load_progress,
    mark_place,
    record_result,
    save_progress,
)


@dataclass
class SavedProgress:
    progress: Progress

    @classmethod
    def load(cls) -> tuple[SavedProgress, str]:
        """The store and "" or one line saying what was wrong with the file."""
        progress, notice = load_progress()
        return cls(progress), notice

    def finished_chapters(self) -> set[str]:
        return set(self.progress.finished)

    def resume_chapter(self) -> str:
        return self.progress.resume_chapter

    def resume_card(self) -> int:
        return self.progress.resume_card

    def mark_place(self, chapter_id: str, card: int) -> str:
        """Saved only when it moves, so paging back and forth writes once per card."""
        here = (self.progress.resume_chapter, self.progress.resume_card)
        if here == (chapter_id, card):
            return ""
        return self._save(lambda p: mark_place(p, chapter_id, card))

    def finish_story(self, chapter_id: str, next_chapter_id: str) -> str:
        return self._save(lambda p: finish_chapter(p, chapter_id, next_chapter_id))

    def _save(self, change: Callable[[Progress], Progress]) -> str:
        try:
            progress = change(self.progress)
        except ProgressError as err:
            return str(err)
        self.progress = progress
        return save_progress(progress)

    def record_win(self, mission_id: str, side: str, grade: str, time_s: float,
                   chapter_id: str = "", next_chapter_id: str = "") -> str:
        try:
            progress = record_result(self.progress, mission_id, side, grade, time_s)
            if chapter_id:
                progress = finish_chapter(progress, chapter_id, next_chapter_id)
        except ProgressError as err:
            return str(err)
        self.progress = progress
        return save_progress(progress)
