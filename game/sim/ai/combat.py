"""Fighting: take cover, peek and shoot, suppress, bound forward while others cover, flank, fall
back when hurt; followers fight within the ground their leader's order gives them."""

from __future__ import annotations

import math

from game.sim.ai.cover_choice import (
    STEP_PX,
    choose_cover,
    cover_spot,
    covered,
    open_ground_spot,
    peek_spot,
)
from game.sim.ai.cover_points import faces
from game.sim.ai.fear import flee
from game.sim.ai.flanking import flank_spot, should_flank, squad_front
from game.sim.ai.moves import JOG, RUN, at, go_to, halt, look_at
from game.sim.ai.profiles import profile_for
from game.sim.ai.resources import cover_index
from game.sim.ai.squad import anchor, combat_mates, order_of, take_new_order
from game.sim.components import (
    Awareness,
    Body,
    Brain,
    Faction,
    Gunner,
    Health,
    Navigator,
    Position,
    Weapon,
)
from game.sim.weapons import weapon_spec
from game.sim.world import World

SUPPRESS_S = 5.0  # keep firing at the last known spot this long after losing sight
BLOCKED_S = 0.6  # a friend in the line of fire this long: move for a clear shot
PEEK_S = (1.4, 2.4)
DUCK_S = (0.9, 1.8)
CALM_SUPPRESSION = 0.25  # below this, rounds are not landing close enough to move cover
RELOCATE_S = 4.0  # no sight of the enemy from a flank spot this long: find another
FIGHTING_MODES = frozenset({"take cover", "advance", "retreat", "flank", "flanking",
                            "clear line", "cover", "peek", "suppress", "engage"})


def fight(world: World, eid: int, brain: Brain, aware: Awareness) -> None:
    pos, weapon = world.get(eid, Position), world.get(eid, Weapon)
    if pos is None:
        return
    take_new_order(world, eid, brain)
    threat = (aware.last_x, aware.last_y)
    _set_gun(world, eid, aware)
    if weapon is None:
        flee(world, eid, brain, *threat)
        return
    engage = weapon_spec(weapon.kind).engage_px
    here = (pos.x, pos.y)
    hurt = _hurt(world, eid) and brain.mode not in ("retreat", "cover", "peek")
    if hurt and _fall_back(world, eid, brain, here, threat, engage):
        return
    if _moving(world, eid, brain):
        return
    gunner = world.get(eid, Gunner)
    if gunner is not None and gunner.blocked_s > BLOCKED_S and _clear_the_line(
            world, eid, brain, here, threat):
        return
    if _flank(world, eid, brain, aware, here, threat):
        return
    working = brain.mode in ("peek", "cover", "suppress")  # stepping in and out of it
    if covered(world, brain.cover, None if working else here, threat) or \
            (working and _good_enough(world, brain, aware, threat)):
        _from_cover(world, eid, brain, aware, here, threat, engage)
    else:
        _seek_cover(world, eid, brain, here, threat, engage)


def _set_gun(world: World, eid: int, aware: Awareness) -> None:
    """Shoot the enemy in sight; out of sight but recently seen, suppress where it was."""
    gunner = world.get(eid, Gunner)
    if gunner is None:
        return
    recent = world.time_s - aware.last_seen_s < SUPPRESS_S
    gunner.target = aware.target if aware.seen else 0
    gunner.suppress = not aware.seen and recent
    gunner.aim_x, gunner.aim_y, gunner.look = aware.last_x, aware.last_y, True


def _hurt(world: World, eid: int) -> bool:
    health, faction = world.get(eid, Health), world.get(eid, Faction)
    if health is None or faction is None:
        return False
    return health.hp < profile_for(faction.side).retreat_share * health.max_hp


def _moving(world: World, eid: int, brain: Brain) -> bool:
    """On the way somewhere the fight sent it (cover, a bound, the flank): keep going."""
    nav = world.get(eid, Navigator)
    going = brain.mode in ("take cover", "advance", "retreat", "flank", "clear line")
    return going and nav is not None and nav.has_goal and not nav.arrived


def _fall_back(world: World, eid: int, brain: Brain, here: tuple[float, float],
               threat: tuple[float, float], engage: float) -> bool:
    index = choose_cover(world, eid, here, threat, engage, "retreat", anchor(world, brain))
    if index < 0:
        return False
    brain.cover, brain.mode, brain.bounding, brain.peeking = index, "retreat", False, False
    go_to(world, eid, *cover_spot(world, index), RUN)
    return True


def _clear_the_line(world: World, eid: int, brain: Brain, here: tuple[float, float],
                    threat: tuple[float, float]) -> bool:
    body = world.get(eid, Body)
    spot = open_ground_spot(world, here, threat, body.radius if body else 10.0)
    gunner = world.get(eid, Gunner)
    if gunner is not None:
        gunner.blocked_s = 0.0
    if spot is None:
        return False
    brain.mode, brain.cover, brain.peeking = "clear line", -1, False
    go_to(world, eid, *spot, JOG)
    return True


