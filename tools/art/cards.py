"""Paint one storyboard illustration per briefing card into ``assets/cards/<art>.png`` (720x400).

Every picture is composed from the shapes in ``art.card_kit``: night skies in sodium orange or
police blue, skylines, freeway decks, silhouetted figures and cars, rain, light cones and glows,
finished with grain, a vignette and an ink frame. Each scene has its own seed, so the output is
the same on every run. The card names match ``Card.art`` in game/campaign.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pygame

from art.card_kit import (
    H,
    Pane,
    W,
    car,
    figure,
    finish,
    freeway,
    jet,
    kneel,
    lying,
    palm,
    rain,
    runway_lights,
    seated,
    skyline,
    walker,
)
from art.common import RGB, save_png

INK: RGB = (8, 8, 14)
SODIUM: RGB = (255, 150, 60)
COLD: RGB = (150, 190, 255)
NIGHT = ((0.0, (4, 6, 18)), (0.55, (18, 26, 58)), (0.8, (70, 48, 80)), (1.0, (140, 80, 60)))
AMBER = ((0.0, (10, 6, 14)), (0.5, (52, 22, 30)), (0.85, (170, 80, 40)), (1.0, (240, 140, 60)))
DAWN = ((0.0, (120, 130, 150)), (0.6, (214, 190, 160)), (1.0, (240, 210, 170)))
BLUE = ((0.0, (2, 4, 12)), (0.6, (10, 24, 50)), (1.0, (30, 60, 100)))


def code(rng: random.Random) -> Pane:
    """The empty house above the ocean: a man at a tall window, nothing else in the room."""
    pane = Pane()
    pane.gradient(BLUE)
    pane.rect((24, 40, 70), (150, 60, 420, 250))
    pane.gradient(((0.0, (20, 40, 80)), (0.7, (50, 80, 130)), (1.0, (90, 110, 150))),
                  (150, 60, 420, 170))
    pane.gradient(((0.0, (14, 26, 54)), (1.0, (4, 10, 26))), (150, 230, 420, 80))
    for i in range(30):
        y = 232 + i * 2.6
        pane.line((60, 90, 140), (150 + rng.uniform(0, 380), y),
                  (160 + rng.uniform(0, 420), y), 0.6)
    pane.glow((460, 120), 40, (200, 220, 255), 0.7)
    for x in (150, 290, 430, 570):
        pane.rect(INK, (x - 6, 60, 12, 250))
    pane.rect(INK, (140, 150, 440, 8))
    pane.rect((10, 12, 22), (0, 310, W, 90))
    floor = pane.layer()
    floor.poly((30, 44, 70, 255), [(150, 310), (570, 310), (680, 400), (40, 400)])
    pane.paste(floor, add=True)
    figure(pane, 330, 330, 190, INK, "coat", facing=1)
    return pane


def range_(rng: random.Random) -> Pane:
    """Under the freeway: sodium lamps, concrete pylons, the crew and paper targets."""
    pane = Pane()
    pane.gradient(AMBER)
    skyline(pane, rng, 250, (30, 110), (30, 18, 30), 0.08, SODIUM)
    freeway(pane, 120, INK, SODIUM, thick=34, pylons=5)
    pane.gradient(((0.0, (60, 34, 26)), (1.0, (20, 12, 14))), (0, 250, W, 150))
    for x in (470, 540, 610):
        pane.rect((210, 190, 160), (x, 250, 26, 50))
        pane.circle(INK, (x + 13, 268), 6)
        pane.rect(INK, (x + 11, 300, 4, 30))
    for i, x in enumerate((120, 190, 250, 300)):
        figure(pane, x, 360 + i % 2 * 6, 120 - i * 6, INK, "coat" if i == 0 else "suit",
               facing=1, gun=i < 2)
    pane.glow((178, 296), 14, (255, 220, 120), 1.0)
    return pane


def hire(rng: random.Random) -> Pane:
    """A diner parking lot: neon sign, two cars, men leaning on a fender."""
    pane = Pane()
    pane.gradient(NIGHT)
    pane.rect((24, 16, 22), (60, 170, 440, 140))
    for x in range(80, 480, 60):
        pane.rect((255, 210, 140), (x, 200, 48, 60))
        pane.glow((x + 24, 230), 45, (255, 170, 90), 0.35)
    pane.rect(INK, (40, 150, 480, 24))
    pane.glow((300, 120), 120, (255, 40, 90), 0.6)
    pane.rect((255, 70, 120), (220, 100, 160, 30), radius=6)
    pane.rect((255, 200, 220), (232, 110, 136, 10), radius=4)
    pane.rect((14, 10, 16), (0, 310, W, 90))
    car(pane, 420, 360, 190, INK, facing=-1)
    car(pane, 520, 372, 180, INK, facing=1)
    figure(pane, 520, 370, 120, INK, "coat", facing=-1)
    figure(pane, 440, 372, 116, INK, "suit", facing=1)
    figure(pane, 600, 376, 118, INK, "suit", facing=-1)
    palm(pane, (650, 310), (630, 80), INK)
    return pane


def armored(rng: random.Random) -> Pane:
    """Morning under the interchange: the tow truck bears down on the armored truck."""
    pane = Pane()
    pane.gradient(DAWN)
    skyline(pane, rng, 250, (30, 140), (150, 146, 156), 0.0, SODIUM)
    pane.glow((600, 200), 260, (255, 220, 160), 0.5)
    ramp: RGB = (34, 36, 48)
    pane.poly(ramp, [(0, 120), (W, 30), (W, 62), (0, 150)])
    pane.poly(ramp, [(0, 20), (W, 150), (W, 172), (0, 46)])
    for x in (90, 300, 560):
        pane.poly(ramp, [(x, 100), (x + 30, 100), (x + 24, 300), (x + 6, 300)])
    pane.gradient(((0.0, (90, 88, 92)), (1.0, (30, 30, 36))), (0, 290, W, 110))
    for k in range(7):
        pane.rect((220, 210, 170), (k * 120 - 20, 336, 60, 3))
    car(pane, 330, 350, 300, (22, 24, 30), facing=1, lights=False, kind="truck")
    pane.rect((170, 160, 120), (420, 250, 120, 8))
    car(pane, 40, 362, 220, INK, facing=1, lights=True, kind="truck")
    pane.line(INK, (60, 270), (20, 230), 7)
    pane.line(INK, (20, 230), (30, 300), 3)
    pane.glow((262, 300), 60, (255, 240, 200), 0.8)
    return pane


def murder(rng: random.Random) -> Pane:
    """Two minutes later: the truck's back doors open, smoke, a cap on the asphalt, all red."""
    pane = Pane()
    pane.gradient(((0.0, (40, 6, 8)), (0.6, (120, 20, 16)), (1.0, (200, 60, 30))))
    skyline(pane, rng, 300, (30, 120), (70, 12, 12), 0.0, SODIUM)
    smoke = pane.layer()
    for _ in range(26):
        x, y = rng.uniform(60, 330), rng.uniform(110, 250)
        smoke.circle((30, 8, 8, 255), (x, y), rng.uniform(24, 50))
    pane.paste(smoke, add=True)
    pane.rect((24, 4, 6), (0, 300, W, 100))
    car(pane, 140, 330, 360, (16, 4, 6), facing=1, lights=False, kind="truck")
    pane.rect((255, 170, 110), (140, 200, 10, 116))
    pane.glow((150, 260), 70, (255, 120, 60), 0.6)
    pane.poly((16, 4, 6), [(140, 196), (96, 210), (96, 320), (140, 318)])
    pane.ellipse(INK, (360, 356, 60, 14))
    pane.rect(INK, (374, 346, 32, 14), radius=4)
    for _ in range(7):
        pane.rect((230, 170, 90), (rng.uniform(420, 600), rng.uniform(360, 390), 5, 2))
    figure(pane, 630, 390, 220, INK, "coat", facing=-1, gun=True)
    return pane


