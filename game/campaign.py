"""The campaign: chapters in story order, each a mission or briefing cards, in our own words.

Every beat of the story is either a card (read) or a mission (played); docs/story.md lists which.
Each card names its illustration, ``assets/cards/<art>.png``, drawn by tools/art/cards.py.
A chapter playable from both sides tells each side its own job: a card may carry a side's own
paragraphs (``Card.sides``), shown in place of its body to a player on that side.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Card:
    """One page of a briefing: a heading, a few short paragraphs and the scene drawn above them."""

    heading: str
    body: tuple[str, ...]
    art: str = ""  # stem of assets/cards/<art>.png; empty: no picture
    caption: str = ""  # a place and time stamped on the picture ("Downtown, 11:40")
    keys: tuple[tuple[str, str], ...] = ()  # a controls legend: (key, what it does)
    sides: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (side, its own body) for two-sided

    def for_side(self, side: str) -> Card:
        """This card as a player on ``side`` reads it: that side's own body, if it has one."""
        own = dict(self.sides).get(side)
        return replace(self, body=own, sides=()) if own else self


@dataclass(frozen=True, slots=True)
class Chapter:
    id: str
    title: str
    cards: tuple[Card, ...]  # read before the mission (or alone, for story-only chapters)
    mission: str = ""  # mission id; empty for a chapter told only in cards
    sides: tuple[str, ...] = ("crew",)  # who the player may be in the mission
    alternative: bool = False  # an ending the story did not take (shown marked as such)
    after: tuple[Card, ...] = ()  # read once the mission is won: what it led to


CONTROLS_CARD = Card("How to play", (
    "Lead the crew through the job and walk away clean. The HUD shows the objective, the "
    "police clock and the take. Light hides you and noise carries: guards who hear a shot "
    "come looking.",
    "On a gamepad the sticks move and aim, the right trigger fires, X reloads, Y uses, the "
    "d-pad gives the crew its orders and Start pauses; every key and button can be moved in "
    "the settings. Try them all on the range before the real thing.",
), "range", "Freeway underpass, 2 a.m.", (
    ("WASD", "move"), ("Mouse", "aim"), ("Left button", "fire"),
    ("R", "reload"), ("Hold E", "use doors, charges, loot"), ("1 2 3 4", "crew orders"),
    ("Esc", "pause, settings"), ("Backspace", "restart"), ("F11", "fullscreen"),
))

