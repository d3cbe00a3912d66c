"""Locates the game's data folders (assets/, maps/) in a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path


def data_root() -> Path:
    """Folder holding assets/ and maps/: the wheel's game/_data, else the source checkout."""
    package = Path(__file__).resolve().parent
    installed = package / "_data"
    if (installed / "maps").is_dir():
        return installed
    return package.parent


def assets_dir() -> Path:
    return data_root() / "assets"


def maps_dir() -> Path:
    return data_root() / "maps"


def user_config_dir() -> Path:
    """Per-user folder for settings and saves (XDG on Linux, AppData on Windows)."""
    import os
    import sys

    override = os.environ.get("HEAT_CONFIG_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    return base / "heat"