def _flank(world: World, eid: int, brain: Brain, aware: Awareness, here: tuple[float, float],
           threat: tuple[float, float]) -> bool:
    if order_of(world, brain) is not None:
        return False  # followers keep to their leader's order
    if brain.role != "flanker":
        if not should_flank(world, eid, brain, *here):
            return False
        brain.role = "flanker"
    if brain.mode == "flanking" and world.time_s - aware.last_seen_s < RELOCATE_S:
        halt(world, eid)
        return True
    spot = flank_spot(world, eid, threat, squad_front(world, eid, *here))
    if spot is None:
        brain.role = "rifleman"
        return False
    if at(world, eid, *spot, 16.0) or brain.mode == "flank":
        brain.mode = "flanking"  # there (or the path ended): fight from here
        halt(world, eid)
        return True
    brain.mode, brain.cover, brain.spot_x, brain.spot_y = "flank", -1, *spot
    go_to(world, eid, *spot, RUN)
    return True


def _seek_cover(world: World, eid: int, brain: Brain, here: tuple[float, float],
                threat: tuple[float, float], engage: float) -> None:
    """Into cover; cover nearer the enemy is a bound, taken only while the squad allows."""
    may_bound = _may_bound(world, eid, brain, here)
    index = choose_cover(world, eid, here, threat, engage, "hold" if may_bound else "stay",
                         anchor(world, brain))
    brain.peeking, brain.bounding = False, False
    if index >= 0:
        spot = cover_spot(world, index)
        nearer = math.dist(here, threat) - math.dist(spot, threat)
        brain.bounding = may_bound and nearer >= STEP_PX
        brain.cover, brain.mode = index, "advance" if brain.bounding else "take cover"
        go_to(world, eid, *spot, RUN)
        return
    brain.cover, brain.mode = -1, "engage"
    if math.dist(threat, here) > engage * 1.3 and anchor(world, brain) is None and may_bound:
        brain.bounding = True
        go_to(world, eid, *threat, JOG)
    else:
        halt(world, eid)


def _from_cover(world: World, eid: int, brain: Brain, aware: Awareness,
                here: tuple[float, float], threat: tuple[float, float], engage: float) -> None:
    brain.bounding = False
    far = math.hypot(threat[0] - here[0], threat[1] - here[1]) > engage * 1.4
    if far and not _hurt(world, eid) and _may_bound(world, eid, brain, here):
        index = choose_cover(world, eid, here, threat, engage, "advance")
        if index >= 0:
            brain.cover, brain.mode, brain.bounding, brain.peeking = index, "advance", True, \
                False
            go_to(world, eid, *cover_spot(world, index), RUN)
            return
    _peek_cycle(world, eid, brain, aware, threat)


def _good_enough(world: World, brain: Brain, aware: Awareness,
                 threat: tuple[float, float]) -> bool:
    """Cover that still faces the enemy's way is kept while no rounds land close, so a new
    nearest enemy does not send everyone running for new cover."""
    if brain.cover < 0 or aware.suppression >= CALM_SUPPRESSION:
        return False
    return faces(cover_index(world).points[brain.cover], *threat)


def _may_bound(world: World, eid: int, brain: Brain, here: tuple[float, float]) -> bool:
    """Bounding overwatch: at most half the squad moves up while the rest covers them (alone,
    one may always move)."""
    if anchor(world, brain) is not None:
        return False
    mates = combat_mates(world, eid, *here)
    moving = sum(1 for m in mates if m != eid and (b := world.get(m, Brain)) and b.bounding)
    return moving < max(1, len(mates) // 2)


def _peek_cycle(world: World, eid: int, brain: Brain, aware: Awareness,
                threat: tuple[float, float]) -> None:
    """Duck behind cover, then step out to the side to shoot, then duck again."""
    now = world.time_s
    if now < brain.until_s:
        brain.mode = "peek" if brain.peeking else ("suppress" if _suppressing(world, eid)
                                                   else "cover")
        return
    if brain.peeking:
        brain.peeking, brain.mode = False, "cover"
        brain.until_s = now + world.rng.uniform(*DUCK_S) * (1.0 + aware.suppression)
        go_to(world, eid, *cover_spot(world, brain.cover), JOG)
        return
    body = world.get(eid, Body)
    spot = peek_spot(world, brain.cover, threat, body.radius if body else 10.0)
    brain.until_s = now + world.rng.uniform(*PEEK_S)
    if spot is None:
        brain.mode = "suppress" if _suppressing(world, eid) else "cover"
        look_at(world, eid, *threat)
        return
    brain.peeking, brain.mode, brain.spot_x, brain.spot_y = True, "peek", *spot
    go_to(world, eid, *spot, JOG)


def _suppressing(world: World, eid: int) -> bool:
    gunner = world.get(eid, Gunner)
    return gunner is not None and gunner.suppress
