"""A card whose picture file is missing says so, once, naming the file and the fix, on stderr
and in the frame, instead of an empty panel."""

from __future__ import annotations

from pathlib import Path

from game.campaign import CHAPTERS
from game.render.assets import Assets
from game.render.text_cache import TextCache
from game.scenes.briefing import card_picture
from game.scenes.context import GameContext


def test_a_missing_card_picture_is_named_once_with_the_fix(screen, tmp_path: Path,
                                                           capsys) -> None:
    assets, _ = screen
    empty = Assets(root=tmp_path)  # an install without its card art
    ctx = GameContext()
    ctx.assets, ctx.text = empty, TextCache(assets)
    card = CHAPTERS[1].cards[0]
    big = card_picture(ctx, card)
    small = card_picture(ctx, card, (144, 80))
    assert big is not None and small is not None
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert f"cards/{card.art}.png" in err[0] and "make_assets.py" in err[0]
    lit = sum(big.get_at((x, y))[:3] != (30, 30, 38)
              for x in range(0, big.get_width(), 4) for y in range(0, 120, 4))
    assert lit > 50, "the frame says what is missing"
