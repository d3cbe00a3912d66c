"""The LAX map's plan and tile layers: the airport hotel (lobby, stairs, corridor, rooms, the
car park) in the west, a chain-link fence, and the night tarmac (runway, taxiway, apron with
sheds, containers, baggage carts) in the east, all on the city tileset.

Tiles are 32 px (one metre); (col, row) everywhere. Ranges are inclusive.
"""

from __future__ import annotations

T = 32
W, H = 110, 56
CITY = 1  # firstgid of city.tsx: gid = CITY + tile id

ASPHALT, LANE_H, SIDEWALK, GRASS, FLOOR, MARBLE = 1, 2, 4, 6, 7, 8
CONCRETE, BRICK, GLASS, BOLLARD, CRATE, CONTAINER = 9, 10, 11, 12, 13, 14
APRON, TAXI_LINE, RUNWAY_LIGHT, FENCE, ROOF, PARKING = 17, 18, 19, 24, 25, 29

HOTEL = (2, 2, 38, 36)  # outer walls
LOBBY_ROWS = range(26, 36)
CORRIDOR_ROWS = range(20, 25)
ROOM_WALL_ROW, LOBBY_WALL_ROW = 19, 25
ROOM_COLS = (10, 17, 24, 31)  # walls between rooms
ROOM_DOORS = ((6, 7), (13, 14), (20, 21), (27, 28), (34, 35))
STAIRS = ((3, 6), (33, 36))  # gaps in the lobby wall: west and service stairs
FRONT_DOOR = range(18, 22)  # glass front, row 36
BACK_DOOR = range(21, 24)  # east wall, col 38, into the strip by the fence
FENCE_WEST, FENCE_EAST = 41, 107
NEAR_GAP, FAR_GAP = range(21, 24), range(36, 39)
RUNWAY_ROWS, GRASS_ROWS, TAXI_ROWS = range(5, 13), range(14, 20), range(20, 24)
SHEDS = ((52, 29, 58, 34), (72, 38, 79, 44), (92, 27, 98, 32))
CONTAINERS = ((63, 27, 66), (63, 29, 66), (84, 31, 87), (60, 46, 63), (87, 50, 90),
              (99, 41, 102), (66, 40, 68))
CARTS = ((68, 33, 70), (80, 25, 81), (95, 46, 96), (55, 40, 56), (102, 28, 103))
TOWERS = ((50, 25), (70, 25), (90, 25), (62, 51), (84, 54), (101, 47), (78, 34))


def grid(fill: int = 0) -> list[list[int]]:
    return [[fill] * W for _ in range(H)]


def ground() -> list[list[int]]:
    g = grid(ASPHALT)
    for row in range(H):
        for col in range(W):
            g[row][col] = _ground_at(col, row)
    return g


def _ground_at(col: int, row: int) -> int:
    c0, r0, c1, r1 = HOTEL
    if c0 <= col <= c1 and r0 <= row <= r1:
        return MARBLE if row in LOBBY_ROWS else FLOOR
    if col < FENCE_WEST:
        if row >= 39 and row % 4 == 1 and col % 5 != 0 and 3 <= col <= 38:
            return PARKING
        return ASPHALT
    if row in RUNWAY_ROWS:
        return LANE_H if row in (8, 9) and col % 3 == 0 else ASPHALT
    if row in GRASS_ROWS or row < 3:
        return GRASS
    if row == 21:
        return TAXI_LINE
    if row in TAXI_ROWS or row in (3, 4, 13):
        return ASPHALT
    return APRON


def _box(g: list[list[int]], c0: int, r0: int, c1: int, r1: int, gid: int) -> None:
    for row in range(r0, r1 + 1):
        for col in range(c0, c1 + 1):
            g[row][col] = gid


def walls() -> list[list[int]]:
    g = grid()
    _hotel(g)
    for row in range(H):
        if row not in NEAR_GAP:
            g[row][FENCE_WEST] = FENCE
        if row not in FAR_GAP:
            g[row][FENCE_EAST] = FENCE
    for c0, r0, c1, r1 in SHEDS:
        _box(g, c0, r0, c1, r1, ROOF)
    for c0, row, c1 in CONTAINERS:
        _box(g, c0, row, c1, row, CONTAINER)
    for c0, row, c1 in CARTS:
        _box(g, c0, row, c1, row, CRATE)
    for col, row in TOWERS:
        g[row][col] = BOLLARD
    return g


def _hotel(g: list[list[int]]) -> None:
    c0, r0, c1, r1 = HOTEL
    for col in range(c0, c1 + 1):
        g[r0][col] = BRICK
        g[r1][col] = GLASS if col not in FRONT_DOOR else 0
        g[ROOM_WALL_ROW][col] = CONCRETE
        if not any(a <= col <= b for a, b in STAIRS):
            g[LOBBY_WALL_ROW][col] = CONCRETE
    for row in range(r0, r1 + 1):
        g[row][c0] = BRICK
        g[row][c1] = BRICK if row not in BACK_DOOR else 0
    for col in ROOM_COLS:
        for row in range(r0, ROOM_WALL_ROW):
            g[row][col] = CONCRETE
    for door in ROOM_DOORS:
        for col in door:
            g[ROOM_WALL_ROW][col] = 0
    for col in (8, 22, 29):  # the bed in each room: low cover
        g[6][col] = CRATE


def props() -> list[list[int]]:
    """Runway edge lights and the taxiway's: lamps set in the ground, walked over."""
    g = grid()
    for col in range(FENCE_WEST + 2, FENCE_EAST, 4):
        g[4][col] = g[13][col] = RUNWAY_LIGHT
    for col in range(FENCE_WEST + 4, FENCE_EAST, 6):
        g[20][col] = g[23][col] = RUNWAY_LIGHT
    return g
