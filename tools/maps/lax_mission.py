"""The LAX mission as map data (docs/mission-reference.md): objectives for both sides, phases,
triggers and radio lines. Paraphrase of the story, no film dialogue.

Beats: McCauley walks into the airport hotel where Waingro hides; a fire alarm empties the
corridors; he settles it with Waingro; then Eady's car, or the fence and the tarmac where the
landing aircraft sweep the dark with their lights every thirty seconds.
"""

from __future__ import annotations

from typing import Any

from tools.maps.map_objects import Ids, objective, phase_props, prop, trigger_props
from tools.maps.tmx_writer import ObjectLayer

LANDING_EVERY_S = 30
OWN_ENDING = "Your own ending, not the story's: McCauley gets away."
LINES = {
    "arrive": "McCauley: Eady waits in the car. One room upstairs, then the airport.",
    "stakeout": "Dispatch: Hanna, he is in the hotel. Your people are on the doors.",
    "alarm": "Dispatch: Fire alarm at the airport hotel. Guests coming out on every floor.",
    "alarm-lapd": "Drucker: The alarm is going. We lose him in this crowd.",
    "settled": "McCauley: It is done. Now walk.",
    "settled-lapd": "Dispatch: Shots fired on the top floor. Suspect on the move.",
    "tarmac": "Hanna: He went through the fence. I am going after him.",
    "backup": "Dispatch: Units at the airport fence, coming onto the tarmac.",
    "landing": "Tower: Heavy jet on final, lights on the south runway.",
    "clean": "McCauley: Let it go. Drive.",
    "late": "Eady: He never came back. The car pulled away without him.",
}


def trigger(ids: Ids, name: str, when: list[str], do: list[str], side: str = "both",
            delay_s: float = 0.0, once: bool = True) -> dict[str, Any]:
    props = trigger_props(when, do, side, delay_s, once)
    n = ids()
    return {"id": n, "name": name, "type": "Trigger", "x": 16 + 32 * (n % 20),
            "y": 80 + 32 * (n % 3), "point": True, "props": props}


def phase(ids: Ids, name: str, text: str, on_enter: list[str], initial: bool = False
          ) -> dict[str, Any]:
    props = phase_props(text, on_enter, initial)
    n = ids()
    return {"id": n, "name": name, "type": "Phase", "x": 16 + 32 * (n % 20), "y": 208,
            "point": True, "props": props}


def objectives(ids: Ids) -> list[dict[str, Any]]:
    return [
        objective(ids, "alarm", 1, "reach", "fire-alarm",
                  "Pull the fire alarm in the lobby: the guests run and the corridors clear",
                  "crew", optional=True),
        objective(ids, "waingro", 2, "kill_n", "waingro",
                  "Settle it with Waingro: the last room at the top of the corridor", "crew",
                  count=1),
        objective(ids, "out", 3, "reach", "eady-car",
                  "Then choose: Eady's car in the car park, or the fence, the tarmac and the "
                  "gap in the far fence", "crew", requires="waingro"),
        objective(ids, "code", 4, "scripted", "eady-car",
                  "The code: walk away from Waingro, get in Eady's car and never look back",
                  "crew", optional=True),
        objective(ids, "stop", 1, "kill_n", "faction:crew", "Find McCauley and stop him", "lapd",
                  count=1),
        objective(ids, "no-car", 2, "prevent", "eady-car", "Keep him from Eady's car", "lapd",
                  subject="faction:crew"),
        objective(ids, "no-gap", 3, "prevent", "far-gap",
                  "Keep him from the gap in the far fence of the tarmac", "lapd",
                  subject="faction:crew"),
    ]


def phases(ids: Ids) -> list[dict[str, Any]]:
    return [
        phase(ids, "stake-out", "The airport hotel", [
            "call landing_lights", "countdown landing 6 label=\"NEXT LANDING\""],
            initial=True),
        phase(ids, "alarm", "The fire alarm", [
            "alarm hotel", "behave guests flee", "behave eady hold", "alert unit searching",
            "radio alarm", "cue alarm"]),
        phase(ids, "settled", "Waingro is settled", ["fail_objective code"]),
    ]


