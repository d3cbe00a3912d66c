"""An image's size from its PNG header, after checking every chunk's checksum without decoding
the pixels: a huge image costs nothing, and a damaged one is caught before the renderer."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_PNG_BYTES = 64 * 1024 * 1024
VALID_DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}


def png_size(path: Path) -> tuple[int, int]:
    """(width, height) of a whole, undamaged PNG; ValueError says what is wrong."""
    if not path.is_file():  # a folder, or a pipe that would block the read
        raise ValueError("is not a regular file")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_PNG_BYTES + 1)
    except OSError as exc:
        raise ValueError(f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_PNG_BYTES:
        raise ValueError(f"is over {MAX_PNG_BYTES // 2**20} MiB")
    if len(data) < 33 or data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError("is not a PNG image")
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    if width < 1 or height < 1 or depth not in VALID_DEPTHS.get(colour, ()):
        raise ValueError("has a damaged PNG header")
    _check_chunks(data)
    return width, height


def _check_chunks(data: bytes) -> None:
    at, seen_data = 8, False
    while at + 12 <= len(data):
        (length,) = struct.unpack(">I", data[at:at + 4])
        kind = data[at + 4:at + 8]
        body_end = at + 8 + length
        if body_end + 4 > len(data):
            break
        (crc,) = struct.unpack(">I", data[body_end:body_end + 4])
        if zlib.crc32(data[at + 4:body_end]) != crc:
            raise ValueError(f"is damaged (bad checksum in its {kind!r} chunk)")
        seen_data |= kind == b"IDAT"
        if kind == b"IEND":
            if not seen_data:
                raise ValueError("holds no pixels")
            return
        at = body_end + 4
    raise ValueError("is cut short")
