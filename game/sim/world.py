"""The World: entity ids, component stores, the seeded RNG, the event queue and resources."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any, TypeVar, overload

from game.sim.events import Event

C = TypeVar("C")
C1 = TypeVar("C1")
C2 = TypeVar("C2")
C3 = TypeVar("C3")

OUTBOX_LIMIT = 4096
"""Presentation events kept for a consumer that never drains them (headless runs)."""


@dataclass
class World:
    """All state of one running game. Several worlds may live in one process."""

    seed: int = 0
    rng: random.Random = field(default_factory=random.Random)
    tick: int = 0
    time_s: float = 0.0
    next_id: int = 1
    stores: dict[type, dict[int, Any]] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    outbox: list[Event] = field(default_factory=list)
    doomed: set[int] = field(default_factory=set)
    resources: dict[type, Any] = field(default_factory=dict)
    versions: dict[type, int] = field(default_factory=dict, repr=False, compare=False)
    """Bumped whenever a store's membership or one of its component objects changes (spawn,
    add, remove, flush); not when a component is mutated in place."""
    changes: int = field(default=0, repr=False, compare=False)
    """Bumped with any store's version: while it stands still, every kept query is current."""
    query_cache: dict[tuple[type, ...], list[Any]] = field(
        default_factory=dict, repr=False, compare=False)
    """Each query's [changes, versions of its stores, rows] when its rows were last checked."""

    def __post_init__(self) -> None:
        self.rng.seed(self.seed)  # the world's seed decides every random draw

    @classmethod
    def seeded(cls, seed: int) -> World:
        return cls(seed=seed)

    # -- entities -------------------------------------------------------------------------
    def spawn(self, *components: Any) -> int:
        eid = self.next_id
        self.next_id += 1
        for component in components:
            self.add(eid, component)
        return eid

    def add(self, eid: int, component: Any) -> None:
        kind = type(component)
        self.stores.setdefault(kind, {})[eid] = component
        self.versions[kind] = self.versions.get(kind, 0) + 1
        self.changes += 1

    def remove(self, eid: int, kind: type) -> None:
        store = self.stores.get(kind)
        if store is not None and store.pop(eid, None) is not None:
            self.versions[kind] = self.versions.get(kind, 0) + 1
            self.changes += 1

    def despawn(self, eid: int) -> None:
        """Mark for removal at the end of the tick, so systems can iterate safely."""
        self.doomed.add(eid)

    def flush_despawned(self) -> None:
        for eid in self.doomed:
            for kind, store in self.stores.items():
                if store.pop(eid, None) is not None:
                    self.versions[kind] = self.versions.get(kind, 0) + 1
                    self.changes += 1
        self.doomed.clear()

    def alive(self, eid: int) -> bool:
        return eid not in self.doomed and any(eid in s for s in self.stores.values())

    # -- components -----------------------------------------------------------------------
    def get(self, eid: int, kind: type[C]) -> C | None:
        store = self.stores.get(kind)  # no empty dict made per call: this runs very often
        return store.get(eid) if store is not None else None

    def has(self, eid: int, kind: type) -> bool:
        store = self.stores.get(kind)
        return store is not None and eid in store

    def store(self, kind: type[C]) -> dict[int, C]:
        """The live store of one kind, for reading (add and remove go through the World).
        Looking does not create one: a renderer's read must never change the state hash."""
        return self.stores.get(kind) or {}

    @overload
    def query(self, k1: type[C1], /) -> list[tuple[int, C1]]: ...
    @overload
    def query(self, k1: type[C1], k2: type[C2], /) -> list[tuple[int, C1, C2]]: ...
    @overload
    def query(
        self, k1: type[C1], k2: type[C2], k3: type[C3], /
    ) -> list[tuple[int, C1, C2, C3]]: ...
    @overload
    def query(self, *kinds: type) -> list[tuple[Any, ...]]: ...

    def query(self, *kinds: type) -> list[tuple[Any, ...]]:
        """Rows (id, components...) of entities having every kind, in ascending id order.

        Returns a fresh list, so systems may add or remove components while walking it. The rows
        are kept until one of the kinds' stores changes (see ``versions``), so a query repeated
        in a tick where nothing was added or removed is a copy of a list, not a sort.
        """
        cached = self.query_cache.get(kinds)
        if cached is not None and cached[0] == self.changes:
            return cached[2].copy()  # nothing added or removed anywhere since
        versions = self.versions
        stamp = tuple([versions.get(k, 0) for k in kinds])
        if cached is not None and cached[1] == stamp:
            cached[0] = self.changes  # changes elsewhere only
            return cached[2].copy()
        rows = self._build_rows(kinds)
        self.query_cache[kinds] = [self.changes, stamp, rows]
        return rows.copy()

    def _build_rows(self, kinds: tuple[type, ...]) -> list[tuple[Any, ...]]:
        stores = [self.stores.get(k) or {} for k in kinds]
        ids = sorted(min(stores, key=len))
        if len(stores) == 1:
            (a,) = stores
            return [(e, a[e]) for e in ids]
        if len(stores) == 2:
            a, b = stores
            return [(e, a[e], b[e]) for e in ids if e in a and e in b]
        if len(stores) == 3:
            a, b, c = stores
            return [(e, a[e], b[e], c[e]) for e in ids if e in a and e in b and e in c]
        return [(e, *(s[e] for s in stores)) for e in ids if all(e in s for s in stores)]

    # -- events and resources -------------------------------------------------------------
    def emit(self, event: Event) -> None:
        self.events.append(event)
        self.outbox.append(event)
        if len(self.outbox) > OUTBOX_LIMIT:
            del self.outbox[: len(self.outbox) - OUTBOX_LIMIT]

    def take_outbox(self) -> list[Event]:
        """Events since the last call, for render/audio/HUD (each consumed once)."""
        taken, self.outbox = self.outbox, []
        return taken

    def set_resource(self, value: Any) -> None:
        self.resources[type(value)] = value

    def resource(self, kind: type[C]) -> C:
        return self.resources[kind]