def escape(rng: random.Random) -> Pane:
    """A parking lot at night: a patrol car slides past, a man goes over the wall."""
    pane = Pane()
    pane.gradient(NIGHT)
    skyline(pane, rng, 230, (20, 80), (20, 18, 34), 0.1, SODIUM)
    pane.rect((34, 30, 40), (0, 200, W, 60))
    for x in range(0, W, 30):
        pane.line((20, 18, 26), (x, 200), (x, 260), 1)
    pane.rect((16, 14, 20), (0, 260, W, 140))
    pane.line(INK, (600, 60), (600, 260), 4)
    pane.cone((600, 64), (500, 300), (700, 300), SODIUM, 90)
    car(pane, 80, 320, 220, INK, facing=1, kind="cruiser")
    walker(pane, 560, 205, 80, INK, 1.0)
    figure(pane, 420, 380, 130, INK, "coat", facing=1)
    figure(pane, 360, 384, 124, INK, "suit", facing=1)
    return pane


def eady(rng: random.Random) -> Pane:
    """A bookshop in warm light: shelves, a window, two people talking across a table."""
    pane = Pane()
    pane.gradient(((0.0, (40, 22, 14)), (1.0, (110, 66, 34))))
    for x in range(0, W, 120):
        pane.rect((30, 16, 10), (x, 40, 110, 300))
        for y in range(52, 330, 34):
            px = x + 6
            while px < x + 104:
                w = rng.randint(4, 9)
                pane.rect(mix_book(rng), (px, y + rng.randint(0, 8), w, 26 - rng.randint(0, 8)))
                px += w + 1
            pane.rect((20, 10, 6), (x, y + 26, 110, 6))
    pane.glow((360, 80), 200, (255, 190, 110), 0.6)
    pane.rect((24, 12, 8), (200, 300, 320, 14))
    figure(pane, 280, 400, 200, INK, "coat", facing=1)
    figure(pane, 450, 400, 180, INK, "woman", facing=-1)
    return pane


