"""The downtown street plan in tiles: where the roads, blocks, the bank, the lot and the props are.

One wide east-west boulevard (rows 29-40) with sidewalks, crossed by two north-south streets;
the bank on the north side at the west end, a supermarket and its parking lot south-east, the
freeway on-ramp at the north end of the second cross street, a car to take at the far east end.
"""

from __future__ import annotations

W, H = 120, 70
T = 32

ROAD_ROWS = range(29, 41)
NORTH_WALK = range(26, 29)
SOUTH_WALK = range(41, 44)
CROSS_A = range(32, 42)
CROSS_B = range(80, 90)
WALK_A = (range(29, 32), range(42, 45))
WALK_B = (range(77, 80), range(90, 93))
CENTRE_ROW = 34

NORTH_BLOCKS = ((0, 28), (45, 76), (93, 119))
SOUTH_BLOCKS = ((0, 28), (45, 76))
BANK = (6, 10, 26, 25)  # col0, row0, col1, row1 (walls on the edge)
BANK_DOORS = range(15, 18)
BANK_STEPS = (range(13, 20), range(26, 28))
BANK_COLUMNS = (8, 11, 14, 18, 21, 24)
ALLEY = range(60, 63)  # through the south-middle block
LOT = (93, 44, 119, 57)
MARKET = (98, 58, 119, 69)
RAMP_ROWS = range(0, 6)

RED_CAR, WHITE_CAR = 0, 4
NORTH_CARS = ((2, RED_CAR), (7, WHITE_CAR), (47, RED_CAR), (53, WHITE_CAR), (65, RED_CAR),
              (71, WHITE_CAR), (95, WHITE_CAR), (101, RED_CAR))
SOUTH_CARS = ((3, WHITE_CAR), (10, RED_CAR), (17, WHITE_CAR), (24, RED_CAR), (45, WHITE_CAR),
              (64, RED_CAR), (70, WHITE_CAR), (96, RED_CAR), (104, WHITE_CAR))
LOT_CARS = ((95, 46, RED_CAR), (103, 46, WHITE_CAR), (111, 46, RED_CAR), (99, 53, WHITE_CAR),
            (107, 53, RED_CAR), (113, 53, WHITE_CAR))
BUS_AT = (50, 38)
NEWSSTANDS = ((46, 27), (58, 27), (74, 27), (97, 27), (20, 42), (66, 42), (99, 42))
PLANTERS = ((3, 27), (27, 27), (50, 27), (62, 27), (68, 27), (104, 27), (111, 27),
            (6, 42), (13, 42), (27, 42), (48, 42), (72, 42), (94, 42), (110, 42))
BENCHES = ((54, 42), (57, 42))


def in_block(col: int, row: int) -> bool:
    """A building tile (solid) rather than street, sidewalk, alley or lot."""
    if row <= 25:
        return any(a <= col <= b for a, b in NORTH_BLOCKS)
    if row >= 44:
        if col in ALLEY:
            return False
        if any(a <= col <= b for a, b in SOUTH_BLOCKS):
            return True
        c0, r0, c1, r1 = MARKET
        return c0 <= col <= c1 and r0 <= row <= r1
    return False


def in_bank(col: int, row: int) -> bool:
    c0, r0, c1, r1 = BANK
    return c0 <= col <= c1 and r0 <= row <= r1


def bank_inside(col: int, row: int) -> bool:
    c0, r0, c1, r1 = BANK
    return c0 < col < c1 and r0 < row < r1
