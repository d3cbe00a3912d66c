"""Notices when any file a level was built from changes on disk (for hot reload)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass
class FileWatcher:
    paths: list[str]
    stamps: dict[str, tuple[float, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.stamps = self._read()

    def _read(self) -> dict[str, tuple[float, int]]:
        stamps = {}
        for path in self.paths:
            try:
                info = os.stat(path)
                stamps[path] = (info.st_mtime, info.st_size)
            except OSError:
                stamps[path] = (0.0, -1)  # missing now: a change too, once it comes back
        return stamps

    def changed(self) -> bool:
        """True once per change (save, replace or delete) since the last call."""
        now = self._read()
        if now != self.stamps:
            self.stamps = now
            return True
        return False

    def watch(self, paths: list[str]) -> None:
        """Follow a new set of files (a reload may add a template or tileset)."""
        self.paths = paths
        self.stamps = self._read()
