"""The debrief as the player reads it, for the side played: the crew reads its take, who made
it and the code first; the police read their rules of engagement first (suspects arrested or
shot after surrendering, the hostage, officers and civilians hurt). The other side's conduct on
the same events follows, then the objectives of the side played and the grade."""

from __future__ import annotations

from game.debrief.from_casualties import conduct_from_casualties
from game.debrief.grade import Grade
from game.debrief.lines import (
    accuracy_line,
    code_line,
    grade_lines,
    losses_line,
    objectives_line,
    rules_line,
    walk_away_line,
)
from game.debrief_crew import LEFT, crew_fates, crew_lines, money_split
from game.debrief_report import Report, build_report
from game.sim.components import Dead, Faction, Health
from game.sim.conduct import Conduct
from game.sim.mission import MissionState
from game.sim.world import World


def debrief_of(world: World, mission: MissionState) -> tuple[Report, tuple[str, ...]]:
    """The graded report and the lines the debrief shows, in the order the side reads them."""
    conduct = world.resources.get(Conduct) or conduct_from_casualties(mission)
    out, total = money_split(world, mission)
    report = build_report(mission, world.time_s, conduct, take=out if total else None)
    crew, extra = crew_lines(world, mission), _mission_lines(world, mission)
    if mission.side == "lapd":
        lines = [_time_line(world.time_s, out, total), *crew,
                 arrests_line(world, mission, conduct), *extra, hurt_line(world, conduct),
                 accuracy_line(conduct), code_line(conduct)]
    else:
        walk = walk_away_line(conduct, mission.side, mission.outcome == "success")
        lines = [_take_line(report, world.time_s, out, total), *crew,
                 *filter(None, (the_code_line(world, mission, out, total), walk)),
                 code_line(conduct), *extra, accuracy_line(conduct), losses_line(conduct),
                 rules_line(conduct)]
    grade = Grade(report.grade, report.points, report.reasons)
    return report, (*lines, objectives_line(mission), *grade_lines(grade))


def _take_line(report: Report, time_s: float, out: int, total: int) -> str:
    """'Take  $8,200,000 of $12,200,000   Time  1:04   Heat  48': what was carried out."""
    if not total:
        return report.lines[0]
    minutes, seconds = divmod(int(time_s), 60)
    return (f"Take  ${out:,} of ${total:,}   Time  {minutes}:{seconds:02d}   "
            f"Heat  {report.heat}")


def _time_line(time_s: float, out: int, total: int) -> str:
    minutes, seconds = divmod(int(time_s), 60)
    head = f"Money recovered  ${total - out:,} of ${total:,}   " if total else ""
    return f"{head}Time  {minutes}:{seconds:02d}"


def the_code_line(world: World, mission: MissionState, out: int, total: int) -> str:
    """'The code  walked away from $4,000,000 and Shiherlis': what the crew left in the street
    to get out (nothing when it got out with everything, or did not get out)."""
    if mission.outcome != "success" or mission.side != "crew":
        return ""
    left = [name for name, fate in crew_fates(world, mission).items() if fate == LEFT]
    money = [f"${total - out:,}"] if total - out > 0 else []
    things = money + left
    if not things:
        return "The code  nothing left behind"
    return "The code  walked away from " + " and ".join(
        [", ".join(things[:-1]), things[-1]] if len(things) > 1 else things)


def arrests_line(world: World, mission: MissionState, conduct: Conduct) -> str:
    """Suspects who surrendered and were taken alive, against those shot after giving up."""
    arrested = sum(fate == "arrested" for fate in crew_fates(world, mission).values())
    shot = conduct.side("lapd").count("surrendered_shot")
    return f"Rules of engagement  suspects arrested {arrested} · shot after surrendering {shot}"


def hurt_line(world: World, conduct: Conduct) -> str:
    """Officers hurt (of them down and killed) and civilians hurt or killed, by anyone."""
    officers = sum(1 for eid, faction, health in world.query(Faction, Health)
                   if faction.side == "lapd" and (health.hp < health.max_hp
                                                  or world.has(eid, Dead)))
    losses = conduct.loss("lapd")
    hurt: set[int] = set()
    killed: set[int] = set()
    for side in conduct.sides.values():
        hurt |= side.civilians_hurt
        killed |= side.civilians_killed
    return (f"Hurt  officers {max(officers, losses.total)} ({len(losses.downed - losses.killed)}"
            f" down, {len(losses.killed)} killed) · civilians {len(hurt | killed)}, "
            f"killed {len(killed)}")


def _mission_lines(world: World, mission: MissionState) -> list[str]:
    """Lines a mission package adds (its DEBRIEF function), e.g. how a hostage came out."""
    from game.missions import debrief_for

    lines = debrief_for(mission.package)
    return list(lines(world, mission)) if lines is not None else []