def mix_book(rng: random.Random) -> RGB:
    return rng.choice(((90, 30, 20), (60, 50, 30), (110, 80, 40), (40, 40, 50), (120, 60, 30)))


def nate(rng: random.Random) -> Pane:
    """The fence's office: blinds throwing bars of light over a man behind a desk."""
    pane = Pane()
    pane.gradient(((0.0, (20, 24, 30)), (1.0, (50, 56, 60))))
    bars = pane.layer()
    for i in range(12):
        y = 40 + i * 26
        bars.poly((70, 60, 40, 255), [(300, y), (W, y + 60), (W, y + 74), (300, y + 10)])
    pane.paste(bars, add=True)
    pane.rect(INK, (100, 270, 420, 130))
    pane.glow((200, 250), 90, (255, 200, 120), 0.8)
    pane.poly((200, 170, 90), [(180, 236), (220, 236), (232, 256), (168, 256)])
    pane.line(INK, (200, 256), (200, 270), 3)
    figure(pane, 340, 330, 200, INK, "sit", facing=-1)
    figure(pane, 620, 400, 230, INK, "coat", facing=-1)
    return pane


def drivein(rng: random.Random) -> Pane:
    """The closed drive-in: a pale screen, an empty lot, muzzle flashes by a truck."""
    pane = Pane()
    pane.gradient(NIGHT)
    pane.rect((40, 40, 60), (120, 40, 480, 180))
    pane.rect((170, 170, 190), (130, 50, 460, 160))
    pane.glow((360, 130), 240, (120, 120, 160), 0.4)
    for x in (150, 570):
        pane.rect(INK, (x, 220, 10, 80))
    pane.rect((14, 12, 20), (0, 290, W, 110))
    for x in range(20, W, 46):
        pane.line((40, 40, 50), (x, 300), (x, 318), 2)
    car(pane, 110, 360, 230, INK, facing=1, kind="truck", lights=True)
    for at in ((330, 290), (360, 300)):
        pane.glow(at, 30, (255, 200, 80), 1.0)
    figure(pane, 590, 380, 140, INK, "coat", facing=-1, gun=True)
    pane.glow((530, 300), 22, (255, 220, 120), 1.0)
    return pane


