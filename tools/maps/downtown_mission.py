"""The downtown mission as map data (docs/mission-reference.md): phases, triggers, objectives
for both sides, the bags, radio lines and the hidden spawn layers of the escalation.

The beats: the crew walks the bags out to Breedan's car; the ambush springs (at the car, or when
they dawdle); Breedan dies at the wheel; the crew fights east on foot; Shiherlis is hit in the
middle block; Cheritto is cut off at the second crossing, runs into the market's parking lot and
takes a hostage there; more units block the second crossing, then the east end. Ways out: the car
at the far east end or the freeway on-ramp north of the second crossing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tools.maps import downtown_layout as plan
from tools.maps.map_objects import objective, phase_props, prop, trigger_props
from tools.maps.tmx_writer import ObjectLayer

Members = Callable[[str], set[str]]
T = plan.T
BAGS = {"McCauley": 4_100_000, "Shiherlis": 4_100_000, "Cheritto": 4_000_000}
"""The three bags: the twelve point two million, to the dollar."""
BAG_KG = 14.0
VOLLEY_S = 1.0
"""The police call out before they fire: a beat for the player to make for cover."""

LINES = {
    "walkout": "McCauley: Bags in hand. Walk, don't run. Breedan is at the curb.",
    "ambush": "Dispatch: All units, they are out of the bank. Move in now.",
    "ambush-crew": "Cheritto: Police, across the street! Behind the cars!",
    "challenge": "Bullhorn: LAPD! Put the bags down and get on the ground!",
    "breedan": "Shiherlis: Breedan's hit! The car is finished!",
    "street": "McCauley: On foot. East, down the street. Stay on me.",
    "shiherlis": "Shiherlis: I'm hit. Legs won't hold me.",
    "shiherlis-lapd": "Casals: One of them is down by the bus!",
    "cheritto": "Cheritto: They cut me off! I'm going through the lot!",
    "hostage": "Dispatch: Suspect grabbed a civilian in the market parking lot.",
    "hostage-shot": "Hanna: Suspect down. The civilian is clear.",
    "hostage-hurt": "Drucker: The hostage is hit! Hold your fire!",
    "hostage-lost": "Dispatch: Suspect slipped out of the lot using the hostage as a shield.",
    "backup": "Dispatch: More units arriving, closing the second cross street.",
    "backup-east": "Dispatch: East end is blocked. Units on the freeway ramp.",
    "out": "McCauley: Get in. Drive.",
    "code": "McCauley: Leave what you can't carry. We walk away from it.",
    "sealed": "Dispatch: Downtown is sealed. Nobody gets out.",
}


def trigger(ids: Any, name: str, when: list[str], do: list[str], *, side: str = "both",
            delay_s: float = 0.0, once: bool = True, x: float = 16,
            y: float = 80) -> dict[str, Any]:
    return {"id": ids(), "name": name, "type": "Trigger", "x": x, "y": y, "point": True,
            "props": trigger_props(when, do, side, delay_s, once)}


def phase(ids: Any, name: str, text: str, on_enter: list[str], initial: bool = False,
          x: float = 16) -> dict[str, Any]:
    return {"id": ids(), "name": name, "type": "Phase", "x": x, "y": 144, "point": True,
            "props": phase_props(text, on_enter, initial)}


def crew_objectives(ids: Any) -> list[dict[str, Any]]:
    return [
        objective(ids, "car", 1, "reach", "getaway", "Walk the bags out to Breedan's car",
                  side="crew"),
        objective(ids, "out", 2, "reach", "far-car",
                  "Get down the street to a way out: the car at the east end or the on-ramp",
                  side="crew", requires="car"),
        objective(ids, "take", 3, "carry", "far-car", "Carry out what money you can",
                  side="crew", requires="car", optional=True, subject="bags"),
        objective(ids, "partner", 4, "scripted", "far-car",
                  "Bring Shiherlis out with you (drag him if he goes down: hold E)",
                  side="crew", requires="car", optional=True),
        objective(ids, "code", 5, "scripted", "far-car",
                  "The code: be gone within two minutes of the heat, whatever it costs",
                  side="crew", requires="car", optional=True),
    ]


def lapd_objectives(ids: Any) -> list[dict[str, Any]]:
    return [
        objective(ids, "stop", 1, "scripted", "downtown", "Stop the crew: every one of them down "
                  "or under arrest", side="lapd"),
        objective(ids, "block-car", 2, "prevent", "far-car",
                  "Keep them from the cars at the east end", side="lapd", subject="faction:crew"),
        objective(ids, "block-ramp", 3, "prevent", "on-ramp",
                  "Keep them off the freeway on-ramp", side="lapd", subject="faction:crew"),
        objective(ids, "hostage-shot", 4, "scripted", "parking-lot",
                  "If one of them takes a hostage, take the clean shot", side="lapd",
                  optional=True),
    ]


def phases(ids: Any) -> list[dict[str, Any]]:
    return [
        phase(ids, "walk-out", "Walking the bags out", [
            *(f"give_loot {who} {dollars} weight_kg={BAG_KG} name=bag group=bags"
              for who, dollars in BAGS.items()),
            "radio walkout",
        ], initial=True, x=16),
        phase(ids, "ambush", "The ambush", [
            "spawn_group ambush", "say challenge", "say ambush-crew", "radio ambush",
            "behave faction:civilian flee", "countdown code 120",
        ], x=48),
        phase(ids, "street", "Fighting down the street", ["say street"], x=80),
    ]


def triggers(ids: Any) -> list[dict[str, Any]]:
    return [
        trigger(ids, "lapd sees McCauley", ["clock_at 0"],
                ["spawn_group unit at=Hanna",
                 "spawn_group escort at=Hanna", "behave unit follow",
                 "behave escort follow"],
                side="lapd", x=16),
        trigger(ids, "the unit waits", ["phase_entered ambush"],
                ["spawn_group unit"], side="crew", x=16, y=48),
        trigger(ids, "the first volley", ["phase_entered ambush"],
                ["gun_down Breedan rounds=4", "alert unit combat", "alert uniforms combat",
                 "alarm getaway", "radio breedan"], delay_s=VOLLEY_S, x=48, y=48),
        trigger(ids, "Hanna on the street", ["phase_entered ambush"],
                ["goto Hanna crossing-a", "alert Hanna combat"], side="crew", delay_s=15.0,
                x=48),
        trigger(ids, "the crew walks out", ["clock_at 2"],
                ["goto crew getaway", "goto McCauley getaway"], side="lapd", x=16, y=112),
        trigger(ids, "the crew runs", ["phase_entered street"],
                ["goto crew far-car", "goto McCauley far-car"], side="lapd", x=48, y=112),
        trigger(ids, "backup rolls (crew)", ["phase_entered ambush"],
                ["countdown backup 25 label=\"Roadblocks\""],
                side="crew", x=112, y=48),
        trigger(ids, "backup rolls (lapd)", ["phase_entered ambush"],
                ["countdown backup 50 label=\"Backup\""],
                side="lapd", x=144, y=48),
        trigger(ids, "shoppers come out", ["phase_entered street"], ["spawn_group shoppers"],
                x=112, y=112),
        trigger(ids, "the crew presses on", ["phase_is street"], ["press_on faction:crew"],
                once=False, delay_s=0.5, x=80, y=112),
        trigger(ids, "at the car", ["phase_is walk-out", "inside player getaway"],
                ["set_phase ambush"], side="crew", x=80),
        trigger(ids, "at the car (AI)", ["phase_is walk-out", "inside McCauley getaway",
                                         "not inside crew bank"], ["set_phase ambush"],
                side="lapd", x=80, y=48),
        trigger(ids, "dawdling", ["phase_is walk-out", "clock_at 45"], ["set_phase ambush"],
                x=112),
        trigger(ids, "on foot", ["phase_entered ambush"], ["set_phase street"], delay_s=4.0,
                x=144),
        trigger(ids, "Shiherlis hit", ["phase_is street", "inside faction:crew mid-block"],
                ["wound Shiherlis rounds=2", "say shiherlis"], x=176),
        trigger(ids, "Shiherlis hit (radio)", ["phase_is street", "down Shiherlis 1"],
                ["radio shiherlis-lapd"], side="lapd", x=176, y=48),
        trigger(ids, "Cheritto cut off", ["phase_is street", "inside faction:crew crossing-b"],
                ["goto Cheritto parking-lot", "say cheritto"], x=208),
        trigger(ids, "hostage", ["enters Cheritto parking-lot"],
                ["take_hostage Cheritto hostage", "set_flag hostage-taken",
                 "countdown hostage 15 label=\"Hostage\"", "radio hostage"], x=240),
        trigger(ids, "hostage shot", ["flag hostage-taken", "down Cheritto 1",
                                      "not down hostage 1"],
                ["stop_countdown hostage", "complete hostage-shot", "radio hostage-shot",
                 "behave hostage flee"], x=272),
        trigger(ids, "hostage hurt", ["flag hostage-taken", "down hostage 1"],
                ["fail_objective hostage-shot", "radio hostage-hurt"], x=304),
        trigger(ids, "hostage lost", ["countdown_done hostage", "not down Cheritto 1"],
                ["fail_objective hostage-shot", "slip_away Cheritto", "behave hostage flee",
                 "radio hostage-lost"], x=336),
        trigger(ids, "backup", ["countdown_done backup"],
                ["spawn_group blockade", "drive block-b1 block-b1-route speed=14",
                 "drive block-b2 block-b2-route speed=14", "radio backup heard=crew",
                 "countdown backup-east 20"], x=368),
        trigger(ids, "backup east", ["countdown_done backup-east"],
                ["spawn_group blockade-east", "drive block-e1 block-e1-route speed=14",
                 "radio backup-east heard=crew"], x=400),
        trigger(ids, "the on-ramp", ["inside player on-ramp"], ["complete out"], side="crew",
                x=432),
        trigger(ids, "the code", ["inside player far-car", "not countdown_done code"],
                ["complete code", "say code"], side="crew", x=464),
        trigger(ids, "the code (ramp)", ["inside player on-ramp", "not countdown_done code"],
                ["complete code", "say code"], side="crew", x=464, y=112),
        trigger(ids, "partner out", ["inside player far-car", "beside Shiherlis player 4"],
                ["complete partner"], side="crew", x=496),
        trigger(ids, "out", ["inside player far-car"], ["say out"], side="crew", x=496, y=48),
        trigger(ids, "partner out (ramp)", ["inside player on-ramp", "beside Shiherlis player 4"],
                ["complete partner"], side="crew", x=496, y=112),
        trigger(ids, "sealed", ["clock_at 300"], ["radio sealed heard=crew",
                                                  "fail_mission \"The police sealed downtown "
                                                  "with you still inside it.\""],
                side="crew", x=528),
        trigger(ids, "all stopped", ["phase_is street", "standing faction:crew 0"],
                ["complete stop"], side="lapd", x=560),
    ]


def lines(ids: Any) -> dict[str, Any]:
    return {"id": ids(), "name": "lines", "type": "Lines", "x": 16, "y": 208, "point": True,
            "props": [prop(k, v) for k, v in LINES.items()]}


def layers(ids: Any, members: Members,
           police: dict[str, list[dict[str, Any]]]) -> list[ObjectLayer]:
    """The mission layer and the hidden spawn layers; only what the project's types offer."""
    if "when" not in members("Trigger"):  # before the mission vocabulary: two plain goals
        known = members("Objective")
        goals = [objective(ids, "car", 1, "reach", "getaway", "Walk the bags to Breedan's car"),
                 objective(ids, "out", 2, "reach", "far-car", "Get to the car at the far end",
                           requires="car")]
        for goal in goals:
            goal["props"] = [p for p in goal["props"] if p[0] in known]
        return [ObjectLayer("mission", goals),
                ObjectLayer("police", police["ambush"] + police["unit"])]
    from tools.maps.downtown_spawns import spawn_layers

    mission = crew_objectives(ids) + lapd_objectives(ids) + phases(ids) + triggers(ids)
    mission.append(lines(ids))
    hidden = [ObjectLayer(f"spawn:{name}", group, visible=False)
              for name, group in police.items()]
    return [ObjectLayer("mission", mission), *hidden, *spawn_layers(ids)]
