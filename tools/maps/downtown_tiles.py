"""The downtown map's tile layers: ground, walls (buildings, the bank) and props (cars, the bus,
newsstands, planters), as grids of gids."""

from __future__ import annotations

from tools.maps import downtown_layout as plan

CITY = 1  # firstgid of city.tsx: gid = CITY + tile id
PROPS = 33  # firstgid of downtown.tsx
ROT90, ROT270, FLIP_V = 0xA0000000, 0x60000000, 0x40000000

ASPHALT, LANE_H, LANE_V, SIDEWALK, CROSSWALK, GRASS = 1, 2, 3, 4, 5, 6
MARBLE, CONCRETE, BRICK, GLASS, JERSEY = 8, 9, 10, 11, 15
ROOF, OIL, MANHOLE, PARKING, KERB = 25, 27, 28, 29, 30


def grid(fill: int = 0) -> list[list[int]]:
    return [[fill] * plan.W for _ in range(plan.H)]


def ground() -> list[list[int]]:
    g = grid(SIDEWALK)
    for row in range(plan.H):
        for col in range(plan.W):
            g[row][col] = _ground_at(col, row)
    for col, row in ((12, 33), (40, 37), (57, 31), (86, 36), (101, 49), (70, 35)):
        g[row][col] = OIL
    for col, row in ((25, 35), (60, 33), (36, 52), (84, 14), (115, 37)):
        g[row][col] = MANHOLE
    return g


def _ground_at(col: int, row: int) -> int:
    if plan.bank_inside(col, row) or (col in plan.BANK_DOORS and row == plan.BANK[3]):
        return MARBLE
    on_cross = col in plan.CROSS_A or col in plan.CROSS_B
    if row in plan.ROAD_ROWS:
        if any(col in w for w in (*plan.WALK_A, *plan.WALK_B)):
            return CROSSWALK | ROT90
        if row == plan.CENTRE_ROW and col % 2 == 0 and not on_cross:
            return LANE_H
        return ASPHALT
    if on_cross:
        if row in plan.NORTH_WALK or row in plan.SOUTH_WALK:
            return CROSSWALK
        if col in (36, 84) and row % 2 == 0:
            return LANE_V
        return ASPHALT
    if col in plan.ALLEY and row >= 44:
        return ASPHALT
    if row in plan.RAMP_ROWS and any(col in w for w in plan.WALK_B):
        return GRASS
    lot = _lot(col, row)
    if lot:
        return lot
    return _kerb(col, row)


def _lot(col: int, row: int) -> int:
    c0, r0, c1, r1 = plan.LOT
    if not (c0 <= col <= c1 and r0 <= row <= r1) and not (c0 <= col < plan.MARKET[0] and row > r1):
        return 0
    if row in (45, 46, 47, 52, 53, 54) and col % 4 == 3:
        return PARKING
    return ASPHALT


def _kerb(col: int, row: int) -> int:
    if row == 28:
        return KERB
    if row == 41:
        return KERB | FLIP_V
    if row not in plan.NORTH_WALK and row not in plan.SOUTH_WALK:
        if col in (plan.WALK_A[0][-1], plan.WALK_B[0][-1]):
            return KERB | ROT270
        if col in (plan.WALK_A[1][0], plan.WALK_B[1][0]):
            return KERB | ROT90
    return SIDEWALK


def walls() -> list[list[int]]:
    g = grid()
    for row in range(plan.H):
        for col in range(plan.W):
            if plan.in_bank(col, row):
                g[row][col] = _bank_wall(col, row)
            elif plan.in_block(col, row):
                g[row][col] = _building(col, row)
    return g


def _bank_wall(col: int, row: int) -> int:
    if plan.bank_inside(col, row):
        if row == 15 and col not in (15, 16, 17):
            return JERSEY  # the tellers' counter
        return 0
    if row == plan.BANK[3]:
        if col in plan.BANK_DOORS:
            return 0
        if col in plan.BANK_COLUMNS:
            return PROPS + 20
        return GLASS
    return CONCRETE


def _building(col: int, row: int) -> int:
    """Storefronts face the boulevard (glass and brick in runs of three); roofs behind."""
    if row in (25, 44) and not (plan.MARKET[0] <= col and row == 44):
        return GLASS if (col // 3) % 3 == 1 else BRICK
    if row == plan.MARKET[1] and col >= plan.MARKET[0]:
        return GLASS if 104 <= col <= 112 else BRICK
    return ROOF


def props() -> list[list[int]]:
    g = grid()
    for col, car in plan.NORTH_CARS:
        _stamp(g, col, 29, car, 4, 2)
    for col, car in plan.SOUTH_CARS:
        _stamp(g, col, 39, car, 4, 2)
    for col, row, car in plan.LOT_CARS:
        _stamp(g, col, row, car, 4, 2)
    _stamp(g, *plan.BUS_AT, 24, 12, 3)
    for col, row in plan.NEWSSTANDS:
        _stamp(g, col, row, 8, 2, 1)
    for col, row in plan.PLANTERS:
        g[row][col] = PROPS + 10
    for col, row in plan.BENCHES:
        g[row][col] = PROPS + 23
    for col in plan.BANK_STEPS[0]:
        for row in plan.BANK_STEPS[1]:
            g[row][col] = PROPS + 11
    return g


def _stamp(g: list[list[int]], col: int, row: int, first: int, w: int, h: int) -> None:
    for r in range(h):
        for c in range(w):
            g[row + r][col + c] = PROPS + first + r * 12 + c
