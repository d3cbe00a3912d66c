"""Replays: the player's Intent per tick, recorded as changes, and the orders the player gave
the crew, saved as JSON and played back. A replay file is checked whole before it is used: every
number finite and in range, every tick in order, so a bad file is one line, never a traceback."""

from __future__ import annotations

import json
import math
from dataclasses import astuple, dataclass, field
from pathlib import Path

from game import __version__
from game.safe_files import (
    UnusableFileError,
    check_writable_folder,
    clip,
    parse_json,
    read_bytes,
    write_atomically,
)
from game.sim.ai.orders import ORDERS, give_order
from game.sim.components import Intent
from game.sim.world import World

FORMAT = "heat-replay"
VERSION = 1
SIDES = ("crew", "lapd")
MAX_TICKS = 60 * 60 * 60 * 4  # four hours of play at 60 ticks a second
MAX_SEED = 2**63 - 1
MAX_COORD = 1_000_000.0  # world px; maps are far smaller
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_NAME = 200
POSITION_EVERY = 60  # ticks between recorded positions (one second)


class ReplayError(ValueError):
    """A replay file that cannot be used; the message names the file and the fix."""


@dataclass
class Replay:
    mission: str
    side: str
    seed: int
    ticks: int = 0
    final_hash: str = ""
    changes: list[list] = field(default_factory=list)  # [tick, *Intent fields]
    orders: list[list] = field(default_factory=list)  # [tick, order, x, y]
    positions: list[list] = field(default_factory=list)  # [tick, x, y] once a second
    _last: tuple | None = None

    def capture(self, tick: int, intent: Intent, where: tuple[float, float] | None = None
                ) -> None:
        """This tick's Intent (kept when it changed) and, once a second, where the player
        stood before the tick: a rematch's ghost is taken over when it strays from there."""
        row = astuple(intent)
        if row != self._last:
            self.changes.append([tick, *row])
            self._last = row
        if where is not None and tick % POSITION_EVERY == 0:
            self.positions.append([tick, round(where[0], 2), round(where[1], 2)])
        self.ticks = tick + 1

    def capture_order(self, tick: int, order: str, x: float, y: float) -> None:
        self.orders.append([tick, order, x, y])

    def intent_at(self) -> IntentFeed:
        return IntentFeed(self.changes, self.orders)

    def save(self, path: Path) -> None:
        """Write the replay atomically; ReplayError (one line) when it cannot be written."""
        data = {
            "format": FORMAT, "version": VERSION, "game": __version__,
            "mission": self.mission, "side": self.side, "seed": self.seed,
            "ticks": self.ticks, "final_hash": self.final_hash, "intents": self.changes,
            "orders": self.orders, "positions": self.positions,
        }
        text = json.dumps(data, separators=(",", ":"), allow_nan=False)
        try:
            write_atomically(path, text.encode("utf-8"))
        except UnusableFileError as trouble:
            raise ReplayError(f"{path}: the replay was not saved: the file {trouble} — record "
                              "into a folder you can write") from None


def check_can_record(path: Path) -> None:
    """Refuse, before anything is played, a --record path whose replay could not be saved."""
    try:
        if path.is_dir():
            raise UnusableFileError("is a folder, not a file")
        if path.exists() and not path.is_file():
            raise UnusableFileError("is not a regular file (a pipe, device or socket)")
        check_writable_folder(path.parent if str(path.parent) else Path("."))
    except UnusableFileError as trouble:
        raise ReplayError(f"{path}: cannot record there: {trouble} — give --record a file in "
                          "a folder you can write") from None


@dataclass
class IntentFeed:
    """Hands out the recorded Intent for each tick in order."""

    changes: list[list]
    orders: list[list] = field(default_factory=list)
    index: int = 0
    order_index: int = 0

    def apply(self, tick: int, intent: Intent) -> None:
        """Write this tick's recorded Intent, every tick: the sim may have changed the Intent
        since (a fall zeroes it), while the recording only stores what the input changed."""
        while self.index < len(self.changes) and self.changes[self.index][0] <= tick:
            self.index += 1
        if self.index == 0:
            return
        row = self.changes[self.index - 1]
        (intent.move_x, intent.move_y, intent.aim_x, intent.aim_y, intent.fire,
         intent.reload, intent.interact) = row[1:8]
        intent.drop = bool(row[8]) if len(row) > 8 else False  # older replays had no drop

    def apply_orders(self, world: World, leader: int) -> None:
        """Give the crew the orders recorded for this tick, as the player did."""
        while self.order_index < len(self.orders) and \
                self.orders[self.order_index][0] <= world.tick:
            _, order, x, y = self.orders[self.order_index]
            give_order(world, leader, order, x, y)
            self.order_index += 1


def _number(value: object, low: float, high: float) -> bool:
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and math.isfinite(value) and low <= value <= high)


