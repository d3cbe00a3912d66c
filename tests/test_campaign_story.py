"""The campaign tells every beat of the story, in order, each card with its own picture."""

from __future__ import annotations

import struct

from game.campaign import (
    ALTERNATIVE_ENDING,
    CHAPTERS,
    all_cards,
    chapter,
    chapter_after,
    ending,
    next_chapter,
)
from game.paths import assets_dir

# (beat named by issue 13, words that must appear in some card's heading or text)
BEATS = (
    ("the crew and its code", ("code", "abandon")),
    ("Waingro's hire", ("Waingro", "sizes up")),
    ("the armored car", ("armored truck", "bearer bonds")),
    ("the felony murder", ("Felony murder", "guard")),
    ("his escape", ("patrol car", "over the wall")),
    ("Eady", ("Eady", "bookshop")),
    ("Nate and Van Zant's bonds deal", ("Nate", "Van Zant", "insurance")),
    ("the ambush", ("drive-in", "gunmen")),
    ("the phone threat", ("payphone", "Van Zant")),
    ("Hanna's unit", ("Drucker", "Casals", "Bosko", "Schwartz")),
    ("Cheritto watched", ("informant", "Cheritto")),
    ("the depository stake-out", ("depository", "watches")),
    ("the walk-off", ("walk away", "metal knocks")),
    ("the coffee", ("coffee", "diner booth")),
    ("the slipped surveillance", ("slipped its surveillance",)),
    ("Trejo and the tip", ("Trejo", "bodyguard sells")),
    ("the bank and downtown", ("$12.2 million", "downtown bank")),
    ("Trejo's house and Van Zant", ("Trejo's house", "Van Zant's house")),
    ("Charlene and Shiherlis", ("Charlene", "Shiherlis", "drives off alone")),
    ("Lauren and Justine", ("Lauren", "hospital", "Justine")),
    ("the hotel", ("hotel", "Waingro")),
    ("the tarmac", ("Runway", "Hanna")),
)
# famous lines of the film that must never be quoted (lower case)
NOT_QUOTED = ("30 seconds flat", "heat around the corner", "never going back",
              "the action is the juice", "i do what i do best", "told you i'm")


def story_text() -> str:
    return " ".join(f"{c.heading} {' '.join(c.body)}" for c in all_cards())


def test_every_beat_of_the_story_is_on_a_card() -> None:
    text = story_text()
    missing = [beat for beat, words in BEATS if not all(w in text for w in words)]
    assert not missing


def test_no_line_of_the_film_is_quoted() -> None:
    text = story_text().lower()
    assert [line for line in NOT_QUOTED if line in text] == []


def test_missions_keep_their_ids_in_story_order() -> None:
    missions = [c.mission for c in CHAPTERS if c.mission]
    assert missions == ["sandbox", "armored-car", "drive-in", "stakeout", "downtown", "lax"]
    assert chapter("downtown").sides == ("crew", "lapd")


def test_every_card_has_its_own_picture_on_disk() -> None:
    arts = [card.art for card in all_cards()]
    assert all(arts) and len(set(arts)) == len(arts)
    for art in arts:
        data = (assets_dir() / "cards" / f"{art}.png").read_bytes()
        width, height = struct.unpack(">II", data[16:24])
        assert (width, height) == (720, 400), art


def test_the_prologue_explains_the_controls() -> None:
    keys = dict(card_key for card in CHAPTERS[0].cards for card_key in card.keys)
    assert {"WASD", "Mouse", "R", "Hold E", "Esc"} <= set(keys)


def test_the_story_ends_after_lax_with_an_ending_card_then_nothing() -> None:
    last = next_chapter("lax")
    assert last is not None and last is ending(mccauley_escaped=False)
    assert next_chapter(last.id) is None
    assert ending(mccauley_escaped=True) is ALTERNATIVE_ENDING and ALTERNATIVE_ENDING.alternative
    assert next_chapter(ALTERNATIVE_ENDING.id) is None


def test_the_crew_winning_at_lax_leads_to_the_alternative_ending() -> None:
    assert chapter_after("lax", "crew", success=True) is ALTERNATIVE_ENDING
    assert chapter_after("lax", "lapd", success=True) is CHAPTERS[-1]
    assert chapter_after("armored-car", "crew", success=True) is chapter("waingro")