CHAPTERS: tuple[Chapter, ...] = (
    Chapter("range", "The Range", (
        Card("The crew and its code", (
            "Neil McCauley keeps nothing in his life, no house, no person, that he could not "
            "abandon at once if the police closed in. The rule has kept him out of prison for "
            "years, and his crew lives by it too: Chris Shiherlis, Michael Cheritto, Trejo.",
            "Before a job they practise on an empty lot under the freeway, where nobody asks.",
        ), "code", "Los Angeles, 1995"),
        CONTROLS_CARD,
    ), "sandbox"),
    Chapter("armored-car", "The Armored Car", (
        Card("A fifth man", (
            "Trejo's driver is gone, and the job needs another pair of hands. In a diner "
            "parking lot the crew sizes up Waingro: loud, eager, a record as long as his arm. "
            "McCauley has doubts and takes him anyway. The seat has to be filled by morning.",
        ), "hire", "Diner lot, night"),
        Card("The job", (
            "An armored truck carries $1.6 million in bearer bonds under a freeway "
            "interchange. The tow truck rams it, the charge opens the door, the bonds go in "
            "the bag. From the alarm, the first patrol cars are three minutes away.",
            "Plant the charge, take the bonds, reach the switch car. Nobody needs to get hurt.",
        ), "armored", "Under the interchange, morning", sides=(("lapd", (
            "A call comes in: an armored truck rammed under a freeway interchange, shots heard, "
            "a crew of professionals in masks working the rear door. Yours is the first unit "
            "on the scene.",
            "Bring the crew down before they reach the switch car waiting in the alley. Mind "
            "the guards and anyone passing.",
        )),)),
    ), "armored-car"),
    Chapter("waingro", "Felony Murder", (
        Card("Felony murder", (
            "Waingro shot a guard who had done nothing, and a second guard died reaching for a "
            "hidden gun. With two dead, the law counts every man in the crew as a murderer, so "
            "McCauley left no witness behind. He did not forgive the man who made it so.",
        ), "murder", "Under the interchange, two minutes later"),
        Card("The one who ran", (
            "They took Waingro to the far end of a parking lot to settle it. A patrol car "
            "cruised past the entrance, heads turned for one second, and Waingro went over the "
            "wall into the dark. Nobody found him. He knows their faces.",
        ), "escape", "Parking lot, that night"),
    )),
    Chapter("eady", "Eady and the Bonds", (
        Card("Eady", (
            "In a bookshop in the valley a woman asks McCauley about a book on metals. Her "
            "name is Eady; she draws for a living and lives up in the hills with a view of the "
            "lights. He tells her he sells metal. For once he has a reason to stay somewhere.",
        ), "eady", "A bookshop, afternoon"),
        Card("Nate's idea", (
            "Nate, McCauley's fence, has a buyer for the bonds: Roger Van Zant, the man they "
            "were stolen from. He launders money, he can claim the insurance on them as well, "
            "and he is happy to pay. It is a good deal. Perhaps too good.",
        ), "nate", "Nate's office"),
        Card("The drive-in", (
            "The hand-over is set for a closed drive-in theatre after midnight. McCauley goes "
            "in alone to meet Van Zant's man under the screen; Cheritto and Shiherlis wait in "
            "the far rows with rifles. If it is a setup, get out the way you came.",
        ), "drivein", "Drive-in, 1:30 a.m."),
    ), "drive-in", after=(
        Card("The phone call", (
            "Van Zant sent two gunmen in a truck instead of money. McCauley came out of it "
            "alive; the two men did not.",
            "He calls Van Zant from a payphone while watching him through his own window. He "
            "is calm. He makes it clear that the debt will be collected, that no guard and no "
            "wall will make a difference, and hangs up.",
        ), "phone", "A payphone in the hills"),
    )),
    Chapter("hanna", "Major Crimes", (
        Card("Hanna's unit", (
            "Lieutenant Vincent Hanna runs LAPD's Major Crimes unit: Sergeant Drucker, "
            "Detectives Casals, Bosko and Schwartz. At the armored-car scene he reads a "
            "professional job gone wrong in the middle, and starts working the streets.",
        ), "unit", "Major Crimes, downtown"),
        Card("Cheritto watched", (
            "An informant gives them a name: Cheritto, a big man with a cool head and a record "
            "for heists. Hanna's people follow him, photograph who he meets, wire the cars. "
            "Before long they are looking at the whole crew.",
        ), "watched", "Surveillance, day 3"),
    )),
    Chapter("stakeout", "The Stake-out", (
        Card("The depository", (
            "At night the crew cuts into a precious-metals depository. Across the yard, in "
            "containers and a parked van, Hanna's unit watches through long lenses and waits "
            "for them to come out with the goods.",
        ), "depository", "Metals depository, 2 a.m.", sides=(
            ("crew", (
                "At night the crew comes to a precious-metals depository to cut into it. The "
                "yard looks empty. Listen to it before anyone touches a lock.",
                "Case the yard, keep an ear on the street, and if anything sounds wrong, walk "
                "away at once: nothing here is worth a cell.",
            )),
            ("lapd", (
                "The crew has come to a precious-metals depository. Your unit waits across "
                "the yard in containers and a parked van, watching through long lenses.",
                "Stay in the van and keep still while they case the place. One careless sound "
                "and they are gone; you want them coming out with the goods.",
            )),
        )),
        Card("The walk-off", (
            "One officer shifts in a steel container, and metal knocks on metal. McCauley hears "
            "it, stops, and calls it off: they leave the drill and walk away empty-handed. "
            "Hanna holds his people back. Breaking and entering is not enough; he wants them "
            "with the score.",
        ), "walkoff", "Same night"),
    ), "stakeout", ("crew", "lapd")),
    Chapter("coffee", "Coffee", (
        Card("A traffic stop", (
            "On the 105 freeway, police cruisers pull McCauley over. Hanna "
            "walks up to the window alone and, instead of an arrest, offers to buy him a coffee.",
        ), "stop", "Freeway 105, dusk"),
        Card("Two men at a table", (
            "In a diner booth they talk like men who have known each other for years: sleep "
            "that will not come, a third marriage going under, a life kept empty so it can be "
            "dropped. Each says plainly that if it comes to it he will not hesitate. Neither "
            "one threatens. Both mean it.",
        ), "coffee", "Diner, 9 p.m."),
        Card("Gone", (
            "Back at the office the wiretaps go quiet and the tails come back with nothing. The "
            "crew has slipped its surveillance, everyone at once, and nobody knows where the "
            "next job is.",
        ), "slipped", "Major Crimes, later"),
    )),
    Chapter("downtown", "Downtown", (
        Card("One last score", (
            "$12.2 million in a downtown bank, in cash, on a weekday at noon. Trejo calls in: "
            "he is being followed and cannot drive. Donald Breedan, an ex-con working a diner "
            "grill, takes the wheel for his one chance to get out.",
        ), "trejo", "Trejo's call"),
        Card("The tip", (
            "Van Zant's bodyguard sells the crew to the police. Hanna's unit is on the street "
            "as the bags come out of the bank. Get the crew and the money to the cars, or hold "
            "the street and end it.",
        ), "bank", "Downtown bank, noon", sides=(
            ("crew", (
                "Someone has sold the crew to the police. As the bags come out of the bank, "
                "Hanna's unit is already on the street.",
                "Get the crew and as much of the money as you can carry to the cars at the "
                "east end or up the on-ramp. Leave nobody behind who can still walk.",
            )),
            ("lapd", (
                "A tip from Van Zant's bodyguard puts your unit on the street outside the bank "
                "just as the crew comes out with the bags.",
                "Stop every one of them, down or under arrest. Hold the cars at the east end "
                "and the on-ramp, and if one grabs a hostage, fire only with a clean line.",
            )),
        )),
    ), "downtown", ("crew", "lapd")),
    Chapter("trejo", "After the Street", (
        Card("Trejo's house", (
            "The street has cost Cheritto and Breedan their lives; Shiherlis is badly hurt. At "
            "Trejo's house McCauley finds what Waingro did there, and Trejo dying. Waingro "
            "sold the crew to Van Zant and beat the plans out of Trejo.",
        ), "house", "Trejo's house"),
        Card("Van Zant", (
            "That night McCauley walks into Van Zant's house in the hills. The phone call "
            "was not a figure of speech. Then he goes to Eady, who now knows what he is, and "
            "asks her to come away with him. She says yes.",
        ), "vanzant", "Van Zant's house, night"),
        Card("Charlene and Shiherlis", (
            "Shiherlis, patched up, drives to the safe house to take Charlene away. The police "
            "are inside with her and their son. At the balcony she sees him and gives a small "
            "sign with her hand. He understands, and drives off alone.",
        ), "charlene", "Safe house by the beach"),
        Card("Lauren", (
            "Hanna comes home to find his stepdaughter Lauren in trouble and carries her to the "
            "hospital himself. In a corridor that smells of disinfectant, he and Justine wait "
            "together. She will live. For a moment they are a family again.",
        ), "hospital", "Hospital, 3 a.m."),
    )),
    Chapter("lax", "LAX", (
        Card("The hotel", (
            "Eady is in the car and the plane to New Zealand leaves tonight. A last call: Waingro "
            "is hiding in a hotel by the airport. McCauley turns the car around, against his own "
            "rule. The police have the hotel under watch, and Hanna is on his way.",
        ), "hotel", "Airport hotel, 10 p.m."),
        Card("The tarmac", (
            "He settles with Waingro and walks back toward Eady. Then he sees Hanna coming "
            "through the crowd, and he leaves her in the car. Runway lights, engines, a fence: "
            "the chase ends in the dark beyond the terminal.",
        ), "tarmac", "LAX, the south runways", sides=(
            ("crew", (
                "Settle it with Waingro in his room, then choose: walk back to Eady's car in "
                "the car park, or go over the fence and across the dark tarmac to the gap in "
                "the far fence.",
                "Every landing jet sweeps the ground with light. In its glare you are seen, "
                "and your long shadow shows before you do.",
            )),
            ("lapd", (
                "Your unit has the hotel by the airport under watch: McCauley has come back "
                "for Waingro. Find him and stop him.",
                "Keep him from Eady's car and from the gap in the far fence of the tarmac. "
                "When a jet comes in, its lights show him to you, and you to him.",
            )),
        )),
    ), "lax", ("crew", "lapd")),
    Chapter("ending", "After Midnight", (
        Card("The lights", (
            "Two men on the dark grass by the runway, one of them down. Hanna stays with him. "
            "A jet climbs overhead with its lights on, and neither of them says much. There was "
            "never going to be another way for this to end.",
        ), "ending", "LAX, after midnight"),
    )),
)

