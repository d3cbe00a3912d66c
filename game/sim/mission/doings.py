"""What several actions share: completing or failing objectives, speaking a line by key,
spawning a waiting group, handing loot to someone."""

from __future__ import annotations

import math

from game.sim.ai.panic_state import add_panic
from game.sim.components import Body, Downable, Faction, Mover, Name, Position, Route
from game.sim.events import LootTaken, ObjectiveCompleted, ObjectiveFailed, RadioChatter
from game.sim.mission.components import Burden, Group, Loot
from game.sim.mission.earshot import player_hears
from game.sim.mission.state import MissionState, SpawnSpec
from game.sim.prefabs import add_ai, spawn_actor
from game.sim.vehicles import spawn_vehicle
from game.sim.world import World

UNNAMED_ROLES = frozenset({"crew", "lapd", "guard", "civilian", "dummy"})
"""Roles without a name of their own; every other role goes down before dying."""


def complete_objective(world: World, mission: MissionState, objective_id: str) -> None:
    found = mission.objective(objective_id)
    if found is not None and not found.done and not found.failed:
        found.done, found.done_at_s = True, world.time_s
        world.emit(ObjectiveCompleted(world.tick, found.id, found.text))


def fail_objective(world: World, mission: MissionState, objective_id: str) -> None:
    found = mission.objective(objective_id)
    if found is not None and not found.done and not found.failed:
        found.failed = True
        world.emit(ObjectiveFailed(world.tick, found.id, found.text))


def speak(world: World, mission: MissionState, key: str, on_radio: bool = True,
          heard: str = "") -> None:
    """Every line filed under ``key`` ("Speaker: text", one per line) the player can hear
    (game/sim/mission/earshot.py) as radio chatter."""
    for raw in mission.lines.get(key, "").splitlines():
        speaker, colon, text = raw.partition(":")
        if raw.strip() and (not colon or player_hears(world, mission, speaker, on_radio, heard)):
            world.emit(RadioChatter(world.tick, speaker.strip() if colon else "",
                                    text.strip() if colon else raw.strip()))


def spawn_spec(world: World, spec: SpawnSpec, dx: float = 0.0, dy: float = 0.0,
               leader: int = 0) -> int:
    """One waiting actor or vehicle into the world, shifted by (dx, dy); a `follow` actor
    follows ``leader`` (the player, when of the player's side)."""
    x, y = spec.x + dx, spec.y + dy
    if spec.kind == "vehicle":
        eid = spawn_vehicle(world, spec.role, x, y, spec.angle, faction=spec.faction or "civilian",
                            speed_mps=spec.speed_mps, route=spec.route, name=spec.name)
    else:
        weapon = spec.weapon
        eid = spawn_actor(world, spec.role, x, y, spec.angle,
                          weapon=None if weapon == "default" else ("" if weapon == "none"
                                                                   else weapon),
                          name=spec.name)
        faction = world.get(eid, Faction)
        if faction is not None and spec.faction and spec.faction != "civilian":
            faction.side = spec.faction
        if spec.role not in UNNAMED_ROLES:
            world.add(eid, Downable())
        route = Route(spec.route, True, 1.0) if spec.route else None
        add_ai(world, eid, spec.behaviour, route=route,
               leader=leader if spec.behaviour == "follow" else 0)
        add_panic(world, eid, spec.panic)  # as for the Characters placed at the start
    if spec.group:
        world.add(eid, Group(spec.group))
    return eid


def spawn_group(world: World, mission: MissionState, name: str,
                at: tuple[float, float] | None = None) -> list[int]:
    """Bring a hidden layer's actors in; with ``at`` the group is centred there."""
    specs = mission.spawn_groups.get(name, [])
    dx = dy = 0.0
    if at is not None and specs:
        cx = sum(s.x for s in specs) / len(specs)
        cy = sum(s.y for s in specs) / len(specs)
        dx, dy = at[0] - cx, at[1] - cy
    player = world.get(mission.player, Faction)
    return [spawn_spec(world, spec, dx, dy, mission.player if player is not None
                       and player.side == spec.faction else 0) for spec in specs]


def give_loot(world: World, mission: MissionState, carrier: int, value: int,
              weight_kg: float = 0.0, name: str = "loot", group: str = "") -> int:
    """New loot straight into someone's hands (the bonds handed out of a truck)."""
    pos = world.get(carrier, Position)
    x, y = (pos.x, pos.y) if pos is not None else (0.0, 0.0)
    eid = world.spawn(Position(x, y), Loot(name, value, weight_kg, group, carrier), Name(name))
    pick_up(world, mission, carrier, eid)
    return eid


def pick_up(world: World, mission: MissionState, carrier: int, loot_id: int) -> None:
    loot = world.get(loot_id, Loot)
    if loot is None:
        return
    loot.carrier = carrier
    burden = world.get(carrier, Burden)
    mover = world.get(carrier, Mover)
    if burden is None and mover is not None:
        burden = Burden(mover.max_speed)
        world.add(carrier, burden)
    world.emit(LootTaken(world.tick, carrier, loot.value, loot.name))
    refresh_take(world, mission)


def refresh_take(world: World, mission: MissionState) -> None:
    """The take the HUD shows: loot carried by the player's side."""
    total = 0
    for _, loot in world.query(Loot):
        faction = world.get(loot.carrier, Faction) if loot.carrier else None
        if faction is not None and faction.side == mission.side:
            total += loot.value
    mission.take = total


def centre_of(world: World, name: str) -> tuple[float, float] | None:
    """Where a named thing is: an entity's position or a region's middle."""
    from game.sim.mission.lookup import find, region, where

    eid = find(world, name)
    if eid:
        return where(world, eid)
    area = region(world, name)
    if area is not None:
        return area.x + area.w / 2, area.y + area.h / 2
    return None


def offset_along(world: World, name: str, offset_px: float) -> tuple[float, float] | None:
    """A point ahead of (or, negative, behind) a named thing along its heading."""
    from game.sim.components import Heading
    from game.sim.mission.lookup import find

    spot = centre_of(world, name)
    heading = world.get(find(world, name), Heading)
    if spot is None or heading is None or not offset_px:
        return spot
    return (spot[0] + math.cos(heading.angle) * offset_px,
            spot[1] + math.sin(heading.angle) * offset_px)


def body_radius(world: World, eid: int) -> float:
    body = world.get(eid, Body)
    return body.radius if body is not None else 10.0
