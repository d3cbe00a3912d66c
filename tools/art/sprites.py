"""Top-down 32x32 character sprites for HEAT, all facing east (+x).

Every character shares one body plan (shoulders, head, two arms reaching to
a weapon held to the right); factions differ by palette and head gear so
they read at a glance: crew charcoal + black balaclava, McCauley silver hair
+ mask, guard pale grey + cap, LAPD navy + cap and gold badge, Hanna brown
suit + sandy hair + white collar, civilian bright casual with empty hands.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import NamedTuple

import pygame

from art.common import OUTLINE, RGB, Canvas, add_outline, offset, write_sprites

SIZE = 32
SKIN: RGB = (196, 150, 116)
GUNMETAL: RGB = (30, 32, 36)
GLOVE: RGB = (26, 26, 30)


class Look(NamedTuple):
    """Colours and kit for one character."""

    body: RGB
    head: RGB
    hands: RGB = SKIN
    weapon: str = "pistol"


def weapon(canvas: Canvas, kind: str) -> None:
    """Draw the held weapon pointing east from the hands."""
    if kind == "pistol":
        canvas.rect(GUNMETAL, (20, 14.8, 8.5, 2.6), 0.6)
        canvas.rect((84, 86, 94), (21.5, 15, 6, 0.8))
    elif kind == "rifle":
        canvas.rect(GUNMETAL, (14, 14.8, 17.5, 2.6), 0.5)
        canvas.rect(GUNMETAL, (20.5, 16.8, 2.4, 3.4), 0.5)
        canvas.rect((90, 92, 100), (16, 15, 14.5, 0.8))
    elif kind == "shotgun":
        canvas.rect(GUNMETAL, (15, 14.9, 16.5, 2.4), 0.5)
        canvas.rect((112, 74, 44), (22.5, 14.3, 5, 3.6), 0.8)
        canvas.rect((90, 92, 100), (16, 15.1, 6, 0.7))


def arms(canvas: Canvas, look: Look, sleeve: RGB) -> None:
    """Two arms from the shoulders to the weapon grip, or spread if unarmed."""
    if look.weapon == "none":
        ends = (((11, 7.5), (20.5, 5)), ((11, 24.5), (20.5, 27)))
    else:
        ends = (((11, 7.5), (21, 14.6)), ((11, 24.5), (18.6, 17.6)))
    for start, end in ends:
        canvas.line(offset(sleeve, -36), start, end, 4.6)
        canvas.line(offset(sleeve, 8), (start[0], start[1] - 0.4), (end[0], end[1] - 0.4), 3.0)
    for _, end in ends:
        canvas.circle(offset(look.hands, -30), end, 2.1)
        canvas.circle(look.hands, (end[0] - 0.3, end[1] - 0.3), 1.6)


def body(canvas: Canvas, look: Look) -> None:
    """Shoulders seen from above with a top-left highlight."""
    canvas.ellipse(offset(look.body, -20), (4.5, 4.5, 12.5, 23))
    canvas.ellipse(look.body, (4.5, 4.5, 11.5, 22))
    canvas.ellipse(offset(look.body, 22), (5.5, 6, 6, 9))
    canvas.ellipse(look.body, (7, 8, 7, 16))


def head(canvas: Canvas, color: RGB, center: tuple[float, float] = (11.5, 16)) -> None:
    """Round head/hair/mask with a small highlight."""
    canvas.circle(offset(color, -16), center, 4.9)
    canvas.circle(color, (center[0] - 0.4, center[1] - 0.4), 4.3)
    canvas.circle(offset(color, 26), (center[0] - 1.6, center[1] - 1.6), 1.4)


def character(look: Look) -> Canvas:
    """Draw the shared body plan; returns the canvas for extra details."""
    canvas = Canvas(SIZE, SIZE)
    weapon(canvas, look.weapon)
    body(canvas, look)
    arms(canvas, look, offset(look.body, -8))
    head(canvas, look.head)
    return canvas


PALETTES: dict[str, dict[str, RGB]] = {
    # the faction's rim: a bright ring inside the dark outline, so a sprite reads on dark
    # asphalt (by the rim) and on pale concrete (by the outline) alike; every rim has a
    # relative luminance over 0.4 (tests/test_contrast.py measures the result)
    "default": {"crew": (255, 170, 40), "lapd": (110, 190, 255), "guard": (238, 228, 120),
                "civilian": (130, 226, 130), "waingro": (255, 150, 120),
                "mccauley": (255, 214, 120)},
    # Okabe-Ito hues, lightened to the same luminance floor: told apart with any colour
    # vision, and the shapes (masks, caps, long guns, empty hands) carry the rest
    "colourblind": {"crew": (240, 170, 0), "lapd": (120, 200, 240), "guard": (240, 228, 66),
                    "civilian": (235, 160, 205), "waingro": (236, 236, 236),
                    "mccauley": (240, 200, 120)},
}
MASK: RGB = (226, 224, 212)


def finish(canvas: Canvas, rim: RGB) -> pygame.Surface:
    """Downsample, ring the silhouette in the faction's rim colour, then the dark outline."""
    return add_outline(add_outline(hardened(canvas.result()), rim), OUTLINE)


