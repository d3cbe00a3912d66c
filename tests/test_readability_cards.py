"""Each side of a two-sided chapter reads its own job on the briefing card, and the ending card
(and the credits behind it) says where McCauley really fell at LAX."""

from __future__ import annotations

import pygame
import pytest

from game.campaign import (
    CHAPTERS,
    ENDING_CAR_PARK,
    TARMAC_CHASE,
    Chapter,
    chapter,
    chapter_after,
    side_cards,
)
from game.level.missions import mission_sides
from game.scenes.base import Run
from game.scenes.briefing import ART_RECT, TEXT_LEFT, TEXT_WIDTH, BriefingScene, wrap_px
from game.scenes.context import GameContext
from game.scenes.credits import CreditsScene
from game.scenes.outcome import outcome_of
from game.session import MissionSession

CREW_JOBS = ("plant the charge", "take the bonds", "reach the switch car.", "get the crew",
             "settle it with waingro", "walk away at once", "case the yard",
             "as much of the money", "then choose")
"""What only the crew is told to do."""
LAPD_WORDS = ("your unit", "stop", "bring the crew down", "keep him", "keep still")
NOT_QUOTED = ("30 seconds flat", "heat around the corner", "never going back",
              "the action is the juice", "i do what i do best", "told you i'm")


def two_sided() -> list[Chapter]:
    return [c for c in CHAPTERS if c.mission and len(mission_sides(c.mission)) > 1]


def text_of(entry: Chapter, side: str) -> str:
    """What a side is told to do: the cards that carry a side's own words, as it reads them."""
    return " ".join(p for card in entry.cards if card.sides
                    for p in card.for_side(side).body).lower()


def test_the_two_sided_chapters_are_the_ones_expected() -> None:
    assert [c.id for c in two_sided()] == ["armored-car", "stakeout", "downtown", "lax"]


@pytest.mark.parametrize("entry", two_sided(), ids=lambda c: c.id)
def test_the_lapd_reads_its_own_job_in_no_crew_words(entry: Chapter) -> None:
    lapd, crew = text_of(entry, "lapd"), text_of(entry, "crew")
    assert lapd != crew
    assert [job for job in CREW_JOBS if job in lapd] == []
    assert any(word in lapd for word in LAPD_WORDS)


def test_the_armored_car_still_tells_the_crew_to_plant_the_charge() -> None:
    assert "plant the charge" in text_of(chapter("armored-car"), "crew")


def test_every_sides_card_fits_its_column_and_quotes_no_line(screen) -> None:
    _, text = screen
    cards = side_cards()
    assert {side for side, _ in cards} == {"crew", "lapd"}
    for side, card in cards:
        lines = [line for p in card.body for line in wrap_px(text, p, 28, TEXT_WIDTH)]
        assert len(lines) * 26 + 120 < 720 - ART_RECT.top - 60, (side, card.heading)
        assert max(text.assets.font(28).size(line)[0] for line in lines) <= TEXT_WIDTH
        said = " ".join(card.body).lower()
        assert [q for q in NOT_QUOTED if q in said] == []


def test_the_briefing_screen_shows_the_lapd_its_own_text(screen) -> None:
    assets, text = screen
    ctx = GameContext(assets=assets, text=text)
    entry = chapter("armored-car")
    page = [c.heading for c in entry.cards].index("The job")
    column = pygame.Rect(TEXT_LEFT, ART_RECT.top, TEXT_WIDTH, 720 - ART_RECT.top - 80)
    shots = {}
    for side in ("crew", "lapd"):
        scene = BriefingScene(ctx, entry, Run(entry.mission, side, 0, entry.id), page)
        surface = pygame.Surface((1280, 720))
        scene.draw(surface)
        shots[side] = pygame.image.tobytes(surface.subsurface(column), "RGB")
    assert shots["crew"] != shots["lapd"]


def test_the_ending_card_says_where_mccauley_fell() -> None:
    runway = chapter_after("lax", "lapd", True, (TARMAC_CHASE,))
    car_park = chapter_after("lax", "lapd", True, ())
    assert runway is CHAPTERS[-1] and car_park is ENDING_CAR_PARK
    assert chapter_after("lax", "crew", False, ("story-ending", TARMAC_CHASE)) is CHAPTERS[-1]
    runway_text = " ".join(runway.cards[0].body).lower()
    car_park_text = " ".join(car_park.cards[0].body).lower()
    assert "runway" in runway_text and "runway" not in car_park_text
    assert "parked cars" in car_park_text
    assert car_park.cards[0].art != runway.cards[0].art
    assert chapter(car_park.id) is car_park and car_park.title == runway.title


def test_the_lax_map_sets_the_flag_the_ending_reads() -> None:
    """The map's triggers name the flag, and the outcome carries it to the campaign."""
    session = MissionSession.start("lax", "lapd")
    mission = session.mission
    assert outcome_of(session.world, mission).flags == ()
    mission.flags[TARMAC_CHASE] = True
    assert TARMAC_CHASE in outcome_of(session.world, mission).flags
    tmx = session.map_path.read_text(encoding="utf-8")
    assert f"set_flag {TARMAC_CHASE}" in tmx and f"not flag {TARMAC_CHASE}" in tmx


def test_the_credits_show_the_ending_that_happened(screen) -> None:
    assets, text = screen
    ctx = GameContext(assets=assets, text=text)
    runway = CreditsScene(ctx)._backdrop()
    car_park = CreditsScene(ctx, "ending_car_park")._backdrop()
    assert runway is not None and car_park is not None
    assert pygame.image.tobytes(runway, "RGB") != pygame.image.tobytes(car_park, "RGB")
