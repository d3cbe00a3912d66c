"""A scripted new player in the downtown ambush: McCauley walks the bags to the car door and, a
human reaction after the police call out or open fire, runs for the nearest cover that faces
them. Run as a script for the survival count over 20 seeds:
``python -m tests.test_ai_reaction_ambush [SEEDS] [REACTION_S] [cover|REGION]``."""

from __future__ import annotations

import math
import sys

from game.session import MissionSession
from game.sim.ai.cover_points import faces
from game.sim.ai.pathfind import plan_path
from game.sim.ai.resources import cover_index, nav_grid
from game.sim.collision_map import CollisionMap
from game.sim.components import Dead, Downed, Faction, Intent, Position
from game.sim.events import RadioChatter, ShotFired
from game.sim.mission.lookup import find, region
from game.sim.units import DT, TICK_HZ, metres

HUMAN_REACTION_S = 0.5  # from the first warning to the player's first move
SURVIVE_S = 5.0
COVER_SEARCH_PX = metres(10)


def _police_centre(world, here: tuple[float, float]) -> tuple[float, float] | None:
    near = [(p.x, p.y) for eid, f, p in world.query(Faction, Position)
            if f.side == "lapd" and math.dist((p.x, p.y), here) < metres(35)
            and eid not in world.store(Dead)]
    if not near:
        return None
    return sum(x for x, _ in near) / len(near), sum(y for _, y in near) / len(near)


def _nearest_cover(world, here: tuple[float, float], threat: tuple[float, float]
                   ) -> tuple[float, float]:
    cover = cover_index(world)
    spots = [cover.points[i] for i in cover.near(*here, COVER_SEARCH_PX)]
    spots = [p for p in spots if faces(p, *threat)]
    if not spots:
        return here
    best = min(spots, key=lambda p: math.dist((p.x, p.y), here))
    return best.x, best.y


def _path(world, here: tuple[float, float], goal: tuple[float, float]
          ) -> list[tuple[float, float]]:
    grid = nav_grid(world)
    budget = len(grid.walkable) * len(grid.walkable[0])
    path, _ = plan_path(grid, world.resource(CollisionMap), here, goal, 10.0, budget)
    return list(path or [])


def _steer(intent: Intent, here: tuple[float, float], path: list[tuple[float, float]]) -> None:
    while path and math.dist(path[0], here) < 8.0:
        path.pop(0)
    if not path:
        intent.move_x = intent.move_y = 0.0
        return
    dx, dy = path[0][0] - here[0], path[0][1] - here[1]
    length = math.hypot(dx, dy) or 1.0
    intent.move_x, intent.move_y = dx / length, dy / length


def _middle(world, name: str) -> tuple[float, float]:
    """The middle of a region: where a player following the objective marker heads."""
    area = region(world, name)
    return (area.x + area.w / 2, area.y + area.h / 2) if area else (0.0, 0.0)


def _warned(world, events: list) -> bool:
    """A police shot, or a subtitle calling out the police: a player knows the ambush is on."""
    for event in events:
        if isinstance(event, RadioChatter) and ("Police" in event.text or "LAPD" in event.text):
            return True
        faction = world.get(event.shooter, Faction) if isinstance(event, ShotFired) else None
        if faction is not None and faction.side == "lapd":
            return True
    return False


def newbie_survives(seed: int, reaction_s: float = HUMAN_REACTION_S, to: str = "cover"
                    ) -> bool:
    """Whether the scripted new player is still on his feet SURVIVE_S after the ambush."""
    session = MissionSession.start("downtown", "crew", seed)
    world, mission = session.world, session.mission
    me = mission.player
    car = world.get(find(world, "breedan-car"), Position)
    goal = (car.x, car.y - 36.0) if car else (0.0, 0.0)  # the kerb-side door
    sprung, shot, path, covering = -1, -1, _path(world, (0.0, 0.0), goal), False
    for tick in range(60 * TICK_HZ):
        if mission.outcome != "running" or me in world.store(Downed) or me in world.store(Dead):
            return sprung >= 0 and tick - sprung >= SURVIVE_S * TICK_HZ
        pos, intent = world.get(me, Position), world.get(me, Intent)
        here = (pos.x, pos.y)
        if tick == 0:
            path = _path(world, here, goal)
        if sprung < 0 and mission.phase not in ("", "walk-out"):
            sprung = tick
        if sprung >= 0 and tick - sprung >= SURVIVE_S * TICK_HZ:
            return True
        if shot >= 0 and (tick - shot) * DT >= reaction_s and not covering:
            threat = _police_centre(world, here)
            covering = True
            spot = _nearest_cover(world, here, threat) if threat else here
            path = _path(world, here, spot if to == "cover" else _middle(world, to))
        _steer(intent, here, path)
        session.step()
        if shot < 0 and _warned(world, world.take_outbox()):
            shot = tick
        world.take_outbox()
    return False


def test_a_new_player_who_runs_for_cover_lives_through_the_first_seconds() -> None:
    lived = sum(newbie_survives(seed) for seed in range(4))
    assert lived >= 3, f"only {lived} of 4 scripted new players lived 5 s into the ambush"


if __name__ == "__main__":
    seeds = range(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
    react = float(sys.argv[2]) if len(sys.argv) > 2 else HUMAN_REACTION_S
    to = sys.argv[3] if len(sys.argv) > 3 else "cover"
    alive = [s for s in seeds if newbie_survives(s, react, to)]
    print(f"new player alive 5 s into the ambush: {len(alive)}/{len(seeds)} seeds {alive}")
