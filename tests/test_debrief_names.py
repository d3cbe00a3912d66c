"""The debrief writes the crew's names as people do, whatever case a map stored them in."""

from __future__ import annotations

from game.debrief_crew import crew_lines
from game.names import shown_name
from game.session import MissionSession


def test_a_lower_case_mc_name_keeps_its_second_capital() -> None:
    assert shown_name("mccauley") == "McCauley"
    assert shown_name("McCauley") == "McCauley"
    assert shown_name("van zant") == "Van Zant"
    assert shown_name("shiherlis") == "Shiherlis"


def test_the_armored_car_roll_call_names_mccauley_with_a_capital_c() -> None:
    session = MissionSession.start("armored-car", "crew", 0)
    session.mission.outcome = "success"
    line = " ".join(crew_lines(session.world, session.mission))
    assert "McCauley out" in line, line
    assert "Mccauley" not in line


def test_the_walk_away_line_does_not_say_heat_beside_a_heat_of_zero() -> None:
    from game.debrief.lines import walk_away_line
    from game.sim.conduct import Conduct

    conduct = Conduct()
    conduct.heat_at_s, conduct.end_s = 5.0, 21.0  # the police fired; nobody was hurt: Heat 0
    line = walk_away_line(conduct, "crew", True)
    assert line == "Walk-away:  out 16 s after it went loud (inside the code)"
