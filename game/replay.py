"""Replays: the player's Intent per tick, recorded as changes, and the orders the player gave
the crew, saved as JSON and played back."""

from __future__ import annotations

import json
from dataclasses import astuple, dataclass, field
from pathlib import Path

from game import __version__
from game.sim.ai.orders import ORDERS, give_order
from game.sim.components import Intent
from game.sim.world import World

FORMAT = "heat-replay"
VERSION = 1


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
    _last: tuple | None = None

    def capture(self, tick: int, intent: Intent) -> None:
        row = astuple(intent)
        if row != self._last:
            self.changes.append([tick, *row])
            self._last = row
        self.ticks = tick + 1

    def capture_order(self, tick: int, order: str, x: float, y: float) -> None:
        self.orders.append([tick, order, x, y])

    def intent_at(self) -> IntentFeed:
        return IntentFeed(self.changes, self.orders)

    def save(self, path: Path) -> None:
        data = {
            "format": FORMAT, "version": VERSION, "game": __version__,
            "mission": self.mission, "side": self.side, "seed": self.seed,
            "ticks": self.ticks, "final_hash": self.final_hash, "intents": self.changes,
            "orders": self.orders,
        }
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
        tmp.replace(path)


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


def _check_rows(rows: list[list]) -> None:
    """Every row: [tick, move_x, move_y, aim_x, aim_y, fire, reload, interact(, drop)],
    ticks rising."""
    last = -1
    for row in rows:
        if len(row) not in (8, 9):
            raise ValueError("an intent row does not have 8 or 9 fields")
        tick, numbers, flags = row[0], row[1:5], row[5:]
        if type(tick) is not int or tick < last:
            raise ValueError(f"bad tick {tick!r}: ticks must be whole numbers in order")
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in numbers):
            raise ValueError(f"tick {tick}: move and aim must be numbers")
        if not all(isinstance(v, bool) for v in flags):
            raise ValueError(f"tick {tick}: fire, reload and interact must be true or false")
        last = tick


def _check_orders(rows: list[list]) -> None:
    """Every order row: [tick, order, x, y], ticks rising."""
    last = -1
    for row in rows:
        if len(row) != 4 or type(row[0]) is not int or row[0] < last:
            raise ValueError("an order row is not [tick, order, x, y] in tick order")
        if row[1] not in ORDERS or not all(isinstance(v, int | float) for v in row[2:]):
            raise ValueError(f"tick {row[0]}: bad order {row[1]!r}")
        last = row[0]


def load_replay(path: Path) -> Replay:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError("not a HEAT replay")
        if data.get("version") != VERSION:
            raise ValueError(f"replay version {data.get('version')} is not {VERSION}")
        replay = Replay(str(data["mission"]), str(data["side"]), int(data["seed"]),
                        int(data["ticks"]), str(data.get("final_hash", "")))
        replay.changes = [list(row) for row in data["intents"]]
        _check_rows(replay.changes)
        replay.orders = [list(row) for row in data.get("orders", [])]
        _check_orders(replay.orders)
    except FileNotFoundError:
        raise ReplayError(f"{path}: replay file not found — check the path") from None
    except OSError as exc:
        raise ReplayError(f"{path}: cannot read the replay ({exc.strerror}) — give the path "
                          "of a replay file") from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ReplayError(f"{path}: unreadable replay ({exc}) — record it again with "
                          "'heat play MISSION --record FILE'") from None
    return replay
