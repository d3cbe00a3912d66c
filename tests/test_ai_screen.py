"""The AI on screen and in replays: order keys reach the sim through the scene, the HUD shows the
order, F3 draws cones, paths and cover, and replays carry the orders given."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.input.controls import Controls
from game.render.assets import Assets
from game.render.text_cache import TextCache
from game.replay import Replay, load_replay
from game.scenes.base import Run
from game.scenes.context import GameContext
from game.scenes.mission import MissionScene
from game.session import MissionSession
from game.settings import DEFAULT_KEYS
from game.sim.ai.orders import give_order
from game.sim.components import Intent, SquadOrder
from game.sim.state_hash import state_hash

FIXTURE = Path(__file__).parent / "fixtures" / "ai" / "patrol-and-follow.tmx"


@pytest.fixture
def ctx(screen: tuple[Assets, TextCache]) -> GameContext:
    assets, text = screen
    return GameContext(assets=assets, text=text)


def _differing(a: pygame.Surface, b: pygame.Surface, box: pygame.Rect) -> int:
    return sum(a.get_at((x, y)) != b.get_at((x, y))
               for x in range(box.left, box.right, 4) for y in range(box.top, box.bottom, 4))


def test_order_keys_are_bound_by_default() -> None:
    assert DEFAULT_KEYS["order_follow"] == ["1"] and DEFAULT_KEYS["order_hold"] == ["2"]
    assert DEFAULT_KEYS["order_cover"] == ["3"] and DEFAULT_KEYS["order_goto"] == ["4"]


def test_order_keys_reach_the_sim_and_the_hud_shows_them(ctx: GameContext) -> None:
    scene = MissionScene(ctx, Run(str(FIXTURE)))
    scene.update(0.1, Controls())
    world, player = scene.session.world, scene.session.mission.player
    before = pygame.Surface((1280, 720))
    scene.draw(before)
    scene.handle("order_hold")
    order = world.get(player, SquadOrder)
    assert order is not None and order.order == "hold"
    after = pygame.Surface((1280, 720))
    scene.draw(after)
    hud_strip = pygame.Rect(0, 720 - 140, 640, 50)
    assert _differing(before, after, hud_strip) > 3  # the lit order moved from FOLLOW to HOLD
    intent = world.get(player, Intent)
    assert intent is not None
    intent.aim_x, intent.aim_y = 200.0, 300.0
    scene.handle("order_goto")
    assert (order.order, order.x, order.y) == ("goto", 200.0, 300.0)


def test_f3_draws_the_ai_over_the_world(ctx: GameContext) -> None:
    scene = MissionScene(ctx, Run(str(FIXTURE)))
    scene.update(0.5, Controls())
    plain = pygame.Surface((1280, 720))
    scene.draw(plain)
    scene.handle("debug")
    overlay = pygame.Surface((1280, 720))
    scene.draw(overlay)
    assert _differing(plain, overlay, pygame.Rect(0, 0, 1280, 720)) > 200


def test_a_replay_carries_the_orders_and_reproduces_the_run(tmp_path: Path) -> None:
    session = MissionSession.start(str(FIXTURE), seed=3)
    world, player = session.world, session.mission.player
    intent = world.get(player, Intent)
    assert intent is not None
    replay = Replay(session.mission_id, "crew", 3)
    for _ in range(420):
        if world.tick == 60:
            give_order(world, player, "goto", 200.0, 300.0)
            replay.capture_order(world.tick, "goto", 200.0, 300.0)
        if world.tick == 300:
            give_order(world, player, "follow")
            replay.capture_order(world.tick, "follow", 0.0, 0.0)
        intent.move_x = 1.0 if world.tick > 320 else 0.0
        replay.capture(world.tick, intent)
        session.step()
    path = tmp_path / "orders.replay.json"
    replay.save(path)
    loaded = load_replay(path)
    assert loaded.orders == [[60, "goto", 200.0, 300.0], [300, "follow", 0.0, 0.0]]
    again = MissionSession.start(str(FIXTURE), seed=3)
    feed = loaded.intent_at()
    again_intent = again.world.get(again.mission.player, Intent)
    assert again_intent is not None
    for _ in range(loaded.ticks):
        feed.apply(again.world.tick, again_intent)
        feed.apply_orders(again.world, again.mission.player)
        again.step()
    assert state_hash(again.world) == state_hash(world)
