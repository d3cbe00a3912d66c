"""Hearing: this tick's shots, footsteps, near misses and wounds reach the AIs within earshot,
to be acted on after a reaction time that grows with distance and falls with loudness."""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.sim.ai.alertness import reaction_delay, schedule_noise, set_state
from game.sim.ai.noise_log import NoiseLog
from game.sim.ai.relations import hostile, threat
from game.sim.collision_map import CollisionMap, has_line_of_sight
from game.sim.components import (
    Awareness,
    Dead,
    Downed,
    Faction,
    Perception,
    Position,
    Surrendered,
)
from game.sim.events import (
    ActorDamaged,
    NoiseMade,
    ProjectilePierced,
    ProjectileStopped,
    ShotFired,
)
from game.sim.units import PX_PER_M, metres
from game.sim.world import World

NEAR_MISS_PX = metres(2.5)  # a round landing this close is heard as incoming fire
INCOMING_BACKTRACK_PX = metres(10)  # guess of the shooter's distance behind a near miss
MUFFLED = 0.6  # share of a noise's radius that carries through walls
EARSHOT_CELL_PX = 512.0  # cells noises are filed in for the listeners


@dataclass(frozen=True, slots=True)
class Noise:
    source: int  # 0 when unknown (an impact)
    x: float
    y: float
    radius: float  # px
    kind: str  # shot | step | impact
    lead_x: float  # where a listener should look: the shooter, or back along a near miss
    lead_y: float


def hear_noises(world: World, dt: float) -> None:
    if not world.store(Perception):
        return  # nobody listening
    noises = _noises(world)
    _log(world, noises)
    wounds = [e for e in world.events if isinstance(e, ActorDamaged)]
    if not noises and not wounds:
        return
    gone = (world.store(Dead), world.store(Downed), world.store(Surrendered))
    factions = world.store(Faction)
    cmap = world.resource(CollisionMap)
    positions, awareness = world.store(Position), world.store(Awareness)
    listeners = world.query(Perception)  # ascending ids
    earshot = _Earshot.of(noises, max(per.hearing for _, per in listeners))
    sources = {n.source: factions[n.source].side for n in noises if n.source in factions}
    for eid, per in listeners:
        pos = positions.get(eid)
        near = earshot.near(pos) if pos is not None else None
        if not near:
            continue  # most listeners, most ticks: nothing within earshot of their cell
        aware = awareness.get(eid)
        if aware is None or _gone(eid, gone):
            continue
        side = factions[eid].side if eid in factions else ""
        best = _loudest(cmap, near, eid, side, sources, per, pos)
        if best is not None:
            noise, distance = best
            delay = reaction_delay(per.reaction_s, distance, noise.radius * per.hearing)
            schedule_noise(aware, noise.kind, noise.lead_x, noise.lead_y, world.time_s + delay)
    for wound in wounds:
        _feel(world, wound, factions, gone)


@dataclass
class _Earshot:
    """This tick's noises filed by the cells their loudest reach covers, so a listener reads
    only the noises that can reach its cell, in the order they were made."""

    cells: dict[tuple[int, int], list[Noise]]

    @classmethod
    def of(cls, noises: list[Noise], hearing: float) -> _Earshot:
        cells: dict[tuple[int, int], list[Noise]] = {}
        for noise in noises:
            reach = noise.radius * hearing
            for gy in range(int((noise.y - reach) // EARSHOT_CELL_PX),
                            int((noise.y + reach) // EARSHOT_CELL_PX) + 1):
                for gx in range(int((noise.x - reach) // EARSHOT_CELL_PX),
                                int((noise.x + reach) // EARSHOT_CELL_PX) + 1):
                    cells.setdefault((gx, gy), []).append(noise)
        return cls(cells)

    def near(self, pos: Position) -> list[Noise]:
        """The noises that may reach ``pos``, in the order made (the filed list: read only)."""
        return self.cells.get((int(pos.x // EARSHOT_CELL_PX), int(pos.y // EARSHOT_CELL_PX)),
                              [])


def _log(world: World, noises: list[Noise]) -> None:
    log = world.resources.get(NoiseLog)
    if log is None:
        log = NoiseLog()
        world.set_resource(log)
    log.prune(world.time_s)
    for noise in noises:
        log.add(noise.x, noise.y, noise.radius, noise.kind, world.time_s)


def _noises(world: World) -> list[Noise]:
    found = []
    for e in world.events:
        if isinstance(e, ShotFired):
            found.append(Noise(e.shooter, e.x, e.y, e.loudness_m * PX_PER_M, "shot", e.x, e.y))
        elif isinstance(e, NoiseMade):
            found.append(Noise(e.source, e.x, e.y, e.loudness_m * PX_PER_M, e.kind, e.x, e.y))
        elif isinstance(e, ProjectileStopped | ProjectilePierced) and not \
                (isinstance(e, ProjectileStopped) and e.victim):
            back_x = e.x - math.cos(e.angle) * INCOMING_BACKTRACK_PX
            back_y = e.y - math.sin(e.angle) * INCOMING_BACKTRACK_PX
            found.append(Noise(0, e.x, e.y, NEAR_MISS_PX, "impact", back_x, back_y))
    return found


def _loudest(cmap: CollisionMap, noises: list[Noise], eid: int, side: str,
             sources: dict[int, str], per: Perception, pos: Position
             ) -> tuple[Noise, float] | None:
    """The noise this listener hears best (own noises and friends' footsteps do not count)."""
    best, best_level, best_d = None, 0.0, 0.0
    for noise in noises:
        if noise.source == eid:
            continue
        if noise.kind == "step" and not _from_enemy(side, sources, noise.source):
            continue
        radius = noise.radius * per.hearing
        d = math.hypot(noise.x - pos.x, noise.y - pos.y)
        level = 1.0 - d / radius
        if level > best_level:
            best, best_level, best_d = noise, level, d
    if best is None:
        return None
    if best_level < 1.0 - MUFFLED and not has_line_of_sight(cmap, pos.x, pos.y, best.x, best.y):
        return None  # far enough that the walls between swallow it
    return best, best_d


def _from_enemy(side: str, sources: dict[int, str], source: int) -> bool:
    other = sources.get(source)
    return other is not None and threat(side, other)


def _feel(world: World, wound: ActorDamaged, factions: dict, gone: tuple) -> None:
    """A wounded AI knows at once where the shot came from."""
    aware = world.get(wound.victim, Awareness)
    shooter = world.get(wound.attacker, Position)
    if aware is None or shooter is None or any(wound.victim in g for g in gone):
        return
    mine, theirs = factions.get(wound.victim), factions.get(wound.attacker)
    enemy = mine is not None and theirs is not None and hostile(mine.side, theirs.side)
    aware.suppression = min(1.0, aware.suppression + 0.5)
    if enemy or (mine is not None and mine.side == "civilian"):
        aware.target, aware.suspicion, aware.last_seen_s = wound.attacker, 1.0, world.time_s
        set_state(world, wound.victim, aware, "combat", shooter.x, shooter.y)
    elif aware.state != "combat":
        set_state(world, wound.victim, aware, "searching", shooter.x, shooter.y)


def _gone(eid: int, gone: tuple[dict, dict, dict]) -> bool:
    """Dead, downed or surrendered (three look-ups, no generator)."""
    dead, downed, surrendered = gone
    return eid in dead or eid in downed or eid in surrendered
