"""MapError: one line that names the file, the layer or object, the problem and the fix."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    where: str  # layer or object, e.g. "layer 'walls'" or "object 12 'exit'"
    message: str
    fix: str
    severity: str = "error"  # error | warning

    def __str__(self) -> str:
        return f"{self.file}:{self.where}: {self.message} — {self.fix}"


class MapError(Exception):
    """A map the game cannot use; carries every problem found, each printable on one line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(str(problems[0]) if problems else "map error")

    @classmethod
    def single(cls, file: str, where: str, message: str, fix: str) -> MapError:
        return cls([Problem(file, where, message, fix)])

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems]
