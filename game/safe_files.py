"""Reading and writing the small files a player owns (settings, saves, replays) without hanging,
crashing, tearing or losing them.

- ``read_bytes`` opens without blocking (a FIFO named like the file cannot hang start-up), reads
  only regular files, and caps the size; a missing file is ``None``.
- ``parse_json`` survives nesting deep enough to blow the stack and 100,000-digit integers, and
  turns every number that is not a sane finite value into a non-finite float for the caller's
  per-field checks.
- ``write_atomically`` writes a unique temporary file in the same folder, fsyncs it and renames
  it over the target, so a reader (or a kill at any moment) sees the old or the new file whole,
  and two processes saving at once never share a temporary file.
- ``load_json_file`` is the whole load-and-repair flow of a player's JSON file: read, parse,
  convert, and hand what could not be used to the caller's own messages.
- ``keep_aside`` copies a bad file's bytes to ``NAME.bad`` (then ``NAME.bad.2``, ``.3``, ...),
  never overwriting an older copy; ``move_aside`` renames a file that cannot even be read.

Problems are raised as ``UnusableFileError`` whose text is a short reason ("is a folder, not a
file"); callers put the path and the fix around it, so every message stays one line.
"""

from __future__ import annotations

import contextlib
import glob
import json
import math
import os
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

MAX_INT_DIGITS = 30  # longer integers in a player's file are damage, not data
MAX_ASIDE_COPIES = 1000
STALE_TEMP_S = 600.0  # a temporary file this old belongs to a writer that was killed

T = TypeVar("T")


class UnusableFileError(Exception):
    """A file that cannot be used as it is; ``str()`` is a short reason without the path."""


def read_bytes(path: Path, limit_bytes: int) -> bytes | None:
    """The file's bytes, or None when there is no file; UnusableFileError when it is not a readable
    regular file of at most ``limit_bytes``."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UnusableFileError(f"cannot be opened ({reason(exc)})") from None
    try:
        kind = os.fstat(fd).st_mode
        if stat.S_ISDIR(kind):
            raise UnusableFileError("is a folder, not a file")
        if not stat.S_ISREG(kind):
            raise UnusableFileError("is not a regular file (a pipe, device or socket)")
        data = _read_at_most(fd, limit_bytes + 1)
    except OSError as exc:
        raise UnusableFileError(f"cannot be read ({reason(exc)})") from None
    finally:
        os.close(fd)
    if len(data) > limit_bytes:
        raise UnusableFileError(f"is larger than {limit_bytes // 1024} KiB")
    return data


def _read_at_most(fd: int, count: int) -> bytes:
    chunks, left = [], count
    while left > 0:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def parse_json(data: bytes) -> object:
    """JSON from bytes (UTF-8, a BOM allowed); ValueError with a short reason. NaN, Infinity,
    floats beyond range and integers of more than 30 digits all come back as a non-finite
    float, so that one bad number costs only its own field: every reader checks
    ``math.isfinite`` on the numbers it uses."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    try:
        return json.loads(text, parse_constant=float, parse_int=_int_or_inf)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON at line {exc.lineno} column {exc.colno}") from None


def load_json_file(path: Path, limit_bytes: int,
                   from_dict: Callable[[dict[str, Any]], tuple[T, list[str]]],
                   default: Callable[[], T], *, everything: str, not_object: str,
                   unusable: Callable[[Path, UnusableFileError], str],
                   repaired: Callable[[Path, bytes, T, list[str]], tuple[T, str]],
                   ) -> tuple[T, str]:
    """A player's JSON file as ``from_dict`` makes it (which also lists the fields it dropped),
    or ``default()``; with "" when all is well. A file that cannot be read goes to
    ``unusable`` (its one-line message); one that is not a JSON object, or had fields dropped,
    goes to ``repaired`` with its bytes and what was lost (``everything (why)`` when nothing
    could be used)."""
    try:
        data = read_bytes(path, limit_bytes)
    except UnusableFileError as trouble:
        return default(), unusable(path, trouble)
    if data is None:
        return default(), ""
    try:
        decoded = parse_json(data)
        if not isinstance(decoded, dict):
            raise ValueError(not_object)
    except ValueError as exc:
        return repaired(path, data, default(), [f"{everything} ({exc})"])
    value, dropped = from_dict(decoded)
    if not dropped:
        return value, ""
    return repaired(path, data, value, dropped)


def _int_or_inf(text: str) -> int | float:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        return -math.inf if text.startswith("-") else math.inf
    return int(text)


