"""Triggers, cooldowns, recoil, magazines and reloads; a shot spawns projectiles and ShotFired."""

from __future__ import annotations

import math

from game.sim.components import (
    Body,
    Dead,
    Downed,
    Heading,
    Intent,
    Lifetime,
    Position,
    Projectile,
    Surrendered,
    Weapon,
)
from game.sim.events import DryFired, ReloadStarted, ShotFired
from game.sim.weapons import WeaponSpec, weapon_spec
from game.sim.world import World

MAX_BLOOM_SHOTS = 5  # recoil stops adding spread after this many quick shots


def fire_weapons(world: World, dt: float) -> None:
    dead, downed, gave_up = world.store(Dead), world.store(Downed), world.store(Surrendered)
    for eid, weapon, intent, pos in world.query(Weapon, Intent, Position):
        spec = weapon_spec(weapon.kind)
        # The cooldown may run below zero: shots then keep the exact interval on average
        # instead of rounding every interval up to a whole tick.
        weapon.cooldown_s -= dt
        weapon.bloom_rad = max(0.0, weapon.bloom_rad - spec.recovery_rad_s * dt)
        if eid in dead or eid in downed or eid in gave_up:
            continue
        if weapon.reload_left_s > 0.0:
            weapon.reload_left_s = max(0.0, weapon.reload_left_s - dt)
            if weapon.reload_left_s == 0.0:
                weapon.ammo = spec.magazine
        elif intent.reload and weapon.ammo < spec.magazine:
            _start_reload(world, eid, weapon, spec)
        pulled = intent.fire and not (weapon.trigger_held and not spec.automatic)
        if pulled and weapon.cooldown_s <= 0.0 and weapon.reload_left_s == 0.0:
            if weapon.ammo > 0:
                _shoot(world, eid, weapon, spec, pos, dt)
            else:
                world.emit(DryFired(world.tick, eid))
                weapon.cooldown_s = spec.fire_interval_s
                _start_reload(world, eid, weapon, spec)
        elif not intent.fire:
            weapon.cooldown_s = max(0.0, weapon.cooldown_s)  # no banked shots after a pause
        weapon.trigger_held = intent.fire


def _start_reload(world: World, eid: int, weapon: Weapon, spec: WeaponSpec) -> None:
    weapon.reload_left_s = spec.reload_s
    world.emit(ReloadStarted(world.tick, eid, spec.name, spec.reload_s))


def _shoot(world: World, eid: int, weapon: Weapon, spec: WeaponSpec, pos: Position,
           dt: float) -> None:
    heading = world.get(eid, Heading)
    body = world.get(eid, Body)
    aim = heading.angle if heading else 0.0
    muzzle = (body.radius if body else 8.0) + 6.0
    mx, my = pos.x + math.cos(aim) * muzzle, pos.y + math.sin(aim) * muzzle
    spread = spec.spread_rad + weapon.bloom_rad
    for _ in range(spec.pellets):
        angle = aim + world.rng.gauss(0.0, spread)
        world.spawn(
            Position(mx, my),
            Projectile(eid, math.cos(angle) * spec.speed, math.sin(angle) * spec.speed,
                       spec.damage, spec.range_px, spec.penetration, spec.armour_piercing),
            Lifetime(spec.range_px / spec.speed + 0.1),
        )
    weapon.ammo -= 1
    weapon.bloom_rad = min(weapon.bloom_rad + spec.recoil_rad, MAX_BLOOM_SHOTS * spec.recoil_rad)
    weapon.last_shot_s = world.time_s
    # Carry at most one tick of overshoot into the next interval, so nothing is banked.
    weapon.cooldown_s = max(weapon.cooldown_s, -dt) + spec.fire_interval_s
    world.emit(ShotFired(world.tick, eid, spec.name, mx, my, aim, spec.loudness_m))
