"""The menus' view of the saved progress (game/progress.py): read at start, saved on each win."""

from __future__ import annotations

from dataclasses import dataclass

from game.progress import (
    Progress,
    ProgressError,
    finish_chapter,
    load_progress,
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
