"""The line grammar of triggers and phases: ``verb arg1 arg2 key=value``, one per line.

Tokens are separated by spaces; a value with spaces goes in "double quotes"; a line whose first
non-blank character is ``#`` is a comment. Parsing never looks names up: see vocabulary.py.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass

PLAIN = re.compile(r"[^'\"\\\s]+(?:[ \t\r\n]+[^'\"\\\s]+)*")
"""A line with no quote, backslash or odd space: shlex splits it where str.split does."""


class LineError(ValueError):
    """A line that cannot be split into tokens (an unclosed quote, ``=`` with no key)."""


@dataclass(frozen=True, slots=True)
class Line:
    verb: str
    args: tuple[str, ...] = ()
    options: tuple[tuple[str, str], ...] = ()  # key=value pairs, in the order written
    number: int = 0  # 1-based line number within its property
    text: str = ""

    def option(self, key: str, default: str = "") -> str:
        for k, v in self.options:  # a plain loop: conditions ask this every tick
            if k == key:
                return v
        return default

    def has(self, key: str) -> bool:
        return any(k == key for k, _ in self.options)


def parse_line(text: str, number: int = 0) -> Line | None:
    """One line as a Line; None for a blank or comment line; LineError when malformed."""
    stripped = text.strip()
    if not stripped or stripped.startswith("#"):
        return None
    try:
        tokens = stripped.split() if PLAIN.fullmatch(stripped) else \
            shlex.split(stripped, comments=False, posix=True)
    except ValueError as exc:
        raise LineError(f"cannot split it into words ({exc})") from None
    args: list[str] = []
    options: list[tuple[str, str]] = []
    for token in tokens[1:]:
        key, eq, value = token.partition("=")
        if eq and key.isidentifier():
            options.append((key, value))
        elif eq and not key:
            raise LineError(f"'{token}' has no name before '='")
        else:
            args.append(token)
    return Line(tokens[0].lower(), tuple(args), tuple(options), number, stripped)


def parse_block(text: str) -> list[tuple[int, str]]:
    """The numbered raw lines of a multi-line property (for error messages and parsing)."""
    return [(i, raw) for i, raw in enumerate(str(text or "").splitlines(), start=1)]
