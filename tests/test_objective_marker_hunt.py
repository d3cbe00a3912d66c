"""The objective marker points a player who has to stop people at the nearest of them."""

from __future__ import annotations

from game.render.objective_marker import objective_point
from game.session import MissionSession
from game.sim.components import Dead, Faction, Position
from game.sim.mission.lookup import standing


def crew_spots(session: MissionSession) -> list[tuple[float, float]]:
    world = session.world
    return [(pos.x, pos.y) for eid, faction, pos in world.query(Faction, Position)
            if faction.side == "crew" and standing(world, eid)]


def test_hanna_is_pointed_at_the_nearest_standing_crew_member() -> None:
    session = MissionSession.start("downtown", "lapd", seed=0)
    world, mission = session.world, session.mission
    me = world.get(mission.player, Position)
    spots = crew_spots(session)
    assert spots, "downtown starts with the crew on the map"
    nearest = min(spots, key=lambda s: (s[0] - me.x) ** 2 + (s[1] - me.y) ** 2)
    assert objective_point(world, mission) == nearest


def test_a_fallen_crew_member_is_no_longer_the_mark() -> None:
    session = MissionSession.start("downtown", "lapd", seed=0)
    world, mission = session.world, session.mission
    first = objective_point(world, mission)
    for eid, faction, pos in list(world.query(Faction, Position)):
        if faction.side == "crew" and (pos.x, pos.y) == first:
            world.add(eid, Dead(since_s=0.0))
    assert objective_point(world, mission) not in (None, first)
