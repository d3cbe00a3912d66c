"""The crew order API: what the mission scene calls when the player gives an order. The sim
never reads keys; the scene turns key presses into these calls."""

from __future__ import annotations

from game.sim.components import SquadOrder
from game.sim.events import OrderGiven
from game.sim.world import World

ORDERS = ("follow", "hold", "cover", "goto")


def give_order(world: World, leader: int, order: str, x: float = 0.0, y: float = 0.0) -> None:
    """Set the standing order of ``leader``'s followers: follow, hold (where each stands),
    cover (take cover round the leader, guns on where the leader aims) or goto (x, y)."""
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r}; use one of: {', '.join(ORDERS)}")
    current = world.get(leader, SquadOrder)
    if current is None:
        current = SquadOrder()
        world.add(leader, current)
    # Strictly rising, so every order is news to the brains, even two in one tick.
    tick = max(current.tick + 1, world.tick + 1)
    current.order, current.x, current.y, current.tick = order, x, y, tick
    world.emit(OrderGiven(world.tick, leader, order, x, y))
