"""Card scenes from the crew's code to the phone call (chapters 0-3), one function a card."""

from __future__ import annotations

import random

from art.card_kit import (
    AMBER,
    BLUE,
    DAWN,
    INK,
    NIGHT,
    SODIUM,
    Pane,
    W,
    car,
    figure,
    freeway,
    palm,
    skyline,
    walker,
)
from art.common import RGB


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
