"""The debrief is the side played's: its objectives only, and what that side is judged on (the
crew: the take carried out, who made it, the code; the police: rules of engagement, the
hostage, officers and civilians hurt), with the numbers of the run."""

from __future__ import annotations

import re

import pytest

from game.debrief.lines import losses_line, objectives_line
from game.level.missions import CATALOGUE, mission_sides
from game.scenes.debrief import fit_lines
from game.scenes.outcome import outcome_of
from game.session import MissionSession
from game.sim.components import Downed, Position, Region, Surrendered
from game.sim.conduct import Conduct
from game.sim.damage import down, kill
from game.sim.mission import MissionState
from game.sim.mission.lookup import find
from game.sim.mission.state import ObjectiveState
from tests.bot_play import play_with_bot

SIDES = [(entry.id, side) for entry in CATALOGUE for side in mission_sides(entry.id)]


def _objectives(lines: tuple[str, ...]) -> tuple[int, int]:
    line = next(ln for ln in lines if ln.startswith("Objectives"))
    done, total = re.match(r"Objectives  (\d+) of (\d+)", line).groups()
    return int(done), int(total)


@pytest.mark.parametrize(("mission", "side"), SIDES)
def test_the_debrief_counts_only_the_objectives_of_the_side_played(mission: str,
                                                                   side: str) -> None:
    session = MissionSession.start(mission, side, 1)
    mine = [o for o in session.mission.objectives
            if o.for_side(side) and o.kind != "fail"]
    assert mine, "every side has objectives of its own"
    _, total = _objectives(outcome_of(session.world, session.mission).lines)
    assert total == len(mine)


def test_downtown_counts_five_for_the_crew_and_four_for_the_police() -> None:
    for side, count in (("crew", 5), ("lapd", 4)):
        session = MissionSession.start("downtown", side, 2)
        assert _objectives(outcome_of(session.world, session.mission).lines) == (0, count)


def test_held_objectives_count_as_met_once_the_mission_is_won() -> None:
    mission = MissionState("m", "M", "lapd", outcome="running", objectives=[
        ObjectiveState("stop", "Stop them", 1, "scripted", "", side="lapd", done=True),
        ObjectiveState("block", "Keep them off", 2, "prevent", "", side="lapd"),
        ObjectiveState("ramp", "Keep them off", 3, "prevent", "", side="lapd", failed=True),
        ObjectiveState("car", "Reach the car", 1, "reach", "", side="crew", done=True),
        ObjectiveState("lost", "Nobody left", 9, "fail", "", side="both")])
    assert objectives_line(mission) == "Objectives  1 of 3"
    mission.outcome = "success"
    assert objectives_line(mission) == "Objectives  2 of 3"


def _bot_run(side: str, seed: int) -> tuple[MissionSession, tuple[str, ...]]:
    session = play_with_bot("downtown", side, seed)
    return session, outcome_of(session.world, session.mission).lines


def _line(lines: tuple[str, ...], head: str) -> str:
    return next(ln for ln in lines if ln.startswith(head))


def test_a_crew_bot_run_reports_the_take_who_made_it_and_the_code() -> None:
    session, lines = _bot_run("crew", 3)
    world, mission = session.world, session.mission
    assert mission.outcome == "success"
    take = re.match(r"Take  \$([\d,]+) of \$12,200,000", lines[0])
    assert take, lines[0]
    out = int(take.group(1).replace(",", ""))
    assert 0 <= out <= 12_200_000
    crew = _line(lines, "Crew  ")
    for name in ("McCauley out", "Breedan lost"):
        assert name in crew
    left = [n for n in ("Shiherlis", "Cheritto") if world.has(find(world, n), Downed)]
    code = _line(lines, "The code  ")
    for name in left:
        assert f"{name} left behind" in crew and name in code
    if out < 12_200_000:
        assert f"${12_200_000 - out:,}" in code
    assert _line(lines, "Walk-away:").endswith("(inside the code)")
    assert _line(lines, "Crew's code:").startswith("Crew's code:  civilians hurt")


