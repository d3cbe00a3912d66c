"""Card scenes from Hanna's unit to the tarmac and the endings (chapters 4-10), one a card."""

from __future__ import annotations

import random

from art.card_kit import (
    AMBER,
    BLUE,
    COLD,
    INK,
    NIGHT,
    SODIUM,
    H,
    Pane,
    W,
    car,
    figure,
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


def ending_car_park(rng: random.Random) -> Pane:
    """Between parked cars under a sodium lamp: one man down, the other kneeling beside him, a
    jet low over the hotel roof behind."""
    pane = Pane()
    pane.gradient(AMBER)
    pane.rect((24, 16, 24), (430, 120, 240, 230))
    for y in range(134, 330, 16):
        for x in range(442, 660, 18):
            if rng.random() < 0.3:
                pane.rect((255, 200, 120), (x, y, 10, 8))
    jet(pane, (520, 60), 170, INK, -0.25)
    pane.gradient(((0.0, (60, 34, 30)), (1.0, (20, 14, 18))), (0, 330, W, 70))
    pane.rect(INK, (356, 150, 6, 210))
    pane.glow((359, 150), 120, SODIUM, 0.9)
    car(pane, 10, 370, 190, INK, facing=1, lights=False)
    car(pane, 720, 372, 180, INK, facing=-1, lights=False)
    lying(pane, 230, 380, 150, INK)
    kneel(pane, 430, 382, 130, INK, facing=-1)
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