def phone(rng: random.Random) -> Pane:
    """A payphone on a hillside; below, a big house with its windows lit."""
    pane = Pane()
    pane.gradient(BLUE)
    skyline(pane, rng, 330, (6, 30), (12, 18, 34), 0.3, SODIUM)
    pane.poly((10, 14, 26), [(260, 270), (340, 210), (700, 210), (720, 270)])
    pane.rect((16, 20, 34), (380, 160, 260, 60))
    for x in range(396, 630, 40):
        pane.rect((255, 210, 140), (x, 175, 22, 30))
        pane.glow((x + 11, 190), 30, (255, 180, 90), 0.4)
    pane.glow((510, 240), 70, (60, 200, 255), 0.5)
    pane.rect(INK, (0, 330, W, 70))
    pane.rect(INK, (60, 120, 12, 230))
    pane.rect(INK, (40, 150, 70, 90), radius=4)
    pane.rect((60, 66, 80), (48, 160, 54, 40))
    pane.glow((75, 130), 70, (230, 240, 255), 0.6)
    pane.line(INK, (100, 210), (160, 196), 2)
    figure(pane, 200, 392, 260, INK, "coat", facing=-1)
    pane.line(INK, (180, 190), (160, 160), 8)
    pane.rect(INK, (150, 148, 14, 26), radius=4)
    return pane


def unit(rng: random.Random) -> Pane:
    """Five detectives in a line before the downtown towers, cruisers' lights behind."""
    pane = Pane()
    pane.gradient(BLUE)
    skyline(pane, rng, 300, (80, 230), (10, 16, 32), 0.2, COLD)
    pane.rect((14, 18, 30), (0, 300, W, 100))
    car(pane, 60, 320, 180, INK, facing=1, kind="cruiser")
    car(pane, 660, 322, 180, INK, facing=-1, kind="cruiser")
    for i, x in enumerate((200, 280, 360, 440, 520)):
        figure(pane, x, 392, 200 if i == 2 else 180, INK, "coat" if i == 2 else "suit")
    return pane


def watched(rng: random.Random) -> Pane:
    """Through a long lens: a big man by his car, the round view cut out of the dark."""
    pane = Pane()
    pane.gradient(((0.0, (30, 40, 34)), (1.0, (80, 90, 70))))
    skyline(pane, rng, 260, (40, 120), (40, 50, 44), 0.0, COLD)
    pane.rect((60, 66, 56), (0, 260, W, 140))
    car(pane, 230, 320, 260, (20, 24, 22), facing=1, lights=False)
    figure(pane, 420, 330, 170, (14, 18, 16), "suit", facing=-1)
    mask = pane.layer()
    mask.rect((0, 0, 0, 255), (0, 0, W, H))
    mask.circle((0, 0, 0, 0), (360, 210), 170)
    pane.big.blit(mask.big, (0, 0))
    for a, b in (((360, 30), (360, 60)), ((360, 360), (360, 390)), ((180, 210), (210, 210)),
                 ((510, 210), (540, 210))):
        pane.line((120, 140, 120), a, b, 1.5)
    pane.rect((200, 40, 30), (600, 30, 10, 10), radius=5)
    return pane


def depository(rng: random.Random) -> Pane:
    """The depository yard: fence, containers, a lit door and cutting sparks at night."""
    pane = Pane()
    pane.gradient(NIGHT)
    pane.rect((30, 30, 40), (260, 120, 460, 200))
    pane.rect((255, 220, 160), (420, 220, 60, 80))
    pane.glow((450, 250), 90, (255, 200, 120), 0.5)
    for _ in range(40):
        pane.glow((452 + rng.uniform(-14, 14), 262 + rng.uniform(-14, 14)), 3, (255, 240, 200))
    pane.line(INK, (660, 40), (660, 320), 5)
    pane.cone((660, 44), (520, 320), (720, 320), SODIUM, 80)
    pane.rect((16, 16, 22), (0, 300, W, 100))
    for x in (30, 150):
        pane.rect((40, 30, 30), (x, 200, 110, 110))
        for k in range(0, 110, 8):
            pane.line((20, 16, 16), (x + k, 200), (x + k, 310), 1.5)
    for x in range(0, W, 18):
        pane.line((60, 60, 70), (x, 280), (x + 18, 310), 0.8)
        pane.line((60, 60, 70), (x + 18, 280), (x, 310), 0.8)
    figure(pane, 440, 300, 90, INK, "suit", facing=1)
    figure(pane, 500, 302, 88, INK, "coat", facing=-1)
    return pane