def _tick(value: object, last: int) -> bool:
    return type(value) is int and last <= value <= MAX_TICKS


def _check_rows(rows: list[list]) -> None:
    """Every row: [tick, move_x, move_y, aim_x, aim_y, fire, reload, interact(, drop)], one per
    tick at most (so no more rows than ticks); moves within -1..1, aims finite and on a sane
    scale."""
    last = 0
    for index, row in enumerate(rows):
        if len(row) not in (8, 9):
            raise ValueError("an intent row does not have 8 or 9 fields")
        tick, moves, aims, flags = row[0], row[1:3], row[3:5], row[5:]
        if not _tick(tick, last + (index > 0)):
            raise ValueError(f"bad tick {clip(tick)}: ticks must be whole numbers, each "
                             f"after the last, at most {MAX_TICKS}")
        if not all(_number(v, -1.0, 1.0) for v in moves):
            raise ValueError(f"tick {tick}: move must be numbers from -1 to 1, not "
                             f"{clip(moves)}")
        if not all(_number(v, -MAX_COORD, MAX_COORD) for v in aims):
            raise ValueError(f"tick {tick}: aim must be finite numbers, not {clip(aims)}")
        if not all(isinstance(v, bool) for v in flags):
            raise ValueError(f"tick {tick}: fire, reload and interact must be true or false")
        last = tick


def _check_orders(rows: list[list]) -> None:
    """Every order row: [tick, order, x, y], ticks rising, x and y finite."""
    last = 0
    for row in rows:
        if len(row) != 4 or not _tick(row[0], last):
            raise ValueError("an order row is not [tick, order, x, y] in tick order")
        if row[1] not in ORDERS or not all(_number(v, -MAX_COORD, MAX_COORD) for v in row[2:]):
            raise ValueError(f"tick {row[0]}: bad order {clip(row[1:])}")
        last = row[0]


def _check_positions(rows: list[list]) -> None:
    """Every position row: [tick, x, y], ticks rising, x and y finite (older replays: none)."""
    last = 0
    for row in rows:
        if len(row) != 3 or not _tick(row[0], last):
            raise ValueError("a position row is not [tick, x, y] in tick order")
        if not all(_number(v, -MAX_COORD, MAX_COORD) for v in row[1:]):
            raise ValueError(f"tick {row[0]}: bad position {clip(row[1:])}")
        last = row[0]


def _header(data: object) -> Replay:
    """The replay's mission, side, seed and length, each checked."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a HEAT replay")
    if data.get("version") != VERSION:
        raise ValueError(f"replay version {clip(data.get('version'))} is not {VERSION}")
    mission, side, seed, ticks = (data.get(k) for k in ("mission", "side", "seed", "ticks"))
    if not isinstance(mission, str) or not 0 < len(mission) <= MAX_NAME:
        raise ValueError(f"mission {clip(mission)} is not a mission id")
    if side not in SIDES:
        raise ValueError(f"side {clip(side)} is not one of {', '.join(SIDES)}")
    if type(seed) is not int or abs(seed) > MAX_SEED:
        raise ValueError(f"seed {clip(seed)} is not a whole number below 2**63")
    if type(ticks) is not int or not 0 <= ticks <= MAX_TICKS:
        raise ValueError(f"ticks {clip(ticks)} is not a whole number from 0 to {MAX_TICKS}")
    final_hash = data.get("final_hash", "")
    if not isinstance(final_hash, str) or len(final_hash) > MAX_NAME:
        raise ValueError("final_hash is not a short text")
    if not isinstance(data.get("intents"), list) or not isinstance(data.get("orders", []), list):
        raise ValueError("intents and orders must be lists of rows")
    return Replay(mission, side, seed, ticks, final_hash)


def _rows(items: list) -> list[list]:
    if not all(isinstance(row, list) for row in items):
        raise ValueError("a row is not a list")
    return [list(row) for row in items]


def load_replay(path: Path) -> Replay:
    try:
        data = read_bytes(path, MAX_FILE_BYTES)
        if data is None:
            raise ReplayError(f"{path}: replay file not found — check the path")
        decoded = parse_json(data)
        replay = _header(decoded)
        replay.changes = _rows(decoded["intents"])
        _check_rows(replay.changes)
        replay.orders = _rows(decoded.get("orders", []))
        _check_orders(replay.orders)
        positions = decoded.get("positions", [])
        if not isinstance(positions, list):
            raise ValueError("positions must be a list of rows")
        replay.positions = _rows(positions)
        _check_positions(replay.positions)
    except ReplayError:
        raise
    except UnusableFileError as trouble:
        raise ReplayError(f"{path}: cannot read the replay: the file {trouble} — give the "
                          "path of a replay file") from None
    except ValueError as exc:
        raise ReplayError(f"{path}: unreadable replay ({exc}) — record it again with "
                          "'heat play MISSION --record FILE'") from None
    return replay