ENDING_CAR_PARK = Chapter("ending-car-park", "After Midnight", (
    Card("The lights", (
        "He never reached the fence. Two men between parked cars under the sodium lamps, one "
        "of them down. Hanna stays with him while the jets come in low over the hotel roof, "
        "and neither of them says much. There was never going to be another way for this to "
        "end.",
    ), "ending_car_park", "LAX car park, after midnight"),
))
"""The story's ending when McCauley fell in the car park, before the tarmac chase."""

TARMAC_CHASE = "tarmac-chase"
"""The LAX map's flag (maps/lax.tmx) set once the chase reaches the tarmac: without it, McCauley
fell in the car park."""

ALTERNATIVE_ENDING = Chapter("ending-escape", "Alternative Ending", (
    Card("Wheels up", (
        "This is not how the story went. McCauley makes the plane; Hanna reaches the gate as "
        "the jet pushes back. Somewhere over the Pacific, Eady sleeps on his shoulder.",
        "Hanna stands at the window a long time. Then he goes back to work.",
    ), "escape_ending", "Over the Pacific"),
), alternative=True)


def chapter(chapter_id: str) -> Chapter:
    for entry in (*CHAPTERS, ALTERNATIVE_ENDING, ENDING_CAR_PARK):
        if entry.id == chapter_id:
            return entry
    raise KeyError(chapter_id)


