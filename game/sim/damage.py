"""Applying damage to actors: vests, health, going down, death and the events that report them.

Both sides are equally lethal: a round does what its weapon's table says, whoever fired it. Only
the LAPD's vests (``Health.armour``) absorb a share, and rifle rounds defeat part of that.
"""

from __future__ import annotations

from game.sim.components import (
    Body,
    Dead,
    Downable,
    Downed,
    Faction,
    Health,
    Intent,
    Position,
)
from game.sim.events import ActorDamaged, ActorDowned, ActorKilled
from game.sim.world import World

BLEED_OUT_S = 90.0  # a downed character dies if left this long
DOWN_OVERKILL = 0.5  # damage past zero beyond this share of max hp kills outright


def deal_damage(world: World, victim: int, attacker: int, amount: float,
                armour_piercing: float = 0.0) -> None:
    health = world.get(victim, Health)
    if health is None or world.has(victim, Dead):
        return
    taken = amount * (1.0 - health.armour * (1.0 - armour_piercing)) * health.taken_scale
    before = health.hp
    health.hp = max(0.0, health.hp - taken)
    pos = world.get(victim, Position)
    x, y = (pos.x, pos.y) if pos else (0.0, 0.0)
    world.emit(ActorDamaged(world.tick, victim, attacker, taken, x, y))
    if health.hp > 0.0:
        return
    overkill = taken - before
    if (world.has(victim, Downable) and not world.has(victim, Downed)
            and overkill <= DOWN_OVERKILL * health.max_hp):
        down(world, victim, attacker, x, y)
    else:
        kill(world, victim, attacker, x, y)


def down(world: World, victim: int, attacker: int, x: float, y: float) -> None:
    """Put a named character on the ground: out of the fight, draggable, bleeding out."""
    world.add(victim, Downed(world.time_s, BLEED_OUT_S, attacker))
    world.remove(victim, Body)  # lying down: rounds and people pass over
    _let_go(world, victim)
    faction = world.get(victim, Faction)
    world.emit(ActorDowned(world.tick, victim, attacker, faction.side if faction else "", x, y))


def kill(world: World, victim: int, killer: int, x: float, y: float) -> None:
    world.remove(victim, Downed)
    world.add(victim, Dead(world.time_s, killer))
    world.remove(victim, Body)  # corpses do not block
    _let_go(world, victim)
    faction = world.get(victim, Faction)
    world.emit(ActorKilled(world.tick, victim, killer, faction.side if faction else "", x, y))


def _let_go(world: World, eid: int) -> None:
    """Stop moving and shooting. A dragger who falls drops the body: the drag system sees the
    released grip next tick and gives the slung gun back."""
    intent = world.get(eid, Intent)
    if intent is not None:
        intent.move_x = intent.move_y = 0.0
        intent.fire = False
        intent.interact = False


def out_of_action(world: World, eid: int) -> bool:
    """Dead or down: neither moves, shoots, sees nor is worth shooting at."""
    return world.has(eid, Dead) or world.has(eid, Downed)