def walkoff(rng: random.Random) -> Pane:
    """The crew walking away down an empty yard, a lit door behind them, the drill left."""
    pane = Pane()
    pane.gradient(NIGHT)
    pane.rect((24, 24, 34), (0, 100, W, 200))
    pane.rect((230, 210, 170), (320, 170, 80, 120))
    pane.glow((360, 230), 160, (255, 190, 110), 0.45)
    floor = pane.layer()
    floor.poly((90, 70, 40, 255), [(320, 290), (400, 290), (560, 400), (160, 400)])
    pane.paste(floor, add=True)
    pane.rect((14, 14, 20), (0, 290, 320, 110))
    pane.rect((14, 14, 20), (400, 290, 320, 110))
    for i, x in enumerate((270, 340, 410, 480)):
        figure(pane, x, 392 - i % 2 * 6, 170 - i % 2 * 10, INK, "coat" if i == 1 else "suit",
               facing=1)
    pane.rect((50, 50, 56), (364, 280, 18, 10))
    return pane


def stop(rng: random.Random) -> Pane:
    """The 105 at dusk: a car on the shoulder, cruisers, a helicopter's spotlight."""
    pane = Pane()
    pane.gradient(AMBER)
    skyline(pane, rng, 250, (10, 40), (40, 20, 30), 0.1, SODIUM)
    pane.poly((30, 24, 34), [(0, 250), (W, 250), (W, 400), (0, 400)])
    for k in range(6):
        x = 80 + k * 110
        pane.poly((200, 170, 110), [(x, 300), (x + 60, 300), (x + 52, 306), (x - 8, 306)])
    pane.cone((600, 50), (250, 390), (420, 390), (230, 240, 255), 140)
    pane.poly(INK, [(570, 40), (630, 40), (640, 56), (560, 56)])
    pane.line(INK, (540, 34), (660, 34), 2)
    car(pane, 280, 370, 200, INK, facing=1)
    car(pane, 40, 372, 190, INK, facing=1, kind="cruiser")
    walker(pane, 250, 372, 130, INK, 0.4)
    return pane


def coffee(rng: random.Random) -> Pane:
    """The diner booth: two men facing each other over coffee, the city behind the glass."""
    pane = Pane()
    pane.gradient(NIGHT)
    skyline(pane, rng, 260, (30, 150), (18, 16, 30), 0.15, SODIUM)
    for x in (-4, 236, 476, 716):
        pane.rect(INK, (x, 0, 12, 400))
    pane.rect((110, 40, 30), (0, 260, W, 10))
    pane.rect((150, 60, 40), (0, 0, W, 20))
    for lx in (200, 520):
        pane.glow((lx, 30), 90, (255, 170, 100), 0.5)
    pane.rect(INK, (0, 300, W, 100))
    pane.rect((40, 30, 30), (170, 300, 380, 16))
    pane.rect(INK, (60, 170, 60, 230), radius=12)
    pane.rect(INK, (600, 170, 60, 230), radius=12)
    figure(pane, 210, 420, 250, INK, "sit", facing=1)
    figure(pane, 510, 420, 250, INK, "sit", facing=-1)
    for cx in (300, 420):
        pane.rect((220, 210, 200), (cx - 11, 284, 22, 18), radius=3)
        pane.ellipse((220, 210, 200), (cx - 16, 298, 32, 6))
    for k in range(3):
        pane.line((90, 70, 60), (300 + k * 3, 280 - k * 8), (302 + k * 3, 270 - k * 8), 0.8)
    return pane


