"""A digest of the whole world state, for determinism and replay checks."""

from __future__ import annotations

import hashlib
from dataclasses import fields, is_dataclass
from typing import Any

from game.sim.mission import MissionState
from game.sim.world import World


def state_hash(world: World) -> str:
    digest = hashlib.sha256()
    digest.update(repr((world.seed, world.tick, world.next_id)).encode())
    digest.update(repr(world.rng.getstate()).encode())
    for kind in sorted(world.stores, key=lambda k: k.__name__):
        store = world.stores[kind]
        if not store:
            continue  # a kind nobody has is no state, however it came to be listed
        digest.update(kind.__name__.encode())
        for eid in sorted(store):
            digest.update(f"{eid}:{_describe(store[eid])}".encode())
    # Static resources (collision map, body grid) derive from the map and the components.
    mission = world.resources.get(MissionState)
    if mission is not None:
        digest.update(_describe(mission).encode())
    return digest.hexdigest()[:16]


def _describe(value: Any) -> str:
    if is_dataclass(value) and not isinstance(value, type):
        return repr(tuple(_describe(getattr(value, f.name)) for f in fields(value)))
    if isinstance(value, list | tuple):
        return repr(tuple(_describe(v) for v in value))
    return repr(value)
