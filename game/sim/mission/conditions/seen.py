"""`seen EVENT [by=WHO] [near=REGION]` — this tick something happened: `shot`, `alarm`,
`explosion`, `loot_taken`, `zone_sealed`, `vehicle_rammed`, `actor_killed`, `actor_downed`,
`surrendered` or `fuse_lit`; optionally done by WHO, or inside REGION.

Tiled: when = seen shot by=faction:crew near=bank
"""

from __future__ import annotations

from game.sim import events as ev
from game.sim.mission.lines import Line
from game.sim.mission.lookup import members, region
from game.sim.mission.vocabulary import Ctx, Param, Verb

VERB = Verb("seen", (Param("event", "event"),), (Param("by", "who"), Param("near", "region")))

KINDS: dict[str, tuple[type, str]] = {
    "shot": (ev.ShotFired, "shooter"),
    "alarm": (ev.AlarmRaised, ""),
    "explosion": (ev.Exploded, ""),
    "loot_taken": (ev.LootTaken, "taker"),
    "zone_sealed": (ev.ZoneSealed, ""),
    "vehicle_rammed": (ev.VehicleRammed, "rammer"),
    "actor_killed": (ev.ActorKilled, "killer"),
    "actor_downed": (ev.ActorDowned, "attacker"),
    "surrendered": (ev.ActorSurrendered, "actor"),
    "fuse_lit": (ev.FuseLit, ""),
}
"""Event word -> (event class, the field naming who did it)."""


def holds(ctx: Ctx, line: Line) -> bool:
    kind, actor_field = KINDS[line.args[0]]
    by = set(members(ctx.world, ctx.mission, line.option("by"))) if line.has("by") else None
    area = region(ctx.world, line.option("near")) if line.has("near") else None
    for event in ctx.world.events:
        if not isinstance(event, kind):
            continue
        if by is not None and (not actor_field or getattr(event, actor_field) not in by):
            continue
        if line.has("near") and (area is None or not area.contains(getattr(event, "x", -1e9),
                                                                 getattr(event, "y", -1e9))):
            continue
        return True
    return False