def slipped(rng: random.Random) -> Pane:
    """A wall of surveillance photographs, a desk lamp, a man standing with his back to us."""
    pane = Pane()
    pane.gradient(((0.0, (14, 18, 26)), (1.0, (34, 40, 50))))
    for row in range(4):
        for col in range(7):
            x, y = 90 + col * 80 + rng.uniform(-6, 6), 40 + row * 62 + rng.uniform(-4, 4)
            pane.rect((190, 186, 170), (x, y, 56, 44))
            pane.rect((50, 50, 56), (x + 4, y + 4, 48, 30))
            pane.circle((20, 20, 24), (x + 28, y + 16), 7)
    pane.line((200, 40, 40), (170, 70), (420, 150), 1.5)
    pane.line((200, 40, 40), (420, 150), (570, 110), 1.5)
    pane.glow((560, 300), 150, (255, 200, 120), 0.6)
    pane.rect(INK, (380, 320, 340, 80))
    figure(pane, 260, 420, 300, INK, "coat", facing=1)
    return pane


def trejo(rng: random.Random) -> Pane:
    """A phone booth on a wet, empty street: the call that puts Breedan in the seat."""
    pane = Pane()
    pane.gradient(NIGHT)
    skyline(pane, rng, 280, (40, 160), (16, 16, 30), 0.12, SODIUM)
    pane.rect((20, 18, 30), (0, 280, W, 120))
    pane.rect(INK, (300, 110, 110, 230))
    pane.rect((200, 220, 200), (312, 126, 86, 170))
    pane.glow((355, 150), 120, (200, 255, 210), 0.5)
    figure(pane, 355, 330, 190, INK, "suit", facing=-1)
    reflect = pane.layer()
    reflect.rect((60, 80, 60, 255), (310, 340, 90, 60))
    pane.paste(reflect, add=True)
    rain(pane, rng, 500, (170, 190, 220))
    return pane


def bank(rng: random.Random) -> Pane:
    """Downtown at noon: towers, the bank's columns, men with bags walking to a car."""
    pane = Pane()
    pane.gradient(((0.0, (150, 170, 190)), (1.0, (230, 226, 210))))
    for x, w, h in ((20, 120, 360), (160, 90, 300), (520, 130, 380), (640, 90, 320)):
        pane.rect((60, 70, 86), (x, 400 - h, w, h))
        for y in range(int(400 - h + 10), 400, 14):
            pane.rect((100, 116, 136), (x + 6, y, w - 12, 4))
    pane.rect((180, 170, 150), (250, 120, 260, 200))
    pane.poly((150, 140, 120), [(240, 120), (520, 120), (500, 96), (260, 96)])
    for x in range(266, 500, 46):
        pane.rect((220, 210, 190), (x, 130, 20, 180))
    pane.rect((90, 90, 96), (0, 320, W, 80))
    car(pane, 470, 380, 220, (20, 22, 28), facing=1, lights=False)
    for i, x in enumerate((300, 360, 420)):
        figure(pane, x, 384, 150, (18, 18, 24), "suit", facing=1, gun=i == 0)
        pane.rect((18, 18, 24), (x + 8, 330, 20, 26), radius=4)
    return pane


def house(rng: random.Random) -> Pane:
    """Trejo's house at night in the rain: the door open, the light spilling out."""
    pane = Pane()
    pane.gradient(BLUE)
    pane.poly((12, 14, 24), [(150, 170), (380, 70), (610, 170)])
    pane.rect((18, 20, 32), (170, 170, 420, 170))
    pane.rect((255, 200, 130), (350, 220, 50, 110))
    pane.glow((375, 300), 130, (255, 170, 90), 0.6)
    pane.rect((90, 70, 50), (230, 200, 60, 50))
    pane.rect((10, 12, 20), (0, 330, W, 70))
    beam = pane.layer()
    beam.poly((90, 60, 30, 255), [(350, 330), (400, 330), (470, 400), (330, 400)])
    pane.paste(beam, add=True)
    car(pane, 560, 380, 190, INK, facing=1, lights=False)
    palm(pane, (90, 340), (70, 70), INK)
    rain(pane, rng, 600, (150, 170, 210))
    return pane


