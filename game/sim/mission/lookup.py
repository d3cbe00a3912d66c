"""Finding what a line names: an entity by name, the members of WHO, a region, standing actors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from game.sim.components import Dead, Downed, Faction, Health, Name, Position, Region, Surrendered
from game.sim.mission.components import Group, Loot
from game.sim.mission.state import MissionState
from game.sim.world import World

if TYPE_CHECKING:
    from game.sim.mission.lines import Line
    from game.sim.mission.vocabulary import Ctx


@dataclass(slots=True)
class LookupCache:
    """What ``members`` and ``region`` answered while the world's stores stood still. Not state
    (never hashed): a resource kept beside the world, thrown away whenever an entity, a component
    or the doomed set changes (``World.changes`` and the doomed count), or when a line changes a
    component that names membership in place (``forget``)."""

    stamp: tuple[int, int] = (-1, -1)
    members: dict[str, tuple[int, ...]] = field(default_factory=dict)
    regions: dict[str, Region | None] = field(default_factory=dict)
    things: dict[str, list] = field(default_factory=dict)


def _cache(world: World) -> LookupCache:
    cache = world.resources.get(LookupCache)
    if cache is None:
        cache = LookupCache()
        world.resources[LookupCache] = cache
    stamp = (world.changes, len(world.doomed))
    if cache.stamp != stamp:
        cache.stamp = stamp
        cache.members.clear()
        cache.regions.clear()
        cache.things.clear()
    return cache


def kept_things(world: World, name: str, make: Callable[[], list]) -> list:
    """What ``make`` lists for ``name`` (the things so named, with their live components),
    made again only once an entity or a component came or went."""
    things = _cache(world).things
    found = things.get(name)
    if found is None:
        found = things[name] = make()
    return found


def forget(world: World) -> None:
    """Drop what the lookups remember (after changing a Faction's side in place)."""
    world.resources.pop(LookupCache, None)


def find(world: World, name: str) -> int:
    """The first live entity with this Name (0: none)."""
    for eid, tag in world.query(Name):
        if tag.name == name and eid not in world.doomed:
            return eid
    return 0


def region(world: World, name: str) -> Region | None:
    regions = _cache(world).regions
    if name not in regions:
        regions[name] = next((r for _, r in world.query(Region) if r.name == name), None)
    return regions[name]


def members(world: World, mission: MissionState, who: str) -> list[int]:
    """Entities WHO stands for: ``player``, ``faction:SIDE``, ``loot``, ``loot:GROUP``, a group,
    a name, or a bare faction name when nothing else matches."""
    return list(kept_members(world, mission, who))


def kept_members(world: World, mission: MissionState, who: str) -> tuple[int, ...]:
    """``members``, as the kept tuple (for reading only: no copy made)."""
    if who == "player":
        return (mission.player,) if mission.player else ()
    known = _cache(world).members
    found = known.get(who)
    if found is None:
        found = known[who] = tuple(_members(world, who))
    return found


def _members(world: World, who: str) -> list[int]:
    prefix, colon, rest = who.partition(":")
    if colon and prefix == "faction":
        return _faction(world, rest)
    if who == "loot" or (colon and prefix == "loot"):
        return [e for e, loot in world.query(Loot) if not rest or loot.group == rest]
    found = [e for e, g in world.query(Group) if g.name == who]
    found += [e for e, n in world.query(Name) if n.name == who and e not in found]
    found = [e for e in found if e not in world.doomed]
    return sorted(found) if found else _faction(world, who)


def _faction(world: World, side: str) -> list[int]:
    return [e for e, f, _ in world.query(Faction, Health) if f.side == side
            and e not in world.doomed]


def standing(world: World, eid: int) -> bool:
    """On its feet and fighting or fleeing: not dead, down or with its hands up."""
    return not (world.has(eid, Dead) or world.has(eid, Downed) or world.has(eid, Surrendered))


def is_down(world: World, eid: int) -> bool:
    return world.has(eid, Dead) or world.has(eid, Downed)


def where(world: World, eid: int) -> tuple[float, float] | None:
    """An entity's place; loot being carried is where its carrier is."""
    loot = world.get(eid, Loot)
    if loot is not None and loot.carrier:
        eid = loot.carrier
    pos = world.get(eid, Position)
    return (pos.x, pos.y) if pos is not None else None


def inside_count(world: World, mission: MissionState, who: str, place: str) -> int:
    """How many of WHO (standing, or loot) are inside the named region."""
    area = region(world, place)
    if area is None:
        return 0
    loots, positions = world.store(Loot), world.store(Position)
    dead, downed, gave_up = world.store(Dead), world.store(Downed), world.store(Surrendered)
    left, top, right, bottom = area.x, area.y, area.x + area.w, area.y + area.h
    count = 0
    for eid in kept_members(world, mission, who):
        loot = loots.get(eid)
        pos = positions.get(loot.carrier if loot is not None and loot.carrier else eid)
        if pos is None or not (left <= pos.x <= right and top <= pos.y <= bottom):
            continue  # the same sums as Region.contains, asked before the cheaper-to-skip rest
        if loot is None and (eid in dead or eid in downed or eid in gave_up):
            continue
        count += 1
    return count


def inside_change(ctx: Ctx, line: Line) -> tuple[int, int, int]:
    """For ``enters``/``leaves WHO REGION [count=N]``: N (default 1), how many WHO were inside
    the region last tick and how many are now (remembered for the next tick)."""
    wanted = int(line.option("count", "1"))
    now = inside_count(ctx.world, ctx.mission, line.args[0], line.args[1])
    before = ctx.memory.get(ctx.key, 0)
    ctx.memory[ctx.key] = now
    return wanted, before, now