def hardened(surface: pygame.Surface) -> pygame.Surface:
    """Every pixel fully opaque or fully clear, so the rim around it is a clean ring."""
    out = surface.copy()
    for y in range(out.get_height()):
        for x in range(out.get_width()):
            c = out.get_at((x, y))
            out.set_at((x, y), (c.r, c.g, c.b, 255) if c.a >= 128 else (0, 0, 0, 0))
    return out


def hockey_mask(canvas: Canvas, center: tuple[float, float] = (11.5, 16)) -> None:
    """A pale hockey mask over the face (the east side of the head), eye slits dark."""
    cx, cy = center
    canvas.ellipse(offset(MASK, -40), (cx - 1.2, cy - 4.6, 7.0, 9.2))
    canvas.ellipse(MASK, (cx - 0.8, cy - 4.2, 6.2, 8.4))
    for dy in (-1.9, 1.9):
        canvas.rect((20, 20, 24), (cx + 2.2, cy + dy - 0.6, 1.8, 1.2), 0.4)


def crew(palette: str) -> pygame.Surface:
    """Crew member: charcoal coveralls, pale hockey mask, gloves, long rifle."""
    canvas = character(Look((70, 72, 80), (26, 26, 30), GLOVE, "rifle"))
    hockey_mask(canvas)
    return finish(canvas, PALETTES[palette]["crew"])


def mccauley(palette: str) -> pygame.Surface:
    """Neil McCauley: a long light-grey overcoat (wider at the tail), silver hair, mask, rifle."""
    look = Look((150, 154, 164), (190, 192, 198), GLOVE, "rifle")
    canvas = Canvas(SIZE, SIZE)
    weapon(canvas, look.weapon)
    canvas.ellipse(offset(look.body, -40), (1.5, 3.0, 14.5, 26))
    body(canvas, look)
    arms(canvas, look, offset(look.body, -24))
    head(canvas, look.head)
    hockey_mask(canvas)
    return finish(canvas, PALETTES[palette]["mccauley"])


def waingro(palette: str) -> pygame.Surface:
    """Waingro: brown leather jacket, shaved head, red bandana knot, one-handed pistol."""
    look = Look((104, 64, 40), SKIN, SKIN, "pistol")
    canvas = character(look)
    canvas.circle((150, 110, 86), (10.6, 16), 3.2)  # stubble on the shaved crown
    canvas.rect((200, 30, 30), (6.2, 13.2, 2.6, 5.6), 0.8)
    canvas.polygon((200, 30, 30), [(6.4, 15.6), (3.2, 13.4), (3.4, 18.4)])
    return finish(canvas, PALETTES[palette]["waingro"])