def triggers(ids: Ids) -> list[dict[str, Any]]:
    return [
        trigger(ids, "McCauley arrives", ["clock_at 0"],
                ["say arrive", "goto Hanna hanna-post", "arm Hanna pistol"], side="crew"),
        trigger(ids, "McCauley inside", ["clock_at 0"],
                ["goto McCauley waingro-room", "arm McCauley pistol", "radio stakeout"],
                side="lapd"),
        trigger(ids, "the fire alarm", ["phase_is stake-out", "inside faction:crew fire-alarm"],
                ["set_phase alarm"]),
        trigger(ids, "the alarm goes", ["phase_is stake-out", "clock_at 8"],
                ["set_phase alarm", "radio alarm-lapd"], side="lapd"),
        *[trigger(ids, f"the police come ({why})", [when, "not flag police"], [
            "set_flag police", "spawn_group unit", "radio stakeout", "goto unit corridor",
            "alert unit searching"], side="crew", delay_s=delay)
          for why, when, delay in (("alarm", "phase_entered alarm", 25.0),
                                   ("tip-off", "clock_at 50", 0.0))],
        trigger(ids, "the door gives", ["inside faction:crew outside-waingro"],
                ["open waingro-door", "cue impact_metal at=waingro-door"]),
        trigger(ids, "McCauley settles it", ["inside McCauley waingro-room"],
                ["gun_down Waingro rounds=2 by=McCauley weapon=pistol"], side="lapd",
                delay_s=1.0),
        trigger(ids, "Waingro down", ["down Waingro 1"], ["set_phase settled"]),
        trigger(ids, "McCauley runs", ["phase_entered settled"],
                ["radio settled-lapd", "countdown backup 40 label=\"BACKUP\""], side="lapd"),
        trigger(ids, "McCauley makes for the car", ["phase_entered settled",
                                                    "not inside faction:lapd eady-watch"],
                ["goto McCauley eady-car"], side="lapd"),
        trigger(ids, "police by the car", ["phase_entered settled",
                                           "inside faction:lapd eady-watch"],
                ["goto McCauley dark-apron"], side="lapd"),
        trigger(ids, "detectives close in", ["phase_entered settled"],
                ["say settled", "goto unit car-park", "goto Hanna fence-near",
                 "alert unit combat"], side="crew"),
        trigger(ids, "through the dark", ["enters McCauley dark-apron"],
                ["goto McCauley dark-east"], side="lapd"),
        trigger(ids, "to the far fence", ["enters McCauley dark-east"],
                ["goto McCauley far-gap"], side="lapd"),
        trigger(ids, "backup", ["countdown_done backup"],
                ["spawn_group backup", "behave backup advance", "radio backup"], side="lapd"),
        trigger(ids, "onto the tarmac", ["phase_is settled", "enters faction:crew tarmac"],
                ["set_flag tarmac-chase", "retarget out far-gap", "radio tarmac",
                 "behave Hanna advance", "alert Hanna combat"]),
        trigger(ids, "next landing", ["countdown_done landing"],
                ["call plane_lands", "radio landing",
                 f"countdown landing {LANDING_EVERY_S} label=\"NEXT LANDING\""], once=False),
        trigger(ids, "landing lights", ["clock_at 0"], ["call plane_moves"], once=False),
        trigger(ids, "the far gap", ["inside player far-gap", "objective_done waingro"],
                ["complete out"], side="crew"),
        trigger(ids, "walk away clean", ["inside player eady-car", "not down Waingro 1"],
                ["complete code", "say clean", "set_flag own-ending", "succeed_mission \"You "
                 "walked away clean: Waingro lives, and so do you. Your own ending, not the "
                 "story's.\""], side="crew"),
        trigger(ids, "the end (Hanna)", ["down McCauley 1", "flag tarmac-chase"],
                ["hold_outcome", "stop_countdown landing", "subtitle \"Out on the grass by the "
                 "runway, Hanna stays with him. A jet climbs over them with its lights on.\""],
                side="lapd"),
        trigger(ids, "the end (Hanna, hotel)", ["down McCauley 1", "not flag tarmac-chase"],
                ["hold_outcome", "subtitle \"He never made the fence. Hanna stays with him "
                 "under the car park lights while the jets come in over the roof.\""],
                side="lapd"),
        trigger(ids, "the credits (Hanna)", ["down McCauley 1"], ["release_outcome"],
                side="lapd", delay_s=6.0),
        trigger(ids, "the end (McCauley)", ["down player 1", "flag tarmac-chase"],
                ["set_flag story-ending", "subtitle \"Hanna reaches him in the dark and stays "
                 "with him while the jets come in.\""], side="crew"),
        *[trigger(ids, f"away ({where})", [f"inside player {where}", "objective_done waingro"],
                  ["hold_outcome", "set_flag own-ending", "subtitle \"This is not how the "
                   "story went: McCauley gets away.\"", f"succeed_mission \"{OWN_ENDING}\""],
                  side="crew") for where in ("eady-car", "far-gap")],
        trigger(ids, "away", ["flag escaped"], ["release_outcome"], side="crew"),
        *[trigger(ids, f"gone ({where})", [f"inside player {where}", "objective_done waingro"],
                  ["set_flag escaped"], side="crew", delay_s=3.0)
          for where in ("eady-car", "far-gap")],
        trigger(ids, "Eady leaves", ["clock_at 300"],
                ["say late", "fail_mission \"Eady's flight left without you, and the police "
                 "closed the airport.\""], side="crew"),
    ]


def layers(ids: Ids, spawn: list[ObjectLayer]) -> list[ObjectLayer]:
    mission = objectives(ids) + phases(ids) + triggers(ids)
    mission.append({"id": ids(), "name": "lines", "type": "Lines", "x": 16, "y": 272,
                    "point": True, "props": [prop(k, v) for k, v in LINES.items()]})
    return [ObjectLayer("mission", mission), *spawn]