def vanzant(rng: random.Random) -> Pane:
    """A glass house in the hills, its pool glowing; a lone figure on the lawn."""
    pane = Pane()
    pane.gradient(BLUE)
    skyline(pane, rng, 240, (4, 24), (16, 20, 40), 0.35, SODIUM)
    pane.rect((12, 14, 22), (0, 240, W, 160))
    pane.rect((30, 30, 40), (320, 120, 360, 120))
    pane.rect(INK, (300, 110, 400, 12))
    for x in range(336, 670, 54):
        pane.rect((240, 220, 180), (x, 136, 40, 90))
    pane.glow((500, 180), 200, (255, 210, 150), 0.35)
    pane.rect((40, 160, 200), (360, 270, 260, 30))
    pane.glow((490, 286), 150, (40, 160, 220), 0.6)
    figure(pane, 170, 370, 180, INK, "coat", facing=1)
    palm(pane, (60, 380), (40, 90), INK)
    return pane


def charlene(rng: random.Random) -> Pane:
    """A balcony over a dark street: a woman at the railing, a man by his car below."""
    pane = Pane()
    pane.gradient(BLUE)
    pane.rect((18, 22, 36), (0, 0, 380, 400))
    pane.rect((240, 210, 170), (120, 50, 160, 150))
    pane.glow((200, 130), 140, (255, 200, 140), 0.5)
    figure(pane, 210, 220, 150, INK, "woman", facing=1)
    pane.line(INK, (236, 112), (256, 92), 4)
    pane.rect(INK, (90, 210, 230, 10))
    for x in range(96, 316, 14):
        pane.line(INK, (x, 220), (x, 250), 2)
    pane.rect(INK, (90, 250, 230, 6))
    pane.rect((10, 12, 20), (380, 330, 340, 70))
    pane.line(INK, (660, 100), (660, 340), 4)
    pane.cone((660, 104), (560, 340), (720, 340), SODIUM, 70)
    car(pane, 460, 380, 200, INK, facing=1)
    figure(pane, 540, 370, 140, INK, "suit", facing=-1)
    return pane


def hospital(rng: random.Random) -> Pane:
    """A hospital corridor in cold light; two people side by side on a bench, waiting."""
    pane = Pane()
    pane.gradient(((0.0, (40, 54, 60)), (1.0, (90, 110, 110))))
    vx, vy = 360, 190
    pane.poly((30, 40, 46), [(0, 0), (vx - 40, vy - 30), (vx - 40, vy + 30), (0, H)])
    pane.poly((50, 64, 70), [(W, 0), (vx + 40, vy - 30), (vx + 40, vy + 30), (W, H)])
    pane.poly((120, 140, 136), [(0, H), (vx - 40, vy + 30), (vx + 40, vy + 30), (W, H)])
    pane.rect((200, 230, 230), (vx - 40, vy - 30, 80, 60))
    for k in range(5):
        t = (k + 1) / 6
        y = vy - 30 - (vy - 30) * t
        half = 40 + (W / 2 - 40) * t
        pane.rect((230, 250, 250), (vx - half * 0.3, y, half * 0.6, 3 + 5 * t))
        pane.glow((vx, y + 6), 60 + 100 * t, (170, 220, 230), 0.25)
    pane.rect(INK, (110, 318, 250, 10))
    for leg in (124, 340):
        pane.rect(INK, (leg, 326, 6, 50))
    seated(pane, 190, 318, 180, INK, facing=1)
    seated(pane, 262, 318, 168, INK, facing=-1)
    pane.ellipse(INK, (262 - 13, 318 - 168 * 0.52 + 2, 26, 40))
    return pane


