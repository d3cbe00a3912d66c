"""MapError: one line that names the file, the layer or object, the problem and the fix."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, replace

FIELD_CHARS = 300
"""Longest field printed: a hostile value a million characters long stays readable."""


def shorten(text: object, limit: int = 60) -> str:
    """A value quoted in a message: one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    where: str  # layer or object, e.g. "layer 'walls'" or "object 12 'exit'"
    message: str
    fix: str
    severity: str = "error"  # error | warning
    kind: str = ""  # problems of one kind group into one line; "" groups by message

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == "warning" else ""
        return (f"{shorten(self.file, FIELD_CHARS)}:{shorten(self.where, FIELD_CHARS)}: "
                f"{prefix}{shorten(self.message, FIELD_CHARS)} — {shorten(self.fix, FIELD_CHARS)}")


def grouped(problems: list[Problem]) -> list[Problem]:
    """Repeated problems of one kind in one file become one problem with a count, in the order
    each kind was first found."""
    groups: dict[tuple[str, str, str], list[Problem]] = {}
    for problem in problems:
        key = (problem.file, problem.severity, problem.kind or problem.message)
        groups.setdefault(key, []).append(problem)
    merged = []
    for same in groups.values():
        first = same[0]
        if len(same) > 1:
            first = replace(first, where=f"{first.where} and {len(same) - 1} more like it")
        merged.append(first)
    return merged


class MapError(Exception):
    """A map the game cannot use; carries every problem found, each printable on one line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(str(problems[0]) if problems else "map error")

    @classmethod
    def single(cls, file: str, where: str, message: str, fix: str) -> MapError:
        return cls([Problem(file, where, message, fix)])

    def lines(self) -> list[str]:
        return [str(p) for p in grouped(self.problems)]


def surprise(file: str, where: str, exc: BaseException) -> MapError:
    """The last net: a fault no check foresaw, still one line naming the file."""
    return MapError.single(file, where, f"the game could not use this map ({type(exc).__name__}: "
                           f"{shorten(exc, 120)})",
                           "open the map in Tiled, fix what the message names and save again")


@contextlib.contextmanager
def map_errors_only(file: str, where: str) -> Iterator[None]:
    """Inside: anything that goes wrong is a MapError naming ``file`` (MemoryError and
    RecursionError included, so a hostile map never ends in a traceback)."""
    try:
        yield
    except MapError:
        raise
    except Exception as exc:
        raise surprise(file, where, exc) from None
