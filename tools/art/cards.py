"""Paint one storyboard illustration per briefing card into ``assets/cards/<art>.png`` (720x400).

Every picture is composed from the shapes in ``art.card_kit``: night skies in sodium orange or
police blue, skylines, freeway decks, silhouetted figures and cars, rain, light cones and glows,
finished with grain, a vignette and an ink frame. The scenes themselves live in
``art.cards_early`` and ``art.cards_late``. Each has its own seed, so the output is the same on
every run. The card names match ``Card.art`` in game/campaign.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pygame

from art import cards_early as early
from art import cards_late as late
from art.card_kit import Pane, finish
from art.common import RGB, save_png

SCENES: dict[str, Callable[[random.Random], Pane]] = {
    "code": early.code,
    "range": early.range_,
    "hire": early.hire,
    "armored": early.armored,
    "murder": early.murder,
    "escape": early.escape,
    "eady": early.eady,
    "nate": early.nate,
    "drivein": early.drivein,
    "phone": early.phone,
    "unit": late.unit,
    "watched": late.watched,
    "depository": late.depository,
    "walkoff": late.walkoff,
    "stop": late.stop,
    "coffee": late.coffee,
    "slipped": late.slipped,
    "trejo": late.trejo,
    "bank": late.bank,
    "house": late.house,
    "vanzant": late.vanzant,
    "charlene": late.charlene,
    "hospital": late.hospital,
    "hotel": late.hotel,
    "tarmac": late.tarmac,
    "ending": late.ending,
    "ending_car_park": late.ending_car_park,
    "escape_ending": late.escape_ending,
}
GRAIN: RGB = (255, 236, 210)


def paint(name: str) -> pygame.Surface:
    """The finished picture for card art ``name``."""
    rng = random.Random(f"heat-card-{name}")
    return finish(SCENES[name](rng), rng, GRAIN)


def build(assets: Path, names: tuple[str, ...] = ()) -> list[Path]:
    """Write ``cards/<name>.png`` under ``assets`` for every scene (or only ``names``)."""
    paths = []
    for name in names or tuple(SCENES):
        path = assets / "cards" / f"{name}.png"
        save_png(paint(name), path)
        paths.append(path)
    return paths


