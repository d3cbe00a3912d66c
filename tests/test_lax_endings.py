"""LAX's endings play where they happen: McCauley down after the chase has gone onto the tarmac
is the story's ending (THE END) on the crew side, and the runway closing line on Hanna's; down
in the hotel or the car park, the crew side is an ordinary loss and Hanna's line says where."""

from __future__ import annotations

from game.scenes.outcome import STORY_ENDS, end_banner
from game.session import MissionSession
from game.sim.components import Position
from game.sim.damage import deal_damage
from game.sim.events import RadioChatter
from game.sim.mission.lookup import find
from tests.ai_worlds import at_tile


def _steps(session: MissionSession, ticks: int) -> list[str]:
    lines = []
    for _ in range(ticks):
        if session.mission.outcome != "running":
            break
        session.step()
        lines += [e.text for e in session.world.take_outbox()
                  if isinstance(e, RadioChatter) and e.speaker == "Narration"]
    return lines


def _settled(side: str) -> MissionSession:
    """Waingro down (McCauley's doing), a moment into the settled phase."""
    session = MissionSession.start("lax", side, 0)
    world = session.world
    _steps(session, 30)
    deal_damage(world, find(world, "Waingro"), find(world, "McCauley"), 1000.0)
    _steps(session, 30)
    assert session.mission.phase == "settled"
    return session


def _put(session: MissionSession, name: str, tile: tuple[float, float]) -> None:
    pos = session.world.get(find(session.world, name), Position)
    pos.x, pos.y = at_tile(*tile)
    pos.prev_x, pos.prev_y = pos.x, pos.y


def _mccauley_falls(session: MissionSession, on_tarmac: bool) -> list[str]:
    if on_tarmac:
        _put(session, "McCauley", (60, 18))  # the grass by the taxiway
        _steps(session, 30)
    deal_damage(session.world, find(session.world, "McCauley"), find(session.world, "Hanna"),
                1000.0)
    return _steps(session, 60 * 10)


def test_as_mccauley_falling_on_the_tarmac_is_the_storys_end() -> None:
    session = _settled("crew")
    lines = _mccauley_falls(session, on_tarmac=True)
    assert session.mission.outcome == "failed"
    assert end_banner(session.world, session.mission) == STORY_ENDS
    assert any("Hanna reaches him" in line for line in lines)


def test_as_mccauley_falling_in_the_hotel_is_just_a_loss() -> None:
    session = _settled("crew")
    lines = _mccauley_falls(session, on_tarmac=False)
    assert session.mission.outcome == "failed"
    assert end_banner(session.world, session.mission) != STORY_ENDS
    assert not any("Hanna reaches him" in line for line in lines)


def test_as_hanna_the_closing_line_says_where_he_fell() -> None:
    for on_tarmac, words in ((True, "by the runway"), (False, "car park")):
        session = _settled("lapd")
        lines = _mccauley_falls(session, on_tarmac)
        assert session.mission.outcome == "success"
        assert [line for line in lines if words in line], (on_tarmac, lines)
