"""Fear: civilians panic and flee from gunfire and armed robbers; guards and civilians caught at
close range by an armed enemy put their hands up."""

from __future__ import annotations

import math

from game.sim.ai.calm import routine
from game.sim.ai.moves import RUN, go_to, halt, hold_fire, look_ahead, look_at
from game.sim.ai.panic_styles import panic
from game.sim.ai.profiles import profile_for
from game.sim.ai.relations import SURRENDERS, threat
from game.sim.ai.resources import nav_grid
from game.sim.components import (
    Awareness,
    Brain,
    Faction,
    Heading,
    Health,
    Navigator,
    Position,
    Surrendered,
    Weapon,
)
from game.sim.events import ActorSurrendered
from game.sim.units import metres
from game.sim.world import World

SURRENDER_PX = metres(5)
COVERED_RAD = math.radians(20)  # a gun pointed this close to you covers you
FLEE_PX = (metres(12), metres(7))
FLEE_TURNS = tuple(math.radians(a) for a in (0, 30, -30, 60, -60, 90, -90))
REFLEE_S = 3.0
FIGHTING_NERVE = 0.45


def civilian(world: World, eid: int, brain: Brain, aware: Awareness) -> None:
    hold_fire(world, eid)
    if maybe_surrender(world, eid, brain, aware) or panic(world, eid, brain, aware):
        return
    if aware.state in ("searching", "combat"):
        flee(world, eid, brain, aware.last_x, aware.last_y)
    elif aware.state == "suspicious":
        brain.mode = "wary"
        halt(world, eid)
        look_at(world, eid, aware.last_x, aware.last_y)
    else:
        routine(world, eid, brain)


def flee(world: World, eid: int, brain: Brain, tx: float, ty: float) -> None:
    """Run for a spot well away from (tx, ty); pick a new one every few seconds."""
    nav = world.get(eid, Navigator)
    fresh = brain.mode != "flee" or world.time_s >= brain.until_s or (nav and nav.arrived)
    if not fresh:
        return
    brain.mode, brain.until_s = "flee", world.time_s + REFLEE_S
    spot = flee_spot(world, eid, tx, ty)
    if spot is not None:
        go_to(world, eid, *spot, RUN)
        look_ahead(world, eid)


def flee_spot(world: World, eid: int, tx: float, ty: float) -> tuple[float, float] | None:
    pos = world.get(eid, Position)
    if pos is None:
        return None
    grid = nav_grid(world)
    away = math.atan2(pos.y - ty, pos.x - tx)
    here = math.hypot(pos.x - tx, pos.y - ty)
    for reach in FLEE_PX:
        for turn in FLEE_TURNS:
            x = pos.x + math.cos(away + turn) * reach
            y = pos.y + math.sin(away + turn) * reach
            if grid.open(*grid.tile_of(x, y)) and math.hypot(x - tx, y - ty) > here:
                return x, y
    return None


def maybe_surrender(world: World, eid: int, brain: Brain, aware: Awareness) -> bool:
    """Hands up when an armed enemy this close has its gun on you and nerve fails."""
    faction = world.get(eid, Faction)
    if faction is None or faction.side not in SURRENDERS or not aware.seen:
        return False
    if not _covered_by(world, eid, aware.target, faction.side):
        return False
    health = world.get(eid, Health)
    hurt = health is not None and health.hp < 0.3 * health.max_hp
    nerve = profile_for(faction.side).nerve
    if world.has(eid, Weapon) and aware.state == "combat" and not hurt:
        nerve += FIGHTING_NERVE  # a guard already fighting is harder to talk down
    if world.rng.random() < nerve:
        return False
    surrender(world, eid, brain)
    return True


def _covered_by(world: World, eid: int, other: int, side: str) -> bool:
    me, them = world.get(eid, Position), world.get(other, Position)
    theirs, heading = world.get(other, Faction), world.get(other, Heading)
    if me is None or them is None or theirs is None or heading is None:
        return False
    if not threat(side, theirs.side) or not world.has(other, Weapon):
        return False
    if math.hypot(me.x - them.x, me.y - them.y) > SURRENDER_PX:
        return False
    bearing = math.atan2(me.y - them.y, me.x - them.x)
    off = abs((bearing - heading.angle + math.pi) % math.tau - math.pi)
    return off <= COVERED_RAD


def surrender(world: World, eid: int, brain: Brain) -> None:
    """Drop the gun, hands up, stay put: out of the fight and no longer a target."""
    halt(world, eid)
    hold_fire(world, eid)
    world.remove(eid, Weapon)
    world.add(eid, Surrendered(world.time_s))
    brain.mode = "surrendered"
    pos, faction = world.get(eid, Position), world.get(eid, Faction)
    world.emit(ActorSurrendered(world.tick, eid, faction.side if faction else "",
                                pos.x if pos else 0.0, pos.y if pos else 0.0))