def cap(canvas: Canvas, crown: RGB, brim: RGB) -> None:
    """A peaked cap seen from above, brim to the east."""
    canvas.ellipse(offset(brim, -8), (12.5, 11, 6.4, 10))
    canvas.ellipse(brim, (12.5, 11.5, 5.8, 9))
    canvas.circle(offset(crown, -14), (11.2, 16), 5.1)
    canvas.circle(crown, (10.8, 15.6), 4.5)
    canvas.circle(offset(crown, 26), (9.4, 14.2), 1.4)


def guard(palette: str) -> pygame.Surface:
    """Security guard: pale khaki-grey uniform, dark cap, shoulder patch, pistol."""
    canvas = character(Look((156, 152, 132), (90, 92, 98)))
    cap(canvas, (70, 72, 80), (30, 32, 38))
    canvas.rect((40, 60, 120), (6, 20, 2.4, 2.4), 0.4)
    return finish(canvas, PALETTES[palette]["guard"])


def lapd(palette: str) -> pygame.Surface:
    """LAPD officer: navy uniform, black peaked cap with gold badge, shotgun."""
    canvas = character(Look((40, 58, 124), (24, 28, 44), SKIN, "shotgun"))
    cap(canvas, (30, 34, 58), (12, 14, 22))
    canvas.rect((250, 220, 100), (14, 14.9, 2.2, 2.2), 0.6)
    canvas.rect((236, 200, 84), (7.5, 7.6, 2.4, 2.6), 0.5)
    return finish(canvas, PALETTES[palette]["lapd"])


def hanna(palette: str) -> pygame.Surface:
    """Lt. Vincent Hanna: brown suit, white collar, sandy hair, no hat, pistol."""
    canvas = character(Look((78, 64, 54), (168, 140, 96)))
    canvas.circle((226, 228, 232), (11.8, 16), 5.6)
    canvas.circle((130, 30, 40), (16.4, 16), 1.1)
    head(canvas, (168, 140, 96))
    return finish(canvas, PALETTES[palette]["lapd"])


def civilian(palette: str) -> pygame.Surface:
    """Civilian: bright teal windbreaker, dark hair, arms out, unarmed."""
    canvas = character(Look((40, 150, 150), (64, 44, 32), SKIN, "none"))
    canvas.rect((230, 190, 60), (5.2, 13.6, 2.2, 4.8), 0.4)
    return finish(canvas, PALETTES[palette]["civilian"])


def dummy() -> pygame.Surface:
    """Practice target: orange/white bullseye on a small stand."""
    canvas = Canvas(SIZE, SIZE)
    canvas.rect((52, 54, 60), (3, 14.5, 8, 3), 1)
    canvas.rect((52, 54, 60), (4.5, 8, 3, 16), 1)
    for radius, color in ((12.5, (226, 104, 32)), (9.5, (238, 236, 228)),
                          (6.5, (226, 104, 32)), (3.5, (238, 236, 228)),
                          (1.6, (200, 40, 30))):
        canvas.circle(color, (17, 16), radius)
    return add_outline(canvas.result())


CHARACTERS = (("crew", crew), ("mccauley", mccauley), ("waingro", waingro), ("guard", guard),
              ("lapd", lapd), ("hanna", hanna), ("civilian", civilian))


def build(assets: Path) -> list[Path]:
    """Write every character sprite into ``assets/sprites`` (default palette) and
    ``assets/sprites/colourblind`` (the colour-blind-safe one)."""
    makers = tuple((name, partial(make, "default")) for name, make in CHARACTERS)
    paths = write_sprites(assets, (*makers, ("dummy", dummy)))
    blind = tuple((f"colourblind/{name}", partial(make, "colourblind"))
                  for name, make in CHARACTERS)
    return paths + write_sprites(assets, blind)
