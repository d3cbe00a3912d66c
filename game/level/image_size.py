"""An image's size read from its PNG header, without decoding it (a huge image costs nothing)."""

from __future__ import annotations

import struct
from pathlib import Path

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(path: Path) -> tuple[int, int]:
    """(width, height) from the IHDR chunk; ValueError if the file is not a PNG."""
    if not path.is_file():  # a folder, or a pipe that would block the read
        raise ValueError("is not a regular file")
    try:
        with path.open("rb") as handle:
            head = handle.read(24)
    except OSError as exc:
        raise ValueError(f"cannot be read ({exc.strerror or exc})") from None
    if len(head) < 24 or head[:8] != PNG_SIGNATURE or head[12:16] != b"IHDR":
        raise ValueError("is not a PNG image")
    return struct.unpack(">II", head[16:24])
