"""Enters the phase asked for, then checks every armed Trigger: when all its conditions hold
(and its delay has run) its actions run, in the order the map lists them."""

from __future__ import annotations

from game.sim.events import PhaseEntered
from game.sim.mission import MissionState, TriggerState
from game.sim.mission.run_lines import all_hold, run_actions
from game.sim.mission.vocabulary import Ctx
from game.sim.world import World


def run_triggers(world: World, dt: float) -> None:
    mission = world.resources.get(MissionState)
    if mission is None or mission.outcome != "running":
        return
    if mission.next_phase:
        enter_phase(world, mission, mission.next_phase)
    ctx = Ctx(world, mission)  # one for the tick, given each trigger's memory in turn
    for trigger in mission.triggers:
        if trigger.side in ("both", mission.side) and not (trigger.once and trigger.fired):
            ctx.memory = trigger.memory
            _check(ctx, trigger)


def enter_phase(world: World, mission: MissionState, name: str) -> None:
    mission.next_phase = ""
    phase = next((p for p in mission.phases if p.name == name), None)
    mission.phase, mission.phase_tick = name, world.tick
    mission.phase_text = phase.text if phase is not None else ""
    world.emit(PhaseEntered(world.tick, name, mission.phase_text))
    if phase is not None:
        run_actions(Ctx(world, mission), phase.on_enter)


def _check(ctx: Ctx, trigger: TriggerState) -> None:
    world = ctx.world
    holds = all_hold(ctx, trigger.when)
    if trigger.pending_since_s < 0.0:
        if not holds:
            return
        trigger.pending_since_s = world.time_s
    if world.time_s - trigger.pending_since_s + 1e-9 < trigger.delay_s:
        return
    trigger.pending_since_s = -1.0
    trigger.fired += 1
    run_actions(ctx, trigger.do)
