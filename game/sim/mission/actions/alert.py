"""`alert WHO unaware|suspicious|searching|combat` — set the group's alertness; searching and
combat look toward the player.

Tiled: do = alert guards combat
"""

from __future__ import annotations

from game.sim.ai.alertness import set_state
from game.sim.components import Awareness, Position
from game.sim.mission.lines import Line
from game.sim.mission.lookup import members
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("alert", (Param("who", "who"), Param("state", "alert")))


def run(ctx: Ctx, line: Line) -> None:
    world = ctx.world
    focus = world.get(ctx.mission.player, Position)
    for eid in members(world, ctx.mission, line.args[0]):
        aware, pos = world.get(eid, Awareness), world.get(eid, Position)
        if aware is None or pos is None:
            continue
        x, y = (focus.x, focus.y) if focus is not None else (pos.x, pos.y)
        if line.args[1] == "combat":
            aware.target, aware.suspicion = ctx.mission.player, 1.0
        set_state(world, eid, aware, line.args[1], x, y)
