"""Applying damage to actors: armour, health, death and the events that report them."""

from __future__ import annotations

from game.sim.components import Body, Dead, Faction, Health, Intent, Position
from game.sim.events import ActorDamaged, ActorKilled
from game.sim.world import World


def deal_damage(world: World, victim: int, attacker: int, amount: float) -> None:
    health = world.get(victim, Health)
    if health is None or world.has(victim, Dead):
        return
    taken = amount * (1.0 - health.armour)
    health.hp = max(0.0, health.hp - taken)
    pos = world.get(victim, Position)
    x, y = (pos.x, pos.y) if pos else (0.0, 0.0)
    world.emit(ActorDamaged(world.tick, victim, attacker, taken, x, y))
    if health.hp <= 0.0:
        kill(world, victim, attacker, x, y)


def kill(world: World, victim: int, killer: int, x: float, y: float) -> None:
    world.add(victim, Dead(world.time_s, killer))
    world.remove(victim, Body)  # corpses do not block
    intent = world.get(victim, Intent)
    if intent is not None:
        intent.move_x = intent.move_y = 0.0
        intent.fire = False
    faction = world.get(victim, Faction)
    world.emit(ActorKilled(world.tick, victim, killer, faction.side if faction else "", x, y))
