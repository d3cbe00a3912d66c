"""Archetypes of actors as data, and the function that spawns one into a world."""

from __future__ import annotations

from dataclasses import dataclass

from game.sim.components import (
    Appearance,
    Body,
    Faction,
    Heading,
    Health,
    Intent,
    Mover,
    Name,
    Position,
    Velocity,
    Weapon,
)
from game.sim.units import metres
from game.sim.weapons import weapon_spec
from game.sim.world import World


@dataclass(frozen=True, slots=True)
class Archetype:
    sprite: str
    side: str
    hp: float
    speed: float  # px/s
    radius: float = 10.0
    armour: float = 0.0
    weapon: str = ""
    mass: float = 80.0


ARCHETYPES: dict[str, Archetype] = {
    "crew": Archetype("crew", "crew", 100, metres(5.0), weapon="rifle"),
    "mccauley": Archetype("mccauley", "crew", 120, metres(5.0), weapon="rifle"),
    "shiherlis": Archetype("crew", "crew", 110, metres(5.0), weapon="rifle"),
    "cheritto": Archetype("crew", "crew", 110, metres(4.8), weapon="rifle"),
    "trejo": Archetype("crew", "crew", 100, metres(5.0), weapon="shotgun"),
    "waingro": Archetype("crew", "crew", 100, metres(5.0), weapon="pistol"),
    "breedan": Archetype("crew", "crew", 90, metres(5.0), weapon="pistol"),
    "lapd": Archetype("lapd", "lapd", 100, metres(4.6), armour=0.3, weapon="pistol"),
    "hanna": Archetype("hanna", "lapd", 120, metres(5.0), armour=0.3, weapon="rifle"),
    "drucker": Archetype("hanna", "lapd", 110, metres(4.8), armour=0.3, weapon="shotgun"),
    "casals": Archetype("hanna", "lapd", 110, metres(4.8), armour=0.3, weapon="rifle"),
    "bosko": Archetype("hanna", "lapd", 110, metres(4.8), armour=0.3, weapon="shotgun"),
    "schwartz": Archetype("hanna", "lapd", 110, metres(4.8), armour=0.3, weapon="pistol"),
    "guard": Archetype("guard", "guard", 90, metres(4.2), weapon="pistol"),
    "civilian": Archetype("civilian", "civilian", 60, metres(4.8)),
    "dummy": Archetype("dummy", "target", 100, 0.0, radius=12.0, mass=1e6),
}


def spawn_actor(
    world: World, kind: str, x: float, y: float, angle: float = 0.0, *,
    weapon: str | None = None, name: str = "",
) -> int:
    """Create an actor of the archetype ``kind`` at (x, y) facing ``angle`` radians."""
    arch = ARCHETYPES[kind]
    eid = world.spawn(
        Position(x, y),
        Velocity(),
        Heading(angle, angle),
        Body(arch.radius, arch.mass),
        Health(arch.hp, arch.hp, arch.armour),
        Faction(arch.side),
        Appearance(arch.sprite),
        Intent(aim_x=x + 100.0, aim_y=y),
    )
    if arch.speed > 0.0:
        world.add(eid, Mover(arch.speed, arch.speed * 10.0))
    gun = arch.weapon if weapon is None else weapon
    if gun:
        world.add(eid, Weapon(gun, weapon_spec(gun).magazine))
    if name:
        world.add(eid, Name(name))
    return eid