def test_a_police_bot_run_reports_the_rules_of_engagement() -> None:
    session, lines = _bot_run("lapd", 7)
    world, mission = session.world, session.mission
    assert mission.outcome != "running"
    assert re.match(r"Money recovered  \$[\d,]+ of \$12,200,000   Time  \d+:\d\d$", lines[0])
    arrested = sum(1 for n in ("McCauley", "Shiherlis", "Cheritto")
                   if find(world, n) and world.has(find(world, n), Surrendered))
    assert _line(lines, "Rules of engagement").startswith(
        f"Rules of engagement  suspects arrested {arrested} · shot after surrendering ")
    assert _line(lines, "Hostage  ")
    hurt = re.fullmatch(r"Hurt  officers (\d+) \((\d+) down, (\d+) killed\) · civilians (\d+), "
                        r"killed (\d+)", _line(lines, "Hurt  "))
    assert hurt, _line(lines, "Hurt  ")
    officers, _, killed, _, _ = (int(g) for g in hurt.groups())
    assert officers >= killed and officers > 0  # the bot's run is a gunfight
    assert not any(ln.startswith("Take  ") for ln in lines)  # the take is the crew's number


def _in_region(session: MissionSession, name: str) -> tuple[float, float]:
    area = next(r for _, r in session.world.query(Region) if r.name == name)
    return area.x + area.w / 2, area.y + area.h / 2


def test_the_police_debrief_counts_an_arrest_and_the_hostage_shot() -> None:
    session = MissionSession.start("downtown", "lapd", 5)
    world, mission = session.world, session.mission
    for _ in range(5):
        session.step()
    cheritto = find(world, "Cheritto")
    where = world.get(cheritto, Position)
    where.x, where.y = _in_region(session, "parking-lot")
    for _ in range(10):
        session.step()
    assert mission.flags.get("hostage-taken")
    kill(world, cheritto, mission.player, where.x, where.y)
    for _ in range(10):
        session.step()
    world.add(find(world, "McCauley"), Surrendered(world.time_s))
    chris = find(world, "Shiherlis")
    at = world.get(chris, Position)
    down(world, chris, mission.player, at.x, at.y)
    mission.outcome = "success"
    lines = outcome_of(world, mission).lines
    assert _line(lines, "Rules of engagement") == \
        "Rules of engagement  suspects arrested 1 · shot after surrendering 0"
    assert _line(lines, "Hostage  ") == \
        "Hostage  taken in the market lot: Cheritto shot, the hostage unhurt"
    assert "McCauley arrested" in _line(lines, "Crew  ")


def test_long_or_many_lines_shrink_to_fit_the_panel() -> None:
    def width(line: str, size: int) -> int:
        return len(line) * size // 2

    assert fit_lines(width, ("short",) * 5, 1200, 400) == (28, 32)
    size, step = fit_lines(width, ("short",) * 16, 1200, 400)
    assert step * 16 <= 400 and size == step - 4
    size, _ = fit_lines(width, ("x" * 100,), 1200, 400)
    assert 100 * size // 2 <= 1200


def test_to_the_police_a_suspect_still_loose_is_at_large_not_out() -> None:
    session = MissionSession.start("downtown", "lapd", 5)
    for _ in range(5):
        session.step()
    session.mission.outcome = "failed"  # Hanna down; the crew on its feet
    crew = _line(outcome_of(session.world, session.mission).lines, "Crew  ")
    assert "McCauley at large" in crew and " out" not in crew


def test_a_win_with_an_optional_objective_missed_says_so_beside_all_complete() -> None:
    mission = MissionState("m", "M", "crew", outcome="success", objectives=[
        ObjectiveState("car", "Reach the car", 1, "reach", "", side="crew", done=True),
        ObjectiveState("spikes", "Lay the spikes", 2, "interact", "", side="crew",
                       optional=True)])
    assert objectives_line(mission) == \
        "Objectives  1 of 2  (all required met; optional 0 of 1)"
    mission.outcome = "running"
    assert objectives_line(mission) == "Objectives  1 of 2"


def test_the_losses_line_counts_one_officer_in_the_singular() -> None:
    conduct = Conduct()
    conduct.loss("lapd").killed.add(7)
    assert losses_line(conduct).endswith("the unit 1 officer down or dead")
    conduct.loss("lapd").downed.add(8)
    assert losses_line(conduct).endswith("the unit 2 officers down or dead")
