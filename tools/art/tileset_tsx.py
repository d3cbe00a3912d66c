"""Write the Tiled tileset ``assets/tiles/city.tsx`` for ``city.png``.

The XML mirrors what Tiled 1.8.2 itself saves: one-space indentation,
properties sorted by name, enum properties tagged with ``propertytype``,
then the collision ``objectgroup``, then the ``animation``.  The ``Material``
and ``Surface`` enums themselves are declared in ``maps/heat.tiled-project``.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from art.tiles import COLUMNS, ROWS, TILE

MATERIALS = ("concrete", "brick", "glass", "wood", "metal", "car_body", "engine_block")
SURFACES = ("asphalt", "concrete", "grass", "tile", "metal")


class TileInfo(NamedTuple):
    """Metadata for one tile id."""

    material: str = ""
    surface: str = ""
    blocks_sight: bool | None = None
    box: tuple[int, int, int, int] | None = None
    frames: tuple[tuple[int, int], ...] = ()


def tile_info() -> dict[int, TileInfo]:
    """Per-tile properties, collision boxes and animations by tile id.

    Besides the floor tiles, ``surface`` is also set on tile 8 (as in the
    spec's example) and on the part-solid props whose free area can be walked
    on (11, 13, 14 over asphalt; 20-22 over sidewalk).
    """
    full = (0, 0, TILE, TILE)
    signal_box = (12, 12, 8, 8)
    info = {i: TileInfo(surface="asphalt") for i in (0, 1, 2, 4, 26, 27, 28)}
    info.update({i: TileInfo(surface="concrete") for i in (3, 29, 16, 17, 19, 30)})
    info.update({5: TileInfo(surface="grass"), 6: TileInfo(surface="tile"),
                 7: TileInfo(surface="tile")})
    info.update({
        8: TileInfo("concrete", "concrete", box=full),
        9: TileInfo("brick", box=full),
        10: TileInfo("glass", blocks_sight=False, box=full),
        11: TileInfo("concrete", "asphalt", box=(6, 6, 20, 20)),
        12: TileInfo("wood", box=full),
        13: TileInfo("metal", "asphalt", box=(2, 6, 28, 20)),
        14: TileInfo("concrete", "asphalt", box=(0, 8, 32, 16)),
        18: TileInfo(surface="concrete", frames=((18, 600), (19, 600))),
        20: TileInfo("metal", "concrete", box=signal_box,
                     frames=((20, 4000), (21, 1200), (22, 4000))),
        21: TileInfo("metal", "concrete", box=signal_box),
        22: TileInfo("metal", "concrete", box=signal_box),
        23: TileInfo("metal", blocks_sight=False, box=(0, 14, 32, 4)),
        24: TileInfo("concrete", box=full), 25: TileInfo("concrete", box=full),
    })
    return info


def tile_xml(tile_id: int, info: TileInfo) -> list[str]:
    """The ``<tile>`` element for one tile, as Tiled formats it."""
    props = []
    if info.blocks_sight is not None:
        value = "true" if info.blocks_sight else "false"
        props.append(f'<property name="blocks_sight" type="bool" value="{value}"/>')
    if info.material:
        props.append('<property name="material" propertytype="Material" '
                     f'value="{info.material}"/>')
    if info.surface:
        props.append('<property name="surface" propertytype="Surface" '
                     f'value="{info.surface}"/>')
    if info.material not in ("", *MATERIALS) or info.surface not in ("", *SURFACES):
        raise ValueError(f"tile {tile_id}: unknown material/surface in {info}")
    lines = [f' <tile id="{tile_id}">']
    if props:
        lines += ["  <properties>", *("   " + p for p in props), "  </properties>"]
    if info.box:
        x, y, w, h = info.box
        lines += ['  <objectgroup draworder="index" id="2">',
                  f'   <object id="1" x="{x}" y="{y}" width="{w}" height="{h}"/>',
                  "  </objectgroup>"]
    if info.frames:
        lines.append("  <animation>")
        lines += [f'   <frame tileid="{t}" duration="{d}"/>' for t, d in info.frames]
        lines.append("  </animation>")
    return [*lines, " </tile>"]


def tsx_text() -> str:
    """The complete ``city.tsx`` document."""
    width, height = COLUMNS * TILE, ROWS * TILE
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        ('<tileset version="1.8" tiledversion="1.8.2" name="city" '
         f'tilewidth="{TILE}" tileheight="{TILE}" tilecount="{COLUMNS * ROWS}" '
         f'columns="{COLUMNS}">'),
        f' <image source="city.png" width="{width}" height="{height}"/>',
    ]
    for tile_id, info in sorted(tile_info().items()):
        lines += tile_xml(tile_id, info)
    lines.append("</tileset>")
    return "\n".join(lines) + "\n"


def build(assets: Path) -> list[Path]:
    """Write ``tiles/city.tsx`` under ``assets``."""
    path = assets / "tiles" / "city.tsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(tsx_text(), encoding="utf-8", newline="\n")
    return [path]
