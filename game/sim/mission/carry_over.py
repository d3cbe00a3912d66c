"""Hot reload keeps the mission where it was: the clock, objectives done, the phase, countdowns,
flags, the package's state and which triggers have fired (matched by object id), so a designer
who edits a late trigger need not replay the start. The rebuilt world holds only the map's
actors, so a trigger that brought a spawn group in fires again (and brings it back)."""

from __future__ import annotations

from game.sim.mission.state import MissionState
from game.sim.world import World


def carry_over(old_world: World, old: MissionState, new_world: World, new: MissionState) -> None:
    new_world.tick, new_world.time_s = old_world.tick, old_world.time_s
    before = {o.id: o for o in old.objectives}
    for objective in new.objectives:
        was = before.get(objective.id)
        if was is not None:
            objective.done, objective.failed = was.done, was.failed
            objective.done_at_s, objective.progress_s = was.done_at_s, was.progress_s
    known_phases = {p.name for p in new.phases}
    if old.phase in known_phases:
        new.phase, new.phase_text, new.phase_tick = old.phase, old.phase_text, old.phase_tick
        new.next_phase = old.next_phase if old.next_phase in known_phases else ""
    new.countdowns = dict(old.countdowns)
    new.flags = dict(old.flags)
    new.hook_state = dict(old.hook_state)
    new.holding = old.holding
    fired = {t.oid: t for t in old.triggers}
    for trigger in new.triggers:
        was = fired.get(trigger.oid)
        if was is not None and not any(line.verb == "spawn_group" for line in trigger.do):
            trigger.fired, trigger.pending_since_s = was.fired, was.pending_since_s
            trigger.memory = dict(was.memory)
