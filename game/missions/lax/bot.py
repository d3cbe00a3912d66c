"""LAX help for the objective bot, as McCauley: once Waingro is settled, choose the way out —
Eady's car, or the fence, the dark of the apron between the towers' pools and the gap in the
far fence. The choice is the seed's (odd seeds take the tarmac) unless the police already stand
by the car, which sends him onto the tarmac whatever the seed (the rule the AI McCauley keeps),
or are already on him by the back way, which sends him out of the front to the car.
As Hanna, and before the choice, the generic bot plays the map's objectives."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from game.bots.objective_bot import ObjectiveBot, clear_intent, playing
from game.bots.threats import nearest_threat
from game.missions.lax.car_watched import car_watched
from game.sim.components import Faction, Position, Weapon
from game.sim.mission import MissionState
from game.sim.mission.lookup import region
from game.sim.units import metres
from game.sim.weapons import weapon_spec
from game.sim.world import World

CAR, TARMAC = "car", "tarmac"
TARMAC_WAY = ("fence-near", "dark-apron", "dark-east", "far-gap")
"""The regions he runs through on the tarmac, in order (the AI McCauley's way, from the hotel's
back door through the near gap in the fence)."""
REACHED_PX = metres(1.5)  # this close to a waypoint region's centre, go on to the next
TOP_UP_SHARE = 0.6  # with nobody in a clear line, reload below this share of a magazine
CLOSE_ON_PX = metres(22.0)  # armed police this close when Waingro falls: not the back way
QUIET_PX = metres(16.0)  # top the magazine up only with no armed police this close
BACK_OFF_PX = metres(5.0)  # empty in a fight: step this far back out of the line to reload


def choose_route(world: World, pos: Position) -> str:
    """The tarmac when the car is watched; else the seed's choice, unless the police are already
    close on the back way (then the car, out of the front, away from them)."""
    if car_watched(world):
        return TARMAC
    return TARMAC if world.seed % 2 == 1 and not _police_near(world, pos) else CAR


def _police_near(world: World, pos: Position, within: float = 0.0) -> bool:
    """Armed police within ``within`` (CLOSE_ON_PX by default), in a line of fire or not."""
    reach = within or CLOSE_ON_PX
    return any(f.side == "lapd" and math.hypot(p.x - pos.x, p.y - pos.y) < reach
               for _, f, p, _ in world.query(Faction, Position, Weapon))


@dataclass
class LaxBot:
    """Plays LAX on either side; as the crew, picks and runs the way out once Waingro is down."""

    base: ObjectiveBot = field(default_factory=ObjectiveBot)
    route: str = ""  # chosen once, when Waingro is settled
    leg: int = 0  # the next region of TARMAC_WAY

    def think(self, world: World) -> None:
        steering = playing(world)
        if steering is None:
            return
        mission, me, intent, pos = steering
        if mission.side != "crew" or not _done(mission, "waingro"):
            self.base.think(world)
            return
        if not self.route:
            self.route = choose_route(world, pos)
        if self.route == CAR:
            self.base.think(world)
            return
        clear_intent(intent)
        weapon = world.get(me, Weapon)
        foe = nearest_threat(world, me, pos)
        where = world.get(foe, Position) if foe is not None else None
        if where is not None and weapon is not None and (weapon.ammo == 0
                                                         or weapon.reload_left_s > 0):
            intent.reload = weapon.ammo == 0 and weapon.reload_left_s <= 0
            self.base.walk_to(world, intent, pos, _away(pos, (where.x, where.y)), face=False)
            return  # reload out of his line, not standing in it
        if foe is not None:  # the shared bot leads him and fires short, settled bursts
            self.base.engage(world, me, intent, pos, foe)
            return
        if weapon is not None and weapon.ammo < TOP_UP_SHARE * weapon_spec(weapon.kind).magazine \
                and not _police_near(world, pos, QUIET_PX):
            intent.reload = weapon.reload_left_s <= 0  # never meet the next man half empty
        goal = self._next_waypoint(world, pos)
        if goal is not None:
            self.base.walk_to(world, intent, pos, goal)

    def _next_waypoint(self, world: World, pos: Position) -> tuple[float, float] | None:
        while self.leg < len(TARMAC_WAY):
            area = region(world, TARMAC_WAY[self.leg])
            if area is None:
                self.leg += 1
                continue
            centre = (area.x + area.w / 2, area.y + area.h / 2)
            inside = area.x <= pos.x <= area.x + area.w and area.y <= pos.y <= area.y + area.h
            last = self.leg == len(TARMAC_WAY) - 1
            if not last and (inside or math.hypot(centre[0] - pos.x,
                                                  centre[1] - pos.y) < REACHED_PX):
                self.leg += 1
                continue
            return centre
        return None


def _away(pos: Position, threat: tuple[float, float]) -> tuple[float, float]:
    dx, dy = pos.x - threat[0], pos.y - threat[1]
    length = math.hypot(dx, dy) or 1.0
    return pos.x + dx / length * BACK_OFF_PX, pos.y + dy / length * BACK_OFF_PX


def _done(mission: MissionState, objective_id: str) -> bool:
    return any(o.id == objective_id and o.done for o in mission.objectives)