def story_chapter(chapter_id: str) -> str:
    """The chapter of the story a variant tells: the car-park ending is "After Midnight"."""
    return CHAPTERS[-1].id if chapter_id == ENDING_CAR_PARK.id else chapter_id


def next_chapter(chapter_id: str) -> Chapter | None:
    """The chapter after ``chapter_id`` in story order; None after the last (credits roll)."""
    ids = [c.id for c in CHAPTERS]
    if chapter_id not in ids:
        return None
    index = ids.index(chapter_id) + 1
    return CHAPTERS[index] if index < len(CHAPTERS) else None


def ending(mccauley_escaped: bool, in_car_park: bool = False) -> Chapter:
    """The closing chapter after LAX: the story's ending (by the runway, or in the car park
    where he fell), or the marked alternative."""
    if mccauley_escaped:
        return ALTERNATIVE_ENDING
    return ENDING_CAR_PARK if in_car_park else CHAPTERS[-1]


def chapter_after(chapter_id: str, side: str, success: bool,
                  flags: tuple[str, ...] | None = None) -> Chapter | None:
    """Where a won mission leads: the next chapter, or after LAX the ending that happened.

    McCauley escapes when the crew wins at LAX: then the marked alternative ending follows.
    Otherwise the mission's flags say where he fell: without the tarmac chase, in the car park
    (no flags known: the story's runway).
    """
    if chapter_id == "lax":
        escaped = success and side == "crew"
        in_car_park = flags is not None and TARMAC_CHASE not in flags
        return ending(mccauley_escaped=escaped, in_car_park=in_car_park)
    return next_chapter(chapter_id)


def all_cards() -> tuple[Card, ...]:
    """Every card of the campaign, including both variants of the ending (not a side's own
    wording of a card: see side_cards)."""
    return tuple(card for entry in (*CHAPTERS, ALTERNATIVE_ENDING, ENDING_CAR_PARK)
                 for card in (*entry.cards, *entry.after))


def side_cards() -> tuple[tuple[str, Card], ...]:
    """Each card a side reads in its own words, as (side, the card as that side reads it)."""
    return tuple((side, card.for_side(side)) for card in all_cards() for side, _ in card.sides)
