"""The campaign: chapters in story order, each a mission or a briefing card, in our own words."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Card:
    """One page of a briefing: a heading and a few short paragraphs."""

    heading: str
    body: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Chapter:
    id: str
    title: str
    cards: tuple[Card, ...]  # read before the mission (or alone, for story-only chapters)
    mission: str = ""  # mission id; empty for a chapter told only in cards


CHAPTERS: tuple[Chapter, ...] = (
    Chapter("range", "Prologue: The Range", (
        Card("Los Angeles, 1995", (
            "Neil McCauley travels light: no possession and no person he could not abandon the "
            "moment the police close in. It has kept him free for a long time.",
            "Before the job, the crew keeps its hands sharp on an empty lot under the freeway.",
        )),
    ), "sandbox"),
    Chapter("armored-car", "The Armored Car", (
        Card("The job", (
            "An armored truck carries $1.6 million in bearer bonds along a boulevard under a "
            "freeway interchange. McCauley, Shiherlis, Cheritto and Trejo have timed it to the "
            "second. A new man, Waingro, fills the last seat.",
            "Once the truck goes over, the first patrol cars are three minutes away. Plant the "
            "charge, take the bonds, reach the switch car. Nobody needs to get hurt.",
        )),
    ), "armored-car"),
    Chapter("double-cross", "Van Zant's Offer", (
        Card("Felony murder", (
            "Waingro turned a robbery into a killing, and the crew meant to settle it in a parking "
            "lot. A patrol car rolled past at the wrong moment, and Waingro ran.",
        )),
        Card("The drive-in", (
            "Nate, the fence, finds a buyer for the bonds: their owner, Roger Van Zant, who can "
            "claim the insurance as well. The meeting is a set-up. McCauley walks away from it "
            "and the two shooters do not. He tells Van Zant by phone that this is not over.",
        )),
        Card("Eady", (
            "In a bookshop McCauley meets Eady, a graphic designer who lives in the hills. For "
            "the first time in years he has something he would not want to leave behind.",
        )),
    )),
    Chapter("stakeout", "The Stakeout", (
        Card("Hanna's unit", (
            "Lt. Vincent Hanna of Major Crimes, with Drucker, Casals, Bosko and Schwartz, traces "
            "the crew through an informant and sits on Cheritto.",
        )),
        Card("The depository", (
            "At night the crew cuts into a precious-metals depository while Hanna's people "
            "watch from the dark. One officer shifts his weight, metal knocks on metal, and "
            "McCauley calls the job off. Hanna lets them go: a burglary charge is not enough.",
        )),
    )),
    Chapter("coffee", "Coffee", (
        Card("Two men at a table", (
            "Hanna pulls McCauley over on the freeway and asks him to coffee. They talk about "
            "sleep, about wives, about the work. Each says plainly that if it comes to it, he "
            "will not hesitate. By the time Hanna is back at his desk, the crew has shaken its "
            "surveillance.",
        )),
    )),
    Chapter("downtown", "Downtown", (
        Card("One last score", (
            "$12.2 million in a downtown bank. Trejo cannot drive, so Breedan, fresh out of "
            "prison, takes the wheel. Van Zant's bodyguard has sold the crew to the police.",
            "Hanna's unit is waiting outside. Get the crew to the cars, or hold the street.",
        )),
    ), "downtown"),
    Chapter("trejo", "Trejo", (
        Card("What Waingro did", (
            "McCauley finds Trejo's house ruined and Trejo dying. Waingro, working for Van Zant, "
            "beat the crew's plans out of him. McCauley settles with Van Zant that night.",
        )),
        Card("Charlene", (
            "Shiherlis, wounded, goes back for his wife. She has agreed to help the police, and "
            "at the window she changes her mind with a small gesture. He drives away alone.",
        )),
    )),
    Chapter("lax", "LAX", (
        Card("The tarmac", (
            "Eady is in the car, the plane leaves for New Zealand tonight. Then McCauley learns "
            "where Waingro is hiding, and turns the car around. Hanna is close behind.",
        )),
    ), "lax"),
)


def chapter(chapter_id: str) -> Chapter:
    for entry in CHAPTERS:
        if entry.id == chapter_id:
            return entry
    raise KeyError(chapter_id)


def next_chapter(chapter_id: str) -> Chapter | None:
    ids = [c.id for c in CHAPTERS]
    index = ids.index(chapter_id) + 1
    return CHAPTERS[index] if index < len(CHAPTERS) else None
