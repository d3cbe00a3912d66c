"""The vocabulary's index: verb -> the module that implements it (conditions, actions)."""

from __future__ import annotations

from types import ModuleType

from game.sim.mission.actions import (
    alarm,
    alert,
    arm,
    behave,
    call,
    close,
    complete,
    countdown,
    cue,
    despawn,
    drive,
    explode,
    fail_mission,
    fail_objective,
    flash,
    fuse,
    give_loot,
    goto,
    gun_down,
    hold_outcome,
    lock,
    make_hostile,
    open,
    press_on,
    radio,
    ram,
    release_outcome,
    retarget,
    say,
    seal_zone,
    set_flag,
    set_phase,
    shake,
    shift_countdown,
    slip_away,
    spawn_group,
    spawn_loot,
    stop,
    stop_countdown,
    subtitle,
    succeed_mission,
    surrender,
    take_hostage,
    take_loot,
    wound,
    wreck,
)
from game.sim.mission.conditions import (
    arrested,
    beside,
    clock_at,
    countdown_below,
    countdown_done,
    down,
    enters,
    flag,
    inside,
    leaves,
    not_,
    objective_done,
    objective_failed,
    phase_entered,
    phase_is,
    seen,
    side_is,
    spotted,
    standing,
    stopped,
    surrendered,
)

CONDITIONS: dict[str, ModuleType] = {m.VERB.name: m for m in (
    arrested, beside, clock_at, countdown_below, countdown_done, down, enters, flag, inside, leaves,
    not_, objective_done, objective_failed, phase_entered, phase_is, seen, side_is, spotted,
    standing, stopped, surrendered,
)}
"""Condition verbs (for `when`)."""

ACTIONS: dict[str, ModuleType] = {m.VERB.name: m for m in (
    alarm, alert, arm, behave, call, close, complete, countdown, cue, despawn, drive, explode,
    fail_mission, fail_objective, flash, fuse, give_loot, goto, gun_down, hold_outcome, lock,
    make_hostile, open, press_on, radio, ram, release_outcome, retarget, say, seal_zone, set_flag,
    set_phase, shake, shift_countdown, slip_away, spawn_group, spawn_loot, stop, stop_countdown,
    subtitle, succeed_mission, surrender, take_hostage, take_loot, wound, wreck,
)}
"""Action verbs (for `do` and `on_enter`)."""
