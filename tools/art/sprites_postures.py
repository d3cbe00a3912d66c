"""Civilians' panic postures, top-down 32x32 facing east like every character sprite:
``civilian_crouch`` (ducked low behind cover: a compact hunched back, hands clasped over the
head) and ``civilian_handsup`` (frozen: arms flung up and out, pale palms showing either side of
the head). The game shows them while a civilian ducks or freezes (game/render/postures.py).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pygame

from art.common import Canvas, offset, write_sprites
from art.sprites import PALETTES, SIZE, SKIN, finish, head

JACKET = (40, 150, 150)  # the civilian's windbreaker (art.sprites.civilian)
HAIR = (64, 44, 32)
PALM = (246, 222, 196)


def crouch(palette: str) -> pygame.Surface:
    """Ducked: a rounded back seen from above, head tucked, forearms crossed over it."""
    canvas = Canvas(SIZE, SIZE)
    canvas.ellipse(offset(JACKET, -26), (6, 7.5, 15, 17))
    canvas.ellipse(JACKET, (6.5, 8, 13.5, 16))
    canvas.ellipse(offset(JACKET, 24), (8, 10, 6, 7))
    head(canvas, HAIR, (18.5, 16))
    for start, end in (((13, 9.5), (19.5, 14)), ((13, 22.5), (19.5, 18))):
        canvas.line(offset(JACKET, -40), start, end, 4.2)
        canvas.line(offset(JACKET, 4), (start[0], start[1] - 0.3), end, 2.6)
        canvas.circle(offset(SKIN, -30), end, 2.0)
        canvas.circle(SKIN, (end[0] - 0.3, end[1] - 0.3), 1.5)
    return finish(canvas, PALETTES[palette]["civilian"])


def hands_up(palette: str) -> pygame.Surface:
    """Frozen: upright shoulders, forearms raised beside the head, big open palms either side
    of it (pale, so they catch the eye against the jacket and the street)."""
    canvas = Canvas(SIZE, SIZE)
    canvas.ellipse(offset(JACKET, -20), (4.5, 4.5, 12.5, 23))
    canvas.ellipse(JACKET, (4.5, 4.5, 11.5, 22))
    canvas.ellipse(offset(JACKET, 22), (5.5, 6, 6, 9))
    for start, end in (((9, 6.5), (14.5, 6.5)), ((9, 25.5), (14.5, 25.5))):
        canvas.line(offset(JACKET, -44), start, end, 4.4)
        canvas.line(offset(JACKET, 6), (start[0], start[1] - 0.3), end, 2.8)
    head(canvas, HAIR)
    for centre in ((17.5, 6.5), (17.5, 25.5)):
        canvas.circle(offset(PALM, -150), centre, 3.4)
        canvas.circle(PALM, centre, 2.7)
        canvas.circle((255, 255, 255), (centre[0] - 0.6, centre[1] - 0.6), 1.0)
    return finish(canvas, PALETTES[palette]["civilian"])


POSTURES = (("civilian_crouch", crouch), ("civilian_handsup", hands_up))


def build(assets: Path) -> list[Path]:
    """Write the posture sprites in the default and the colour-blind palette."""
    paths = write_sprites(assets, tuple((name, partial(make, "default"))
                                        for name, make in POSTURES))
    return paths + write_sprites(assets, tuple((f"colourblind/{name}",
                                                partial(make, "colourblind"))
                                               for name, make in POSTURES))