def hotel(rng: random.Random) -> Pane:
    """An airport hotel at night, a jet low overhead, a car turning into the lot."""
    pane = Pane()
    pane.gradient(AMBER)
    pane.rect((24, 16, 24), (360, 90, 260, 240))
    for y in range(104, 320, 16):
        for x in range(372, 610, 18):
            if rng.random() < 0.4:
                pane.rect((255, 200, 120), (x, y, 10, 8))
    pane.rect((255, 80, 60), (400, 66, 180, 20), radius=4)
    pane.glow((490, 76), 110, (255, 60, 40), 0.5)
    jet(pane, (200, 80), 170, INK, -0.25)
    pane.gradient(((0.0, (60, 34, 30)), (1.0, (20, 14, 18))), (0, 330, W, 70))
    car(pane, 120, 384, 220, INK, facing=1)
    palm(pane, (660, 340), (640, 110), INK)
    return pane


def tarmac(rng: random.Random) -> Pane:
    """The runway at night: lights racing to the horizon, a running man, a pursuer behind."""
    pane = Pane()
    pane.gradient(((0.0, (2, 4, 10)), (0.45, (10, 16, 34)), (0.5, (40, 30, 40)),
                   (1.0, (12, 12, 18))))
    runway_lights(pane, (360, 200), (40, 680), (120, 170, 255))
    runway_lights(pane, (360, 200), (230, 490), (255, 210, 120), 10)
    pane.glow((560, 196), 140, (255, 250, 230), 0.8)
    pane.glow((560, 196), 40, (255, 255, 255), 1.0)
    walker(pane, 300, 360, 190, INK, 1.0)
    walker(pane, 600, 300, 110, INK, 0.9)
    return pane


def ending(rng: random.Random) -> Pane:
    """By the runway: one man down, the other on a knee beside him, a jet climbing overhead."""
    pane = Pane()
    pane.gradient(((0.0, (4, 6, 16)), (0.55, (20, 26, 50)), (0.6, (50, 44, 56)),
                   (1.0, (10, 12, 16))))
    runway_lights(pane, (360, 240), (20, 700), (120, 170, 255), 12)
    jet(pane, (470, 90), 170, INK, -0.35)
    pane.glow((330, 350), 200, (60, 80, 130), 0.6)
    lying(pane, 190, 356, 200, INK)
    kneel(pane, 420, 358, 150, INK, facing=-1)
    return pane


def escape_ending(rng: random.Random) -> Pane:
    """Above the clouds at night: a jet heading west under the moon."""
    pane = Pane()
    pane.gradient(((0.0, (2, 4, 16)), (0.7, (20, 30, 70)), (1.0, (60, 70, 110))))
    for _ in range(120):
        pane.circle((200, 210, 240), (rng.uniform(0, W), rng.uniform(0, 200)), 0.5)
    pane.glow((560, 80), 90, (200, 210, 255), 0.5)
    pane.circle((230, 236, 250), (560, 80), 26)
    for k in range(60):
        x, y = rng.uniform(-40, W), 300 + rng.uniform(-20, 60)
        pane.ellipse((40 + k % 3 * 10, 50, 80), (x, y, rng.uniform(80, 200), 40))
    pane.poly(INK, [(200, 200), (360, 186), (372, 192), (210, 210)])
    pane.poly(INK, [(280, 192), (250, 160), (262, 160), (310, 190)])
    pane.poly(INK, [(280, 200), (240, 236), (254, 236), (310, 200)])
    pane.glow((362, 190), 20, (40, 255, 90), 0.9)
    return pane


SCENES: dict[str, Callable[[random.Random], Pane]] = {
    "code": code, "range": range_, "hire": hire, "armored": armored, "murder": murder,
    "escape": escape, "eady": eady, "nate": nate, "drivein": drivein, "phone": phone,
    "unit": unit, "watched": watched, "depository": depository, "walkoff": walkoff,
    "stop": stop, "coffee": coffee, "slipped": slipped, "trejo": trejo, "bank": bank,
    "house": house, "vanzant": vanzant, "charlene": charlene, "hospital": hospital,
    "hotel": hotel, "tarmac": tarmac, "ending": ending, "escape_ending": escape_ending,
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