def write_atomically(path: Path, data: bytes, make_folder: bool = False) -> None:
    """Replace ``path`` with ``data`` all at once; raises UnusableFileError and leaves the old
    file as it was when anything fails. Only a regular file (or nothing) is ever replaced; a
    symbolic link (a settings file kept with one's dotfiles) is followed, not replaced."""
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    folder = path.parent
    try:
        if make_folder:
            folder.mkdir(parents=True, exist_ok=True)
        _check_replaceable(path)
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except UnusableFileError:
        raise
    except OSError as exc:
        raise UnusableFileError(f"cannot be written ({reason(exc)})") from None
    try:
        if hasattr(os, "fchmod"):  # mkstemp makes 0600; keep the old file's mode, or 0644
            os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise UnusableFileError(f"cannot be written ({reason(exc)})") from None
    _sync_folder(folder)
    _sweep_stale_temps(path)


def _sweep_stale_temps(path: Path) -> None:
    """Remove temporary files that writers killed mid-save left beside ``path``; recent ones
    may belong to a save in progress and stay."""
    try:
        now = time.time()
        for temp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                if now - temp.stat().st_mtime > STALE_TEMP_S:
                    temp.unlink()
    except OSError:
        pass


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o644


def _check_replaceable(path: Path) -> None:
    try:
        kind = os.stat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISDIR(kind):
        raise UnusableFileError("is a folder, not a file")
    if not stat.S_ISREG(kind):
        raise UnusableFileError("is not a regular file (a pipe, device or socket)")


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (POSIX folders)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def check_writable_folder(folder: Path) -> None:
    """UnusableFileError unless a file can really be created in ``folder`` (a probe file, removed at
    once: permission bits say nothing for root or a read-only mount)."""
    if not folder.is_dir():
        missing = not folder.exists()
        raise UnusableFileError("folder does not exist" if missing else "is not a folder")
    try:
        fd, probe = tempfile.mkstemp(prefix=".heat-probe.", dir=folder)
    except OSError as exc:
        raise UnusableFileError(f"folder cannot be written ({reason(exc)})") from None
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)


def keep_aside(path: Path, data: bytes) -> Path:
    """Save ``data`` (a bad file's bytes) beside ``path`` under the first free name of
    ``NAME.bad``, ``NAME.bad.2``, ...; raises UnusableFileError. Never overwrites an older copy."""
    for number in range(1, MAX_ASIDE_COPIES + 1):
        suffix = ".bad" if number == 1 else f".bad.{number}"
        target = path.with_name(path.name + suffix)
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o644)
        except FileExistsError:
            continue
        except OSError as exc:
            raise UnusableFileError(f"no copy could be kept ({reason(exc)})") from None
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(target)
            raise UnusableFileError(f"no copy could be kept ({reason(exc)})") from None
        return target
    raise UnusableFileError(f"no copy could be kept ({MAX_ASIDE_COPIES} older copies in the way)")


def keep_aside_then_save(path: Path, data: bytes, save: Callable[[], str], head: str, *,
                        kept: str, unsaved: str) -> str:
    """Keep a damaged file's ``data`` aside first, then ``save`` (which returns "" or why not)
    the repaired value over it; the one-line message begins with ``head``, then says where the
    old bytes are (``kept`` NAME) or that the file stays as it was, and adds ``unsaved`` when
    the save failed."""
    try:
        aside = keep_aside(path, data)
    except UnusableFileError as trouble:
        return f"{head} for this run; the file is left as it was ({trouble})"
    saved = "" if not save() else f" ({unsaved})"
    return f"{head}; {kept} {aside.name}{saved}"


def move_aside(path: Path) -> Path:
    """Rename a file that cannot be read (so cannot be copied) to the first free ``NAME.bad``
    name, so that a later save cannot replace it; raises UnusableFileError."""
    for number in range(1, MAX_ASIDE_COPIES + 1):
        target = path.with_name(path.name + (".bad" if number == 1 else f".bad.{number}"))
        try:
            os.link(path, target)  # fails rather than overwrite an older copy
        except FileExistsError:
            continue
        except OSError as exc:
            raise UnusableFileError(f"could not be moved aside ({reason(exc)})") from None
        with contextlib.suppress(OSError):
            os.unlink(path)
        return target
    raise UnusableFileError(f"could not be moved aside ({MAX_ASIDE_COPIES} older copies)")


def move_aside_if_file(path: Path) -> Path | None:
    """``move_aside`` for a regular file that could not be used (unreadable, too large), so a
    later save does not replace what could not be read; None for folders, pipes and devices,
    which no save replaces anyway. Raises UnusableFileError when the move fails."""
    try:
        regular = stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return None
    return move_aside(path) if regular else None


def reason(exc: OSError) -> str:
    """The operating system's short words for an error ("Permission denied")."""
    return exc.strerror or type(exc).__name__


def clip(value: object, width: int = 40) -> str:
    """A value as text, cut to a readable length for a one-line message."""
    text = value if isinstance(value, str) and value.isprintable() else repr(value)
    return text if len(text) <= width else text[: width - 3] + "..."
