"""Archetypes of actors as data, and the function that spawns one into a world."""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.sim.ai.profiles import profile_for
from game.sim.components import (
    Appearance,
    Awareness,
    Body,
    Brain,
    Faction,
    Gunner,
    Heading,
    Health,
    Intent,
    Mover,
    Name,
    Navigator,
    Perception,
    Position,
    Route,
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
    "waingro": Archetype("waingro", "crew", 100, metres(5.0), weapon="pistol"),
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


def add_ai(world: World, eid: int, behaviour: str = "idle", *, leader: int = 0,
           route: Route | None = None) -> None:
    """Give an actor senses and a brain: a vision cone and hearing from its side's profile,
    alertness, a navigator and a gunner. ``behaviour`` is the Tiled Character behaviour."""
    faction, pos = world.get(eid, Faction), world.get(eid, Position)
    heading = world.get(eid, Heading)
    profile = profile_for(faction.side if faction else "civilian")
    x, y = (pos.x, pos.y) if pos else (0.0, 0.0)
    angle = heading.angle if heading else 0.0
    world.add(eid, Perception(profile.fov_rad, profile.sight_px, profile.hearing,
                              profile.reaction_s))
    world.add(eid, Awareness(since_s=world.time_s, last_x=x, last_y=y))
    world.add(eid, Brain(behaviour, x, y, angle, leader,
                         next_think_s=world.time_s + (eid % 24) / 60.0))
    world.add(eid, Navigator(goal_x=x, goal_y=y))
    world.add(eid, Gunner(aim_x=x + math.cos(angle) * 100.0, aim_y=y + math.sin(angle) * 100.0))
    if route is not None:
        world.add(eid, route)
